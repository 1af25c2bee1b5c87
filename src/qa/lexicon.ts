/**
 * Swedish word lists for the question analyzer: stop words (including the conversational filler
 * staff type in chat), synonym groups in the seeds' own terms, multi-word phrases and the few
 * words the Snowball stemmer splits inconsistently.
 */

/** Function words, question words and chat filler. Compared after lower-casing; folded forms are added by the analyzer. */
export const STOPWORDS: readonly string[] = Object.freeze([
  // articles, pronouns, prepositions, conjunctions
  'en', 'ett', 'den', 'det', 'de', 'dem', 'denna', 'detta', 'dessa', 'jag', 'du', 'vi', 'ni', 'man', 'hon', 'han', 'hen',
  'mig', 'mej', 'dig', 'dej', 'oss', 'er', 'sig', 'sej', 'min', 'mitt', 'mina', 'din', 'ditt', 'dina', 'vår', 'vårt', 'våra',
  'sin', 'sitt', 'sina', 'hans', 'hennes', 'hens', 'deras', 'dess', 'och', 'eller', 'samt', 'men', 'att', 'som', 'om', 'så',
  'på', 'i', 'av', 'för', 'med', 'till', 'från', 'hos', 'vid', 'under', 'över', 'mellan', 'mot', 'efter', 'innan',
  'före', 'inför', 'kring', 'runt', 'genom', 'än', 'sedan', 'sen', 'per', 'vs', 'via', 'ut', 'in', 'upp', 'ner', 'fram',
  // question words
  'vad', 'hur', 'när', 'var', 'vem', 'vems', 'vilka', 'vilken', 'vilket', 'varför', 'vart', 'varifrån',
  // auxiliaries and light verbs
  'är', 'vara', 'varit', 'blir', 'bli', 'blev', 'har', 'hade', 'ha', 'haft', 'ska', 'skall', 'skulle', 'kan', 'kunna',
  'kunde', 'får', 'få', 'fick', 'måste', 'bör', 'borde', 'vill', 'ville', 'gör', 'göra', 'görs', 'gjort', 'gjorde',
  'gäller', 'gälla', 'finns', 'fanns', 'kommer', 'kommit', 'komma', 'går', 'gå', 'gått', 'göras', 'sätta', 'sätter',
  'tar', 'ta', 'tas', 'menas', 'menar', 'menade', 'menat', 'mena', 'betyder', 'innebär', 'innebära', 'heter', 'säger', 'handlar',
  // adverbs and filler
  'inte', 'ej', 'också', 'även', 'bara', 'just', 'väl', 'ju', 'nu', 'då', 'här', 'där', 'lite', 'mycket', 'många', 'mer',
  'mest', 'något', 'någon', 'några', 'inget', 'ingen', 'alla', 'allt', 'all', 'andra', 'annan', 'annat', 'samma', 'själv',
  'själva', 'egentligen', 'typ', 'grej', 'grejen', 'grejer', 'grejerna', 'liksom', 'alltså', 'ok', 'okej', 'hej', 'hejsan', 'tack', 'snälla', 'undrar', 'fråga',
  'frågar', 'veta', 'vet', 'tror', 'tycker', 'stämmer', 'rätt', 'då', 'redan', 'ens', 'dock', 'ändå', 'sådan', 'sådant',
  'hit', 'dit', 'precis', 'exakt', 'direkt', 'genast', 'enligt', 'enl',
  'alls', 'förutom', 'igen', 'helst', 'heller', 'sånt', 'sån', 'såna', 'måndags', 'tisdags', 'onsdags', 'torsdags', 'fredags', 'lördags', 'söndags', 'förrgår', 'häromdagen',
  'pga', 'isf', 'ärligt', 'eftersom', 'därför', 'dvs', 'slutändan', 'överhuvudtaget', 'faktiskt', 'verkligen', 'tydligen', 'förresten', 'iaf', 'asså', 'nuförtiden',
  // in nearly every question and topic, so they tell topics apart no better than "och"
  'brukare', 'brukaren', 'brukarna', 'brukarens', 'klient', 'klienten', 'individ', 'individen', 'enskilde', 'enskild',
  'tid', 'tiden', 'lägga', 'lägger', 'lagt', 'ca', 'cirka', 'ungefär', 'nån', 'nåt', 'nåra', 'fortfarande', 'nog', 'kanske',
  // chat abbreviations and situational filler ("fr o m", "imorgon", "vad nu?")
  'fr', 'o', 'm', 'tom', 'fom', 'imorgon', 'idag', 'igår', 'ikväll', 'inatt', 'hann', 'rent', 'sett', 'normalt', 'vanligtvis',
  'funkar', 'funka', 'äntligen', 'e', 'morse', 'ordentligt', 'funkade', 'funkat', 'dom', 'va', 'trodde', 'trott', 'löpa', 'fick', 'kom', 'inkom', 'kommit', 'sista', 'dagen', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag',
  'påsk', 'påsken', 'kristi', 'himmelsfärd', 'himmelsfärdsdag', 'midsommar', 'jul', 'julen', 'nyår', 'sker', 'ske', 'står',
]);

/**
 * Words that frame a question rather than name its subject ("vad ska uppdraget *säga* om hyran",
 * "*räcker* det att *räkna* antal ja", "var *hamnar* bildspelet"): they still help ranking, but a
 * passage that lacks them explains the question almost as well, so they weigh little in the
 * explained share that decides between answering and declining.
 */
export const QUESTION_FRAME_WORDS: readonly string[] = Object.freeze([
  'säga', 'säger', 'sägs', 'stå', 'hamna', 'hamnar', 'räcka', 'räcker', 'antal', 'antalet', 'fråga', 'frågor',
  'frågorna', 'besvara', 'besvaras', 'svara', 'föreslå', 'föreslår', 'föreslås', 'förslag', 'kolumn', 'kolumner', 'kolumnerna',
  'innehålla', 'innehåller', 'lyfta', 'lyfter', 'tänka', 'tänker', 'hjälpa', 'hjälper', 'behöva', 'behöver', 'igenom', 'viktigt',
  'viktig', 'bra', 'exempel', 'sorts', 'slags', 'del', 'delar', 'delarna', 'skriva', 'skriver', 'skrivs', 'skrev', 'skrevs', 'ingå',
  'ingår', 'nämna', 'nämns', 'nämner', 'drev', 'driva', 'driver', 'tog', 'togs', 'göras', 'gäller', 'menar', 'visar', 'visade',
  'vidare', 'numera', 'sådär', 'själva', 'riktigt', 'ens', 'också', 'även', 'rimligt', 'okej', 'lov', 'tillåtet', 'måste',
  'hänt', 'hände', 'extra', 'istället', 'sak', 'saker', 'satt', 'sitter', 'ligger', 'ligga', 'nånstans', 'någonstans', 'förra', 'förre', 'kort', 'kortfattat', 'regel', 'regler', 'reglerna', 'styr', 'styrs', 'styra', 'börja', 'börjar', 'började', 'startar', 'startade', 'enda', 'endast',
  'alltid', 'högre', 'lägre', 'högsta', 'lägsta', 'punkt', 'punkten', 'nämndes', 'nämnt', 'nämnda', 'jobb', 'jobbet',
  'bokstav', 'bokstäver', 'bokstäverna', 'förkortning', 'förkortningen', 'förkortningar', 'befara', 'befarar', 'befarade',
  // "i nivådokumentet": which document, not what is asked (the document's name is weighed by ./prior)
  'dokument', 'dokumentet', 'nivådokument', 'nivådokumentet', 'nivådokumenten',
  // "i bildspelet om insatsprocessen": the insatsprocess is a slide deck
  'bildspel', 'bildspelet', 'presentationen', 'powerpointen',
  'formulering', 'formuleringen', 'ordalydelse', 'ordalydelsen',
  'inneburit', 'innebar',
  'ordna', 'ordnar', 'fixa', 'fixar', 'märker', 'märkt', 'frågan', 'först', 'återkommande', 'rejält',
  'ge', 'ger', 'gav', 'passar', 'passa', 'gör', 'göra', 'händer', 'hända', 'ska', 'finns', 'brukar', 'jobbar', 'jobba', 'arbetar',
]);

/**
 * Synonym groups: every member is rewritten to the first (canonical) word before indexing and
 * searching, so a question in the staff's words meets the seeds' words. Members are surface
 * words; inflections follow through stemming.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = Object.freeze([
  ['genomförandeplan', 'gp', 'gpn', 'genomförandeplanering'],
  ['brukartid', 'klienttid'],
  // "en akutplats": a place in akutboende
  ['akutboende', 'akutplats', 'akutplatsen', 'akutplatser', 'akutplatserna'],
  ['tillsyn', 'besök', 'hembesök', 'tillsynsbesök', 'träffa', 'träffar', 'träff'],
  ['socialsekreterare', 'soc', 'socsek', 'socialsekreterarna', 'handläggare', 'handläggaren', 'handläggarna'],
  ['stödnivå', 'nivå', 'nivåer', 'stödnivåer', 'nivåbedömning', 'stödnivåbedömning'],
  ['uppstartsmöte', 'uppstart', 'startmöte', 'inskrivningsmöte', 'upstartsmöte', 'upstart'],
  ['uppföljningsmöte', 'uppföljningsmötet'],
  ['boendepersonal', 'personal', 'personalen', 'kontaktpersonal', 'kontaktperson', 'stödpedagog', 'utförare', 'utföraren'],
  ['restid', 'resa', 'resan', 'resor', 'restiden', 'körtid'],
  ['transport', 'transporttid', 'skjutsa', 'skjutsar', 'skjuts', 'köra', 'kör'],
  ['telefon', 'telefonkontakt', 'telefonsamtal', 'ringa', 'ringer', 'sms', 'sms:a', 'mejl', 'mail', 'email', 'epost', 'e-post', 'mejla', 'facetime', 'videosamtal'],
  ['dokumentation', 'dokumentera', 'dokumenteras', 'journalföra', 'journalföring', 'anteckningar'],
  ['krav', 'kräver', 'krävs', 'kräva'],
  ['förutsättning', 'förutsättningar', 'förutsättningen', 'villkor', 'villkoren', 'villkoret'],
  ['helg', 'helger', 'helgdag', 'helgdagar', 'lördag', 'söndag', 'röd dag'],
  ['vardag', 'vardagar', 'arbetsdag', 'arbetsdagar'],
  ['samlarteam', 'samlarteamet', 'samlare', 'samlarsyndrom', 'samlarproblematik', 'hoarding'],
  ['referens', 'referenser', 'referenstid', 'boendereferens', 'boendereferenser', 'hyresreferens'],
  ['syfte', 'syftet', 'poäng', 'poängen', 'meningen', 'ändamål', 'ändamålet', 'åstadkomma', 'åstadkommer', 'avsikt', 'avsikten'],
  ['tillsammans', 'ihop'],
  ['kopplad', 'kopplade', 'kopplat', 'knuten', 'knutna', 'knutet'],
  ['stödmaterial', 'stöddokument', 'stöddokumenten'],
  ['isolering', 'isolerad', 'ensam', 'ensamhet', 'ensamma'],
  ['delta', 'deltar', 'deltagare', 'närvara', 'närvarande', 'medverka', 'medverkar', 'medverkan'],
  ['sosfs', 'föreskrift', 'föreskrifter', 'föreskriften', 'författningssamling'],
  ['vårdgivare', 'vårdcentral', 'vårdcentralen', 'tandläkare', 'tandläkaren', 'psykiatrin', 'mottagning', 'mottagningen', 'husläkare'],
  ['myndighet', 'myndigheter', 'försäkringskassan', 'försäkringskassa', 'arbetsförmedlingen', 'skatteverket', 'kronofogden', 'migrationsverket'],
  ['sjukhus', 'inlagd', 'inläggning', 'sjukhusvistelse', 'lasarett', 'sjukhuset', 'sjukhusinläggning', 'sjukhusinläggningen'],
  ['livsområde', 'livsområden'],
  ['kollektiv', 'kollektivboende', 'kollektivet'],
  ['lägenhet', 'lgh', 'lägenheten', 'lägenheter'],
  ['beslut', 'bestämmer', 'bestämma', 'besluta', 'beslutar', 'avgör', 'avgöra'],
  ['ändra', 'ändring', 'ändras', 'justera', 'justering', 'höja', 'sänka', 'höjning', 'sänkning', 'byta', 'byter', 'bytas', 'byte'],
  ['klar', 'färdig', 'upprättad', 'färdigställd', 'gjord', 'gjorda', 'skriven'],
  ['deadline', 'tidsgräns', 'senast', 'frist'],
  ['daganteckning', 'daganteckningar'],
  ['sammanställning', 'sammanställa', 'sammanställas', 'sammanfattning'],
  ['agenda', 'dagordning'],
  ['maxkapacitet', 'maxtak', 'tak'],
  // "uppdraget är luddigt": the documents' "osäkerhet kring individens behov"
  ['osäkerhet', 'osäker', 'luddig', 'luddigt', 'otydlig', 'otydligt'],
  // "strul i samarbetet": the documents' "samverkanssvårigheter"
  ['svårigheter', 'svårighet', 'strul', 'strular', 'skaver', 'gnissel', 'gnisslar', 'konflikt', 'konflikter', 'kärvar', 'kärva', 'kärvt'],
  ['konstaterat', 'utrett', 'klarlagt'],
  // "hen orkar inte jobba med samlandet": the documents' "förmåga"
  ['förmåga', 'orkar', 'orka', 'ork'],
  // "tappar hen boendestödet?" asks whether it is kept
  ['behålla', 'behåller', 'tappa', 'tappar', 'tappat', 'förlora', 'förlorar', 'mista', 'mister'],
  ['inflyttning', 'inflytt', 'inflyttningen', 'inflyttad', 'inflyttade', 'inflyttat', 'inflytningen', 'inflytning'],
  // "kan soc vara med ibland?" asks for the exception
  ['undantagsfall', 'ibland', 'undantagsvis'],
  // "ska soc ha nån signal om det?": be told (the documents' "meddela")
  ['meddela', 'signal', 'signalen', 'besked', 'beskedet', 'notifiera', 'underrätta'],
  // "hen är döv": the uppdrag's "tolk"
  ['tolk', 'döv', 'teckenspråk', 'teckenspråkstolk', 'hörselnedsättning', 'hörselskadad'],
  ['individuellt', 'enskilt'],
  ['benchmarking', 'förebild', 'förebilder', 'förebilderna'],
  // "vilken tjänstgöringsgrad?": the resource table's "Heltid" column (004 › 7)
  ['tjänstgöringsgrad', 'sysselsättningsgrad', 'tjänstgrad', 'heltid', 'deltid', 'heltidstjänst', 'procents tjänst'],
  // "kunskapsläget", "forskningsläget": the proposal's "forskningsbehov" (004 › 5)
  ['forskningsbehov', 'forskningsläge', 'forskningsläget', 'kunskapsläge', 'kunskapsläget', 'forskning', 'forskningen'],
  // family members who call or come along are the documents' "anhöriga"
  ['anhöriga', 'anhörig', 'närstående', 'mamma', 'mamman', 'pappa', 'pappan', 'förälder', 'föräldern', 'föräldrar', 'föräldrarna', 'syster', 'systern', 'bror', 'brodern', 'brorsan', 'morsan', 'farsan', 'släkting', 'släktingar'],
  // "hemtjänst som komplement till boendestödet": both at once
  ['samtidigt', 'parallellt', 'kombinera', 'kombineras', 'kombinerat', 'kombination', 'komplement', 'jämsides'],
  ['verkställa', 'verkställas', 'verkställd', 'verkställt', 'verkställighet', 'verkställande'],
]);

/** "ärenden från en kollega som är föräldraledig": why the asker has the case, not what is asked (also kept out of the out-of-scope check, ./cues). */
export const COLLEAGUE_AWAY = /\bkolleg\p{L}* som (?:är|var|blivit|har blivit|gått på|har gått på|har slutat|slutat)(?: \p{L}+)?/gu;

/** Multi-word phrases rewritten as one canonical word before tokenising (normalised text, word-bounded). */
export const PHRASE_SYNONYMS: readonly (readonly [RegExp, string])[] = Object.freeze([
  [/\bdirekt[a]? (?:bruk(?:ar)?)?tid(?:en)?\b/g, 'brukartid'],
  [/\bbrukarrelaterad tid\b/g, 'brukartid'],
  [/\bsocialt? boende(?: med stöd)?\b/g, 'sbms'],
  [/\bsbs\b/g, 'sbms'],
  // "soc håller på med uppdraget": is working on, not hålla (kontakt)
  [/\bhåll(?:er|a|it|er) på (?:med|att)\b/g, ' '],
  // "vem ska hen vända sig till?": whom to contact
  [/\bvänd(?:a|er|e)? (?:sig|mig|oss|dig|er) till\b/g, 'kontakt'],
  [/\bvänder sig (\p{L}+) till\b/gu, '$1 kontakt'],
  // "måste vi säga till soc?": tell the caseworker (the documents' "meddela", "förmedla")
  [/\b(?:säga|säger|sagt|berätta|berättar|berättat) (?:det |detta |nåt |något )?(?:till|för) (?=soc|handläggar|socialsekreterar)/g, 'meddela '],
  // "hen har slutat öppna": the client no longer takes part
  [/\b(?:har )?(?:slutat|slutar) (?:att )?(?:öppna|svara|ta emot oss|släppa in oss)\b/g, 'slutar ta emot'],
  // "vem ska jag prata med först?", "vem tar jag det med?": whom to contact
  [/\bvem (?:ska|bör|kan|måste|behöver) (?:jag|vi|man|hen|personalen) (?:prata|snacka|ta (?:det|upp det|upp detta)|lyfta (?:det|detta)) med\b|\bvem (?:pratar|tar) (?:jag|vi|man) (?:det )?med\b/g, 'vem kontakt'],
  // "vill ha det på en slide": what the answer is for (before "kort" at the end is read)
  [/\bpå en (?:slide|bild|powerpoint|ppt)\b/g, ' '],
  // "i korthet", "…, kort?": how long an answer should be, not "kortsiktigt"
  [/\b(?:i korthet|kortfattat|kort och gott|i korta drag)\b|\bkort\s*$/g, ' '],
  // typed without å, ä, ö: "andra nivan" is ändra nivån (other levels are "andra nivåer"), "kan det inga?" is ingå
  [/\bandra (?:stöd)?niv[åa]n?\b(?! ?er)/g, 'ändra stödnivå'],
  [/\bandras (?:stöd)?niv[åa]n?\b|\b(?:stöd)?niv[åa]n? andras\b/g, 'ändras stödnivå'],
  // "innan den kan andras": a verb after kan/ska/måste is ändras, never "others'"
  [/\b(kan|ska|får|far|bör|bor|måste|maste|behöver|behover) (?:den |det |nivan |nivån )?andras\b/g, '$1 ändras'],
  // "gå ner från medel till låg", "flytta upp en nivå": a change of level
  [/\b(?:gå|ga|går|gar|flytta|flyttas|åka|aka) (?:ner|ned|upp) (?:en nivå |en niva |ett steg )?(?:från|fran)\b/g, 'ändra stödnivå från'],
  [/\b(kan|ska|får|far|bör|bor|måste|maste) (det |detta |\p{L}+ )?inga\b(?= i\b|$)/gu, '$1 $2ingå'],
  // "ligger pa lag": the level, not the law
  [/\b(på|pa) lag\b/g, '$1 låg'],
  [/\b(på|pa) hog\b/g, '$1 hög'],
  // "behov av god man har dykt upp": chat filler
  [/\bdy(?:kt|ker|ka) upp\b/g, ' '],
  // "vad innebär X i praktiken?": chat filler
  [/\b(?:i praktiken|konkret)\b/g, ' '],
  // "när på dagen / vilken tid på dygnet": dagtid
  [/\b(?:när|vilken tid) på (?:dagen|dygnet)\b/g, 'dagtid'],
  // "nån gång" is "ever", not a number of visits
  [/\b(?:nån|någon|nåon) gång\b/g, ' '],
  // "sitter med på mötet" takes part; "sitter med GP:n" works on it
  [/\bsitt(?:a|er) med\b(?! (?:gp|gpn|genomförandeplan\p{L}*|uppdrag\p{L}*|underlag\p{L}*|mål\p{L}*|delmål\p{L}*|journal\p{L}*))/gu, 'delta'],
  [/\bsitt(?:a|er) med (?=gp|genomförandeplan|uppdrag|underlag|mål|delmål|journal)/g, ' '],
  // "förutom delmålen, vad mer ska med?": what else must be in it
  [/\bvad (?:mer |annat |mera )?ska (?:vara )?med\b/g, 'vad ska framgå'],
  [/\bi en mening\b/g, ' '],
  // "hur mycket plats ska brukaren själv få?": room to speak (the checklist's "utrymme")
  [/\b(?:hur mycket )?plats(?= (?:ska|får|bör|kan) (?:\p{L}+ ){0,2}?(?:själv |sjalv )?(?:få|fa|ta)(?!\p{L}))/gu, 'utrymme'],
  // "jag har aldrig hållit ett": the asker's experience, not the question
  [/\b(?:jag|vi) har aldrig (?:hållit|gjort|varit med på|skrivit|haft)(?: (?:det|ett|en|någon|nåt|något))?(?: (?:förut|tidigare))?\b/g, ' '],
  // "hoppar in som ec i två veckor", "fick frågan på introdagen": how the asker came to ask
  [/\bhoppar in som (?:ec|enhetschef|vikarie|vik|stödpedagog)(?: (?:i|under) (?:\p{L}+|\d+) (?:veckor|dagar|månader))?\b|\bfick frågan (?:på|från|av) \p{L}+\b/gu, ' '],
  // "stödnivå i uppdraget obligatoriskt?": whether it must be stated
  [/(?<!\p{L})(?:obligatorisk|obligatoriskt|ett måste)(?!\p{L})/gu, 'ska framgå'],
  // "ESL, kör vi det i grupp?": carry out, not drive
  [/\bkör (?:vi|ni|man|dom|de) (?:det|den|dom|de|detta)\b/g, ' '],
  // "har ringt hen massa ggr utan svar": the handbook's "flertal upprepade försök"
  [/\b(?:ringt|ringer|sökt|söker|försökt|knackat|knackar|mejlat|smsat)( \p{L}+){0,2}? (?:massa|massor av|flera|många|en massa|jättemånga) (?:ggr|gånger)\b/gu, 'ringt$1 flertal upprepade försök'],
  // "min enhetschef förbereder en presentation och undrar …", "vill ha med i sin dragning …": what the answer is for
  [/\b(?:förbereder|förbereda|gör|göra|planerar|ska hålla|ska ha) (?:en |ett |sin |min |vår |nästa )?(?:presentation|dragning|genomgång|powerpoint|introduktion|utbildning|apt)\p{L}*(?: (?:för|på|om) (?:\p{L}+ )?(?:kolleg\p{L}*|personal\p{L}*|gruppen|teamet|nya|nyanställda|apt))?(?: och)?(?!\p{L})/gu, ' '],
  // "jag sitter och läser på om … inför ett nämndmöte": what the asker is doing, not what is asked
  [/\b(?:jag )?(?:sitter (?:och |o )?)?läser (?:på )?(?:om|i) (?=\p{L})/gu, ' '],
  [/\binför (?:ett |en |mitt |vårt |nästa )?(?:nämndmöte|arbetsplatsträff|presentation|dragning|introduktion|apt)\p{L}*(?!\p{L})/gu, ' '],
  // "vad krävdes för att projektet skulle lyckas?": its conditions
  [/\bvad (?:krävs|krävdes|krävde|behövs|behövdes) (?:\p{L}+ ){0,2}?för att (?:\p{L}+ ){0,3}?(?:lyckas|fungera|bli bra)\b/gu, 'förutsättningar lyckas'],
  // "ska dra processen på APT för två nya handläggare"
  [/\bska dra (\p{L}+) (?:på|för) (?:apt|arbetsplatsträffen|gruppen|teamet)(?: för (?:\p{L}+ ){0,2}(?:handläggare|kollegor|nya|personal))?/gu, '$1'],
  // "brukarens pappa undrar varför …", "en anhörig tror att …": who asks, not what is asked about
  [/\b(?:anh[öo]rig\p{L}*|n[äa]rst[åa]ende|mamm\p{L}*|papp\p{L}*|f[öo]r[äa]ld(?:er|ern|rar|rarna)|syster\p{L}*|bror(?:n|san)?|(?:ny |nya )?koll?eg\p{L}*|(?:ny |nya )?(?:boendestödjar\p{L}*|vikarie\p{L}*|stödpedagog\p{L}*)|politiker\p{L}*|(?:min |vår )?(?:handledare|handledaren|praktikhandledare|lärare|läraren)|soc|handläggaren|socialsekreteraren|chefen|enhetschefen|min chef|min enhetschef|nämnden|ledningen|kontaktpersonal(?:en)?|personalen)(?: (?:på|från|i|hos) \p{L}+| till (?:en av )?(?:våra |vår |min |mina |en )?(?:brukare\p{L}*|klient\p{L}*|hen|individen))? (?:säger att|sa att|sade att|undrar|undrade|fr[åa]gar|fr[åa]gade|tror|trodde|vill veta|ville veta|funderar|vill att|ville att)\b/gu, ' '],
  // "köra insatsen digitalt": carry out, not drive
  [/\bkör(?:a|s)? (?=(?:insatsen|stödet|boendestödet|mötet|mötena|uppföljningen|uppstartsmötet)\b)/g, ' '],
  // "på samma satt": sätt typed without ä ("satt" alone is sat)
  [/\bsamma satt\b/g, 'samma sätt'],
  [/\bhela stan\b/g, 'staden'],
  // "jag vill förklara för politikerna …", "skriver en uppsats om …": why the asker asks, not what
  [/\b(?:jag |vi )?(?:vill|ska|behöver|måste|skulle vilja) (?:förklara|berätta|presentera|redovisa) (?:det |detta )?(?:för|på) (?:\p{L}+ ){0,2}?(?:politiker\p{L}*|nämnd\p{L}*|apt\p{L}*|kolleg\p{L}*|ledning\p{L}*|anhörig\p{L}*|gruppen|teamet|arbetsplatsträff\p{L}*|nya|nyanställda|vikarie\p{L}*)(?!\p{L})/gu, ' '],
  // "… till memot", "Historiken till årsrapporten:", "behöver siffran till verksamhetsberättelsen": what the answer is for
  [/\b(?:historiken |siffran |texten |underlaget )?(?:till|för|i) (?:mitt |vårt |ett |en )?(?:memo|memot|pm|pm:et|rapporten|presentationen|årsrapporten|verksamhetsberättelsen|årsberättelsen|jubileumstexten)\b|\b(?:till|för|i) (?:min|vår) sammanfattning\b|\bbehöver (?:siffran|ett svar|svaret)\b|\bhar du en (?:kort )?förklaring\b|\böverhuvudtaget\b/gu, ' '],
  [/\b(?:jag |vi )?(?:skriver|skriva|gör|håller på med) (?:en |ett |på en |på ett )?(?:uppsats|rapport|examensarbete|pm|b uppsats|c uppsats|praktikuppgift|praktikrapport|inlämningsuppgift|inlämning|hemtenta|tenta|seminarieuppgift|uppgift)(?: om| på)?\b/g, ' '],
  // "vad ska boendestödet leda till?": its purpose
  [/\b(ska|skall|bör)( \p{L}+)? leda till\b/gu, '$1$2 syfte'],
  // "hen vill inte jobba med samlandet längre": no longer, not a length
  [/\b(inte(?: \p{L}+){0,5}?) längre\b(?! (?:tid|än|period))/gu, '$1'],
  // "i vilken ordning går klienten vidare?": the steps
  [/\bi vilken ordning\b/g, 'steg'],
  // "boendecoachning – vad innefattar det?": what it means
  [/\bvad (?:innefattar|innefattas|omfattar) (?:det|den|detta|dom|de)\b/g, 'vad innebär det'],
  // "jag minns något om X från utbildningen": how the asker knows, not what is asked
  [/\b(?:jag )?minns (?:något|nåt|nån|lite) (?:om )?|\bfrån (?:utbildningen|introduktionen|kursen|introt)\b/g, ' '],
  // "vill ha syftena kort på en slide", "håller i intro för två nya soc": what the answer is for
  [/\bhåller i (?:en |ett )?(?:intro\p{L}*|utbildning\p{L}*|apt|genomgång\p{L}*|presentation\p{L}*)(?: för(?: (?:en|ett|två|tre|fyra|fem|nya|ny|några|alla|våra|mina|\d+))*(?: \p{L}+)?)?(?: nästa vecka| på \p{L}+dag)?/gu, ' '],
  // "vi fattar inte riktigt vad hen behöver": uncertainty about the needs
  [/\b(?:fattar|förstår|begriper) (?:inte|ej) (?:riktigt |helt |alls )?(?=vad|hur)/g, 'osäkerhet '],
  [/\bett tag (?:till|framåt)\b/g, ' '],
  [/\b(?:vill|ska|behöver) ha med (?:i|på) (?:sin|min|vår|hens|en) (?:dragning|presentation|genomgång|powerpoint|apt)\p{L}*(?!\p{L})/gu, ' '],
  // "i vilket skede …?": when
  [/\bi vilket (?:skede|läge|stadium)\b|\bi vilka (?:lägen|situationer|sammanhang)\b/g, 'när'],
  // "när är det tänkt att man gör så?": the asker's framing
  [/(?<!\p{L})(?:är|var) det tänkt att (?:man |vi |soc |ni )?/gu, ' '],
  [/\bjag har (?:förstått|hört|läst) att\b|\b(?:för )?ett tag sedan\b|\bett tag sen\b/g, ' '],
  // "klistrat in mallen rakt av", "ordagrant": the templates are suggestions to adapt
  [/\b(?:ordagrant|rakt av|ord för ord|utan att ändra(?: ett ord| något| nåt| en rad)?|klistra(?:t|r|de)? in)\b/g, 'förslag anpassas'],
  // "ska det inte vara samma över hela stan?": the same everywhere
  [/\bsamma (?:över|i|för) (?:hela )?(?:stan|staden|göteborg)\b/g, 'likvärdig staden'],
  // "sitter på uppstartsmöte om en kvart": when the asker needs the answer
  [/\bom (?:en |ett par |några |fem |tio |\d+ )?(?:kvart|halvtimme|timme|timmar|minuter|min|stund)\b/g, ' '],
  [/\bsitt(?:er|a) (?:på|i) (?=(?:ett |en )?\p{L}*möte)/gu, 'delta '],
  // "hen vill bara ha oss på kvällar, måste vi rätta oss efter det?": whether the client's wishes are followed
  [/\b(?:måste|ska|behöver|bör) (?:vi|man|boendestödet|ni) (?:rätta (?:oss|sig|er) efter|anpassa (?:oss|sig|er) efter|gå på)(?!\p{L})/gu, 'önskemål beaktas'],
  // "varför väger inte hens önskemål tyngst?": what decides
  [/\bväg(?:er|a|de)? (?:inte )?((?:\p{L}+ ){0,2}?)tyngst\b/gu, '$1styrande'],
  // "inom hur lång tid måste vi ha hört av oss": contact
  [/\b(?:hör|höra|hört|hörde) av (?:sig|oss|mig|er|dig)\b/g, 'kontakt'],
  // "vad var tanken?", "vad är målet med boendestöd?", "vad ville de uppnå?": the purpose (not the client's own goals)
  [/\b(?:vad|vilket) (?:(?:var|är) (?:egentligen |själva )?(?:tanken|målet|målsättningen)|(?:ville|vill|skulle|ska) (?:\p{L}+ )?(?:egentligen )?uppnå)(?!\p{L})/gu, 'vad är syftet'],
  // "vad skulle matas vid uppföljningen": mätas typed without ä (nothing in the documents is fed)
  [/\b(skulle|ska|kommer att|kunde|skall) matas\b/g, '$1 mätas'],
  // "handläggaren vill hänga med på mötet"
  [/\bhäng(?:a|er|de|t)? med\b/g, 'delta'],
  // "när justeras nivån i vanliga fall": filler, not "vanor"
  [/\bi (?:de )?(?:vanliga|normala) fall(?:en)?\b|\bi normalfallet\b|\bvanligen\b/g, ' '],
  [/\bvara med\b(?= (?:på|vid|under|och) )/g, 'delta'],
  // "vill att jag följer med på mötet": to take part in it (002 › Under mötet: the individual chooses who takes part)
  [/\bfölj(?:a|er|de|t)? med\b(?= (?:på|till|in på) (?:\p{L}+ ){0,2}?(?:möte|mötet|mötena|samtalet|träffen)\b)/gu, 'delta'],
  // "städar rummet åt hen", "städa lägenheten": the chore, wherever it is done
  [/\b(städ\p{L}*) (?:upp )?(?:i )?(?:rummet|lägenheten|lgh|hemmet|lyan|hemma|köket|badrummet)\b/gu, '$1'],
  // "var hem till brukaren", "åkte hem till hen": a home visit, the source's "hemma"
  [/(?<!\p{L})(?:var|åkte|gick|kom|ringde på) hem till\b/gu, 'hemma hos'],
  // "hen har fortfarande inte fått nåt stöd": the insats has not been verkställd (002 › Att tänka på när uppdrag har skickats)
  [/\b(?:inte|ej|aldrig) (?:har )?(?:fått|kommit igång med|börjat få|påbörjat|startat) (?:något |nåt |nån |någon |sitt |sin )?(?:stöd|stödet|boendestöd|boendestödet|insats|insatsen)\b/gu, 'inte verkställt'],
  // "när är brukaren berättigad till referenser?": when the client can get them
  [/(?<!\p{L})(?:är|blir|vara|bli) (?:\p{L}+ )?berättigad\p{L}*(?: till)?\b/gu, 'kan få'],
  // "landa i vad som är rimlig tid": settle it (002 › Att tänka på vid bedömning av tid: "fastställa rimlig tid")
  [/\blanda i\b/gu, 'fastställa'],
  // "vill bara ha stödet efter kl 18 på kvällarna": a wish about when the support is given
  [/\b(?:efter|före|innan|mellan|vid|runt) (?:kl\.?|klockan) ?\d{1,2}(?:[.:]\d{2})?(?: (?:och|-|–) ?\d{1,2}(?:[.:]\d{2})?)?(?: (?:på|om) (?:kvällen|kvällarna|morgonen|morgnarna|dagen|dagarna|natten|nätterna|helgen|helgerna))?\b/gu, 'önskemål om när'],
  // "i rapporten tänkte jag skriva att …, har jag fel?": the asker's own claim to check, not words to look up
  [/\b(?:i (?:rapporten|uppsatsen|texten|presentationen) )?(?:tänkte|tänker|ska|vill|skulle) jag skriva att\b|\bhar jag (?:fel|rätt)\b/gu, ' '],
  // "vad var huvudsyftet", "huvudverktyg i boendestödet": the purpose, the tool
  [/\bhuvud(?=(?:syfte|verktyg|mål|uppgift|metod|fokus)\p{L}*\b)/gu, ''],
  // "följde arbetsgruppen upp implementeringen?": a follow-up
  [/\bfölj(?:de|t) ((?:\p{L}+ ){1,2})upp\b/gu, '$1uppföljning'],
  // "handledaren bad mig kolla i …": how the asker came to ask
  [/\b(?:min |vår )?(?:handledare\p{L}*|chef\p{L}*|enhetschef\p{L}*|koll?eg\p{L}*|lärare\p{L}*) bad (?:mig|oss) (?:att )?(?:kolla|titta|läsa|leta)(?: upp)?(?: i| på)?\b/gu, ' '],
  // "samarbetet funkar dåligt": the documents' "samverkanssvårigheter"
  [/\b(?:funkar|fungerar|går|flyter) (?:väldigt |riktigt |så |jätte)?(?:dåligt|illa|sådär|inte (?:så |särskilt )?bra)\b/gu, 'strular'],
  // "gått ner till lag", "nivå lag": the level låg typed without å, not "lag" (law)
  [/(?<!\p{L})(ner till|ned till|upp till|från|fran|på|pa|nivå|niva|nivån|nivan|stödnivå|stodniva|stödnivån|stodnivan|eller|och) lag(?!\p{L})/gu, '$1 låg'],
  // "hur förklarar jag hur boendestödet är tänkt att jobba?": the asker's framing around the question
  [/\bhur (?:förklarar|förklara) jag(?: för \p{L}+)?\b/gu, ' '],
  // "vad ska insatsprocessen leda till? … i punktform": what it is for, and how the asker wants it
  [/\bleda till\b/gu, 'syfte'],
  [/\b(?:i )?punktform\b/gu, ' '],
  // "chefen vill att jag förklarar på APT …", "någon på APT undrade om …": why the asker asks
  [/\b(?:\p{L}+ )?vill att jag (?:förklarar|berättar|presenterar|går igenom)(?: (?:på|för) (?:apt|arbetsplatsträffen|mötet|gruppen|kollegorna))?\b|\bjag (?:ska )?(?:förklarar|förklara|berättar|berätta|presenterar|presentera) (?:på|för) (?:apt|arbetsplatsträffen|mötet|gruppen|kollegorna)\b/gu, ' '],
  [/\b(?:någon|några|en kollega|kollegorna) (?:på|från) (?:apt|arbetsplatsträffen|mötet|jobbet) (?:undrade|frågade|undrar|frågar)(?: om)?\b/gu, ' '],
  // "hur lång tid har vi på oss att göra GP?": a deadline, not a word for "länge"
  [/\bhur (?:lång|lang) tid har (?:vi|ni|man|jag|de|dom|hen|boendet|soc|personalen|utföraren) p[åa] (?:oss|er|sig|mig|dem)\b/gu, 'deadline'],
  // "i ett word doc elr?": the file format the asker has in mind, not what is asked
  [/\b(?:i )?(?:ett |en )?word(?:dokument|fil)? ?(?:doc|dokument|fil)?\b(?= (?:eller|elr|el)\b|\s*\?|\s*$)/gu, ' '],
  // "bli inbjudna till mötet" is the source's "bjuda in … till mötet" (002 › Inför mötet)
  [/\binbjud(?:en|et|na|s|an|ningar|ningen|ning)?\b|\b(?:bjudit|bjuder|bjöd|bjuds) in\b/gu, 'bjuda in'],
  // "det har hänt att soc …": it sometimes happens – the asker's framing, not a word to look up
  [/\bdet (?:har )?(?:hänt|händer) att\b/gu, ' '],
  // "bostöd", "bostödjare", "bostödet": the chat's short form of boendestöd
  [/\bbostöd(?=\p{L}*\b)/gu, 'boendestöd'],
  [/\bbostod(?=\p{L}*\b)/gu, 'boendestöd'],
  // "samlar på sig saker": hoarding ("samla in uppgifter" is not)
  [/\bsamla(?:r|t|de)? (?:på sig |på )(?:\p{L}+ )?(?:saker|grejer|prylar|skräp|tidningar|kläder|burkar|papper)\b/gu, 'samlarproblematik'],
  [/\bsamordnad individuell plan\b|\bsamordnad (?:vård)?planering\b/g, 'sip'],
  // "ska vi erbjuda det eller är det frivilligt?": whether it is a must, asked as a yes or no
  [/(?<!\p{L})(?:eller )?(?:är|ar|e) det (?:frivilligt|valfritt|obligatoriskt|ett krav)(?: för (?:enheten|oss|boendet|utföraren))?\b/gu, ' '],
  // "skyddad id", "skyddad identitet": the documents' "skyddade personuppgifter"
  [/\bskydd?ad\p{L}* (?:id|identitet)\b/gu, 'skyddade personuppgifter'],
  [/\binspektionen för vård och omsorg\b/g, 'ivo'],
  [/\bden enskilde?\b/g, 'brukare'],
  // "i nya nivådokumentet": the 2025 document; "i gamla": the 2021 one
  [/\b(?:i|enligt) (?:det )?(?:nya|nyare|senaste) (?:stöd)?nivå ?dokument(?:et)?\b/g, ' 2025 '],
  [/\b(?:i|enligt) (?:det )?(?:gamla|äldre|förra) (?:stöd)?nivå ?dokument(?:et)?\b/g, ' 2021 '],
  // "innan uppföljningsmötet avslutas": at the meeting (not the process step Avsluta)
  [/\b(?:innan|före) ((?:uppföljning )?\p{L}*möte\p{L}*) (?:avslutas|slutar|är slut|är över)\b/gu, 'på $1'],
  // "ska vi jaga det?": keep at it until it is paid (the documents' "jobba aktivt med")
  [/\b(?:jaga|jagar|driva in|kräva in)\b/g, 'jobba aktivt med'],
  [/\bi (?:slutändan|slutänden|grund och botten)\b/g, ' '],
  [/\b(?:is that ok|is it ok|ok eller|okej eller)\b/g, ' '],
  // "h/v", "tim/v": hours a week
  [/\bh v\b/g, 'timmar i veckan'],
  // "tak över huvudet" (a roof over one's head, the akut template's goal) is not a ceiling
  [/\btak över huvudet\b/g, 'taköverhuvudet'],
  // "2009 års förslag": the project proposal
  [/\b2009 ?års (?:förslag|projektförslag|projekt)\b/g, 'projektförslaget 2009'],
  // "fick en brukare förra veckan": when it happened, not what is asked
  [/\b(?:i )?förra (?:veckan|månaden)\b/g, ' '],
  [/\b(?:och|o) framåt\b/g, ' '],
  // "ska vi bara ta upp problemen?": only what goes wrong (the checklist says: the progress too)
  [/\b(?:(?:ta|tar|gå|går|prata|pratar) (?:vi |man )?bara (?:upp |igenom |om )?|bara (?:ta upp|tar upp|gå igenom|går igenom|prata om|pratar om|fokusera på) )(?:problem\p{L}*|det negativa|det som inte fungerar|det dåliga)/gu, 'fokus på problemen'],
  // "hen har haft det tufft": how the client is, told as background
  [/\b(?:hen|brukaren|individen) har haft det (?:tufft|jobbigt|kämpigt|svårt|tungt)\b/g, ' '],
  [/\bta[rs]? upp\b/g, 'agenda'],
  // "vilka moment ingår i …": what is included
  [/\bvilka (?:moment|delar|bitar|komponenter) (?=ingår|inga|finns|innehåller)/g, 'vad '],
  // "städar åt hen", "arbetar … inte åt individen": doing things for the client instead of with them
  [/(?<!\p{L})åt (?:hen|honom|henne|brukaren|brukarna|individen|individerna|klienten|dem)(?!\p{L})/gu, 'åtbrukaren'],
  // "… medan brukaren sitter i soffan": staff do it while the client looks on
  [/\bmedan (?:brukaren|hen|individen|klienten) (?:bara )?(?:sitter|ligger|tittar|kollar|väntar)(?: (?:vid|i|på) (?:datorn|soffan|sängen|mobilen|telefonen|tv:n|tv)| och (?:tittar|kollar|spelar)(?: på)? (?:tv|tv:n|mobilen|telefonen|datorn))?\b/g, 'åtbrukaren'],
  // "inget om hyran står där, vad ska vara med?": what the text must state
  [/\b(ska|bör|bor|måste|maste) (?:det )?(?:vara|finnas|stå|sta) med\b(?! (?:på|pa|vid|under|och) )/g, '$1 framgå'],
  [/\bvad (ska|bör|bor|måste|maste) det stå(?!\p{L})/gu, 'vad $1 framgå'],
  // "borde det ha stått i uppdraget?": whether it should be stated
  [/\b(?:borde|skulle|ska|måste|maste) det (?:ha )?(?:stått|stå|sta|framgått)(?!\p{L})/gu, 'ska framgå'],
  [/\b(?:det )?(?:visste|kände) (?:vi|jag|ingen) (?:inte )?(?:till )?(?:om )?(?:innan|före|förrän)\b/g, ' '],
  // "vad bör vi gå igenom på uppstartsmötet?": what is on the agenda
  [/\bvad (?:ska|bör|bor|måste|maste|kan|brukar) (?:vi|man|jag|ni) (?:gå|ga) igenom\b/g, 'agenda'],
  [/\bskriv(?:a|er|s)? (?:i )?journal(?:en)?\b/g, 'dokumentation'],
  [/\bröda? dag(?:ar|arna)?\b/g, 'helg'],
  [/\be[- ]post(?:en)?\b/g, 'epost'],
  // "tiden vi åker fram och tillbaka" is restid
  [/\b(?:åk\p{L}* |kör\p{L}* |res\p{L}* )?fram (?:och|o|&) tillbaka\b/gu, 'restid'],
  // "vad hade hänt om man inte körde projektet?": the project proposal's nollalternativ (004 › 2.2)
  [/\b(?:om (?:man |vi |de |det |projektet )?(?:inte|aldrig) (?:hade )?(?:körde|kört|genomförde|genomfört|gjorde|gjort|startade|startat|blev av|blivit av)|(?:inte|aldrig) blev av|om (?:man |vi |de )?(?:hade )?låtit bli att (?:göra|genomföra|köra|starta))\b/g, 'nollalternativ'],
  // "varför finns handboken?" asks for its purpose
  [/\bvarför (?:finns|behövs|behovs)\b|\bvarför (?:(?:har|behöver) (?:vi|man|ni)|(?:vi|man|ni) (?:ens )?(?:har|behöver)) (?:ens |ens en |en |ett )?(?=\p{L})/gu, 'syfte '],
  // "har tagit över ärenden från en kollega som är föräldraledig": how the asker came to the case
  [/\b(?:tagit|tar|tog) över (?:\p{L}+ )?(?:ärende\p{L}*|arende\p{L}*)\b/gu, ' '],
  [COLLEAGUE_AWAY, ' '],
  [/\bdag(?:s)? ?anteckningar\b/g, 'daganteckning'],
  [/\bfölj(?:a|er|as|s|de|t)? upp\b/g, 'uppföljning'],
  // "hur uppföljningen ska gå till": the uppdrag's "former för uppföljning"
  [/\bhur (?:uppföljning(?:en)?|uppföljningarna) (?:ska|skall|bör|kommer att) (?:gå|ga) till\b/g, 'former för uppföljning'],
  // "när hen har flyttat in": the inflyttning (the process step "Flytta in" stays a step)
  [/\b(?:har |hade |har nyss |nyss |precis )?flytta(?:t|r|de) in\b/g, 'inflyttning'],
  // "uppf.mötet" written out by the chat shorthand
  [/\buppföljning möte(?:t|n|na)?\b/g, 'uppföljningsmöte'],
  // colloquial level names of the 2021 model: "tvåan" is nivå 2 (the level intent reads the raw question)
  [/\bettan\b/g, 'stödnivå 1'],
  [/\ben etta\b/g, 'stödnivå 1'],
  [/\ben tv[åa]a\b/g, 'stödnivå 2'],
  [/\ben trea\b/g, 'stödnivå 3'],
  [/\ben fyra\b(?= (?:på|i|och|eller|också|kvar|\?|$))/g, 'stödnivå 4'],
  [/\btvåan\b/g, 'stödnivå 2'],
  [/\btvaan\b/g, 'stödnivå 2'],
  [/\btrean\b/g, 'stödnivå 3'],
  [/\bfyran\b/g, 'stödnivå 4'],
]);

/** Words the Snowball stemmer maps to different stems across inflections; pinned here. */
export const STEM_OVERRIDES: Readonly<Record<string, string>> = Object.freeze({
  månad: 'månad',
  månaden: 'månad',
  månader: 'månad',
  månaderna: 'månad',
  månads: 'månad',
  referens: 'referens',
  referensen: 'referens',
  referenser: 'referens',
  referenserna: 'referens',
  möte: 'möte',
  mötet: 'möte',
  möten: 'möte',
  mötena: 'möte',
  mötes: 'möte',
  // "hur många stödboenden drev förvaltningen": the past of driva
  drev: 'driv',
  // "vilka steg ingick?": the past of ingå
  ingick: 'ingår',
  // "har inte återtagit sin ansökan": the forms of återta (002 › Om individen är frånvarande)
  återtagit: 'återt',
  återtog: 'återt',
  återtagen: 'återt',
  återtas: 'återt',
  // Words whose Snowball stem is a synonym member's stem but which mean something else:
  // "samlad insats" is not samlare, "två lägen" not lägenhet, "inflytande" not inflyttad.
  samlad: 'samlad',
  samla: 'samla',
  samlar: 'samla',
  samlas: 'samla',
  samlade: 'samla',
  samlat: 'samla',
  läge: 'läge',
  läget: 'läge',
  lägen: 'läge',
  lägena: 'läge',
  inflytande: 'inflytande',
  inflytandet: 'inflytande',
  // "först" (first) is not a form of föra
  först: 'först',
  // "upprättad" (done) is klar; "upprättas", "upprättar" (drawn up) are not
  upprättad: 'upprättad',
  // "utförs", "utföra" (carried out) are not utföraren, the provider
  utför: 'utföra',
  utföra: 'utföra',
  utförs: 'utföra',
  utföras: 'utföra',
  utfört: 'utföra',
  utförde: 'utföra',
  utförandet: 'utförande',
  utförande: 'utförande',
});

/** Chat shorthand, written out before anything else reads the question ("hur mkt tid …" asks "hur mycket"). */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = Object.freeze({
  mkt: 'mycket',
  ngn: 'någon',
  ngt: 'något',
  ngr: 'några',
  // "uppf.", "utf.", "bs": the case notes' abbreviations
  uppf: 'uppföljning',
  utf: 'utföraren',
  bs: 'boendestöd',
  el: 'eller',
  elr: 'eller',
  pnr: 'personnummer',
  ec: 'enhetschef',
  // English chat words that frame, not ask
  asap: '',
  // "vara med o göra GP"
  o: 'och',
});

/** Number words read as digits (not "en"/"ett": they are articles far more often). */
export const NUMBER_WORDS: Readonly<Record<string, string>> = Object.freeze({
  två: '2',
  tre: '3',
  fyra: '4',
  fem: '5',
  sex: '6',
  sju: '7',
  åtta: '8',
  nio: '9',
  tio: '10',
  fjorton: '14',
});
