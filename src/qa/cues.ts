/**
 * What a question's own words say about the answer it wants – read from the words the analyzer
 * drops as stop words ("när", "hur många", "vad är"): pure patterns and checks, no index.
 */

import { foldDiacritics, normalizeText } from './analyzer';
import { COLLEAGUE_AWAY } from './lexicon';

/**
 * The question as its cues read it: normalised and without å, ä, ö, since staff often type "pa",
 * "stod", "niva", "nar" – every question cue below is written with them and compiled without.
 */
export function cueText(question: string): string {
  return foldDiacritics(normalizeText(question));
}

/** A question cue written in proper Swedish, matched against cueText() (or any text folded the same way). */
export function questionCue(re: RegExp): RegExp {
  return new RegExp(foldDiacritics(re.source), re.flags);
}

/**
 * Questions about particular local people, places or contact details ("vem är enhetschef på mitt
 * boende", "vad har soc för telefonnummer"): the source documents never hold them – but for one e-mail
 * address, samlarteamet's (002 › Planera genomförande).
 */
export const LOCAL_INFO_QUESTION =
  questionCue(/\bvem är (?:min|mitt|mina|vår|vårt|våra|er|ert|era)\b|\bvem är (?:\p{L}+ )?(?:stödpedagog|enhetschef|chef|samordnare|verksamhetsledare|kontaktperson)\p{L}* (?:på|i|för) |\bnamn(?:et)? och (?:telefon)?nummer\b|\b(?:på|i|för) (?:mitt|min|vårt|vår|ert|er) (?:boende|enhet|team|område)\b|\bvad heter (?:min|mitt|mina|vår|vårt|våra|er|ert|era|hens|hans|hennes|chefen|enhetschefen|handläggaren|soc|socialsekreteraren|kontaktpersonen|stödpedagogen)\b|\btelefonnummer|\btel(?:efon)? ?nr\b|\bvilket (?:telefon)?nummer (?:\S+ )?(?:ringer|ringa|ring)\b|(?<!samlarteam.*)\b(?:mejladress|mailadress|e-?postadress)(?!.*samlarteam)/u);

/**
 * Questions the documents cannot answer although they mention the words: applying for other
 * benefits or insatser, the staff's own employment, IT help.
 */
export const OUT_OF_SCOPE_QUESTION =
  // "stöd att ansöka om god man" is an individstödande aktivitet (002): helping the client apply is in scope
  questionCue(/(?<!(?:stöd|stötta|stöttning|hjälp|hjälpa|hjälper|stödja) (?:\p{L}+ )?(?:med )?(?:att )?)\b(?:ansöker|söker|ansöka|söka) (?:\p{L}+ )?(?:om )?(?:försörjningsstöd|ekonomiskt bistånd|bostadsbidrag|sjukpenning|a kassa|färdtjänst|god man|förvaltare|semester|ledighet|tjänstledigt)|\bhur (?:många|mycket) (?:\p{L}+ )?(?:hemtjänst|färdtjänst|försörjningsstöd|bostadsbidrag|bostadstillägg|sjukpenning|lss)\b|\b(?:heroma|lönespec\p{L}*|semesterdagar|semesteransökan|friskanmäl\p{L}*|sjukanmäl\p{L}*(?: jag)? mig)|\b(?:min|mitt|mina) (?:lön|semester|schema|tjänst|anställning|chef(?! (?:säger|sa|sade|undrar|undrade|frågar|frågade|vill att|tror|tycker|menar|påstår|bad))|sjukskrivning)|\bpart i ärendet|\b(?:vilken|hur (?:stor|hög|mycket)) dos\b|\bdosering\p{L}*|\bmilligram\b|\b(?:hur mycket|vad) tjänar\b|\b(?:lösenord|wifi|skrivare|inloggning|logga in|bankid|outlook|(?<!(?:sitter|sitta|satt|sitt) (?:vid|framför|med|på) )dator)|\bdela\p{L}* (?:\p{L}+ )?skärm\p{L}*|\bvilke[nt] (?:blankett|formulär|e-tjänst)|\bspela in (?:ett |en |vårt |mitt )?(?:teams\p{L}*|möte\p{L}*|samtal\p{L}*)|\b(?:kontot|konto|användarkontot) (?:\p{L}+ )?(?:är |verkar |blivit )?låst|\bkommer inte in (?:i|på) (?:treserva|teams|systemet|intranätet|mejlen|mailen|appen)\b|\b(?:treserva|teams|intranätet|appen) (?:funkar|fungerar|startar|laddar|svarar) inte\b|\b(?:treserva|teams|intranätet|appen|datorn|systemet) (?:låser sig|hänger sig|krånglar|kraschar|strular|loggar ut)\b|\b(?:friskvårdsbidrag|friskvårdstimme|friskvårdstimmen)\p{L}*|\b(?:tillägg|påslag) (?:på|i) lönen\b|\blönetillägg|\b(?:kameran|mikrofonen|ljudet|headsetet|hörlurarna|skärmen|webbkameran) (?:\p{L}+ )?(?:funkar|fungerar|hörs|syns|startar|låter) (?:inte|konstigt)\b|\b(?:funkar|fungerar) inte i (?:teams|outlook|treserva)\b|\b(?:ob|ob-tillägg|ob-ersättning|obtillägg)\b/u);

/** Both parts anywhere in the cue text, in either order (a cue source). */
function both(a: string, b: string): string {
  return `^(?=.*(?:${a}))(?=.*(?:${b}))`;
}

/**
 * Kinds of question the documents never answer although their words are the documents' own, one
 * cue each (sources, joined below).
 */
const UNANSWERABLE_KINDS: readonly string[] = [
  // another law by its paragraph ("4 § LVM"), or its criteria
  String.raw`(?:^|\s)\d+ (?:kap \d+ )?(?:lvm|lpt|lss|lrv|fb|föräldrabalken|hyreslagen|jordabalken)(?:\s|$)`,
  String.raw`(?:^|\s)(?:kriterier\p{L}*|ansök\p{L}*|ansöka|anmäl\p{L}*|vård) (?:\p{L}+ ){0,2}enligt (?:lvm|lpt)(?:\s|$)`,
  // notice under the hyreslag
  both(String.raw`(?:^|\s)(?:säga upp|uppsägning)`, String.raw`(?:^|\s)hyreslagen`),
  // what a god man or förvaltare may do (föräldrabalken)
  String.raw`(?:^|\s)skillnad\p{L}* (?:mellan|på) god man och förvaltare`,
  String.raw`(?:^|\s)(?:(?:god man|gode mannen|förvaltar\p{L}*) (?:\p{L}+ ){0,2}?(?:får|kan|har rätt att)|(?:får|kan) (?:en |den |hens |brukarens )?(?:god man|gode mannen|förvaltar\p{L}*)) (?:\p{L}+ ){0,2}?(?:säga upp|sälja|skriva under|skriva på|teckna|ta ut|bestämma över)(?:\s|$)`,
  // what a follow-up or a workshop came to ("vad kom uppföljningen … fram till?"): the documents list them, not their results
  String.raw`(?:^|\s)vad kom (?:\S+ ){1,6}fram till(?:\s|$)`,
  // today's figures ("hur många … just nu"), statistics
  String.raw`(?:^|\s)hur många (?:\p{L}+ ){0,7}(?:just nu|i dag|idag|för närvarande)(?:\s|$)`,
  String.raw`(?:^|\s)statistik\p{L}*`,
  // where a file lies ("var ligger Excel-filen")
  String.raw`(?:^|\s)var (?:ligger|finns|hittar (?:jag|man|vi)) (?:\p{L}+ ){0,2}(?:excel\p{L}*|filen)(?:\s|$)`,
  // billing between the city's units, waiting times and queues, how long a meeting takes
  String.raw`(?:^|\s)(?:fakturer\p{L}*|handläggningstid\p{L}*|kötid\p{L}*|väntelista\p{L}*)`,
  String.raw`(?:^|\s)hur lång (?:tid )?(?:brukar |tar |ska )?(?:ett |en )?(?:\p{L}*möte\p{L}*|kön|kö)(?: \p{L}+)? (?:ta|tar|vara|pågå|hålla på)(?:\s|$)`,
  // one worker's caseload
  String.raw`(?:^|\s)hur många (?:ärenden|brukare|klienter) (?:\p{L}+ ){0,3}?(?:ska|får|kan|brukar|bör) (?:en |varje |man som )?(?:boendestödjare|kontaktpersonal|handläggare|socialsekreterare|personal)\p{L}* (?:ha|max|ta)`,
  // the bot's opinion
  String.raw`(?:^|\s)(?:tycker|anser) du(?:\s|$)`,
  // what came of an event the documents only announce ("vad kom arbetsgruppen fram till")
  String.raw`(?:^|\s)vad kom (?:\p{L}+ ){0,2}?fram(?:\s|$)`,
  String.raw`(?:^|\s)(?:ändrades|ändrade (?:man|de|ni)) (?:något|nåt|det|mycket)(?:\s|$)`,
  String.raw`(?:^|\s)vilka remissvar`,
  String.raw`(?:^|\s)fick (?:\S+ ){0,4}?till slut(?:\s|$)`,
  String.raw`(?:^|\s)vad (?:visade|gav|fick) (?:de|dom|den|det|projekten|projektet) (?:för )?resultat`,
  // another city district's or municipality's own rules ("har Nordost egna stödnivåer?": the 2021 levels are Sydväst's)
  both(
    String.raw`(?:^|\s)(?:nordost|nordöst|hisingen|centrum|angered|lundby|majorna\p{L}*|örgryte\p{L}*|askim\p{L}*|västra göteborg|östra göteborg|mölndal|partille|kungälv|lerum|härryda|kungsbacka|alingsås|stockholm|malmö|uppsala)(?:\s|$)`,
    String.raw`(?:^|\s)(?:egna|sina|deras|annorlunda|samma)(?:\s|$)`,
  ),
];
export const UNANSWERABLE_KIND_QUESTION = questionCue(new RegExp(UNANSWERABLE_KINDS.join('|'), 'u'));

/**
 * Plans beyond the documents ("kommer kollektiven också gå över till låg/medel/hög?"): a change of
 * model or rule still to come is not in them; what changed in 2021 or 2025 is.
 */
const FUTURE_CHANGE = questionCue(/(?:^|\s)(?:kommer|ska) (?:\p{L}+ ){0,3}?(?:också |även )?(?:att )?(?:gå över|övergå|införas|ersättas|fasas ut)(?:\s|$)/u);
const PAST_CHANGE = questionCue(/(?:^|\s)(?:gick|infördes|ersattes)(?:\s|$)/u);
export function asksFutureChange(cues: string): boolean {
  return FUTURE_CHANGE.test(cues) && !PAST_CHANGE.test(cues);
}

/**
 * What the 2009 project actually achieved ("hur många gick faktiskt vidare", "vad visade
 * delrapporterna"): 004 is the proposal, written before the project, so it has no results.
 */
const PROJECT_WORDS = questionCue(/(?:^|\s)(?:projekt\p{L}*|stödboende\p{L}*|2009\p{L}*|lågtröskel\p{L}*|delrapport\p{L}*)/u);
const OUTCOME_ASKED = questionCue(/(?:^|\s)(?:faktiskt|vad visade (?:delrapport|utvärdering|uppföljning|mätning)\p{L}*|vad blev (?:resultatet|utfallet)|hur gick det (?:sen |sedan |till slut |egentligen )?(?:för|med) (?:\p{L}+ )?(?:projekt\p{L}*|stödboendeprojekt\p{L}*))(?:\s|$)/u);
export function asksProjectOutcome(cues: string): boolean {
  return PROJECT_WORDS.test(cues) && OUTCOME_ASKED.test(cues);
}

/**
 * Documents the sources refer to without including them ("Observera delegationsordning", "Här är
 * rutinen i sin helhet"): what one of them says cannot be answered here, so the decline names it.
 */
export interface ReferencedDocument {
  readonly cue: RegExp;
  readonly nameSv: string;
  /** Where the sources refer to it (`doc › section`). */
  readonly citedIn: string;
}
export const REFERENCED_DOCUMENTS: readonly ReferencedDocument[] = Object.freeze([
  { cue: questionCue(/(?:^|\s)delegationsordning\p{L}*/u), nameSv: 'delegationsordningen', citedIn: '002 › Besluta' },
  {
    cue: questionCue(/(?:^|\s)rutin\p{L}* (?:för|om|kring) (?:hantering av )?skydd\p{L}* (?:personuppgifter|identitet)/u),
    nameSv: 'förvaltningens rutin för hantering av skyddade personuppgifter',
    citedIn: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
  },
  {
    // the handbook names the rating scale the client self-assesses with, not how it is scored
    cue: questionCue(new RegExp(both(String.raw`clutter image rating|(?:^|\s)c i r(?:\s|$)|(?:^|\s)cir(?:\s|$)`, 'poäng|skala|bild|gräns|räkna|nivå|steg|värde|skattning|göra om|gör om|görs om'), 'u')),
    nameSv: 'skattningsskalan Clutter Image Rating (C.I.R)',
    citedIn: '002 › Samlarteamet – ett specialiserat boendestödsteam',
  },
  { cue: questionCue(/(?:^|\s)lathund\p{L}*/u), nameSv: 'lathunden för hantering i Treserva', citedIn: '000 › Hantering av stödnivåer – process' },
  {
    // the handbook reports what the riktlinje says, not its wording
    // …nor lists what it holds ("vilka återkallelseförbehåll står i riktlinjen?")
    cue: questionCue(new RegExp(both('riktlinje', 'formulering|ordalydelse|exakt|ordagran|(?:vilka|lista|räkna upp) (?:\\S+ ){0,3}?(?:står|finns|anges|nämns)'), 'u')),
    nameSv: 'riktlinjen för boendestöd',
    citedIn: '002 › Att tänka på om återkallelseförbehåll',
  },
  {
    // the handbook starts the routine but does not give its steps
    // "vad står", "vad innebär", "hur går" count only after the routine's name
    cue: questionCue(/(?:(?:3|tre) ?dagars ?rutin|tredagarsrutin)\p{L}*.*(?:dag (?:2|3|två|tre)|konkret|steg för steg|vad står|vad innebär|hur går|hur ser|exakt|i detalj)|(?:dag (?:2|3|två|tre)|konkret|steg för steg|exakt|i detalj).*(?:(?:3|tre) ?dagars ?rutin|tredagarsrutin)/u),
    nameSv: '3-dagarsrutinen',
    citedIn: '002 › Att tänka på under genomförandet',
  },
]);

/** The referenced-only document a question names, if any; `cues` is cueText(question). */
export function referencedDocumentIn(cues: string): ReferencedDocument | undefined {
  return REFERENCED_DOCUMENTS.find((d) => d.cue.test(cues));
}

/** The sentences of a question as typed, each with its closing mark. */
function sentencesOf(question: string): string[] {
  return question.split(/(?<=[.!?])\s+(?=\S)/u);
}

/**
 * "I hemtjänsten gjorde vi så. Hur gör boendestödet?": a sentence before the question that tells how
 * another workplace did it compares. The other workplace is left out of the search; what the
 * sentence tells stays, since the question often points back at it ("Ska boendestödet också läggas då?").
 */
const COMPARED_PRACTICE = /^(?:(?:jag |vi )?(?:kommer|kom) (?:ju )?från (?:hemtjänsten|äldreomsorgen|lss|psykiatrin|ett hvb|hvb)(?: där (?:vi|jag|man))?|i hemtjänsten|inom hemtjänsten|på (?:mitt |mina |förra |det förra |min förra )?(?:jobb|arbetsplats|ställe|boende)\p{L}*|där jag (?:jobbade|arbetade|var)|förut)\b/iu;
export function withoutComparedPractice(question: string): string {
  const sentences = sentencesOf(question);
  let changed = false;
  const kept = sentences.map((s, i) => {
    if (i === sentences.length - 1 || !COMPARED_PRACTICE.test(s.trim())) return s;
    changed = true;
    return s.trim().replace(COMPARED_PRACTICE, '').trim();
  });
  return changed ? kept.join(' ') : question;
}

/**
 * A question about another insats's own rules ("vilka nivåer finns det i hemtjänsten?"). Read in the
 * last sentence only: "I hemtjänsten gjorde vi så. Hur gör boendestödet?" compares, it asks about boendestöd.
 */
const OTHER_SERVICE_QUESTION = questionCue(/\b(?:i|inom|enligt) (?:hemtjänsten|lss|äldreboendet|personlig assistans)\b/);
export function asksAboutOtherService(question: string): boolean {
  const sentences = sentencesOf(question);
  return OTHER_SERVICE_QUESTION.test(cueText(sentences[sentences.length - 1] ?? question));
}

/**
 * Words of other domains than the documents' – the staff's own employment, IT trouble, other laws,
 * errands – none of which occurs in the five documents (a test holds this), so a question that uses
 * one cannot be answered from them. Only words that cannot describe the client's own situation:
 * "semester", "bankid" or "bostadsbidrag" can ("hen åker på semester", "hjälpa hen med bankid"),
 * so they are not here. Each is a word start ("krasch" covers "kraschar", "kraschade"), written
 * folded (å, ä → a, ö → o) as the question is compared.
 */
export const FOREIGN_DOMAIN_WORDS: readonly string[] = Object.freeze([
  // the staff's own employment
  'lonespec', 'lonesamtal', 'medarbetarsamtal', 'overtid', 'ob tillagg', 'vab', 'foraldraledig', 'tjanstledig', 'arbetsskada', 'heroma',
  'komptid', 'kompledig', 'ta ut komp', 'jobbade over', 'jobbat over', 'byta pass', 'byta skift', 'passbyte',
  'helgjour', 'jourschema', 'personalschema', 'arbetsschema',
  // IT help
  'vpn', 'mappen', 'notiser', 'krasch', 'felmeddelande', 'hanger sig', 'dela skarm', 'wifi', 'outlook', 'inspelning', 'teamsmot',
  // other laws and authorities
  'gdpr', 'forvaltningslag', 'overformyndar', 'lvu', 'uppsagningstid',
  // staffing a unit
  'arsarbetar', 'personaltathet', 'nattpersonal', 'nattbemanning', 'nattjour',
  // the staff's own safety
  'stickskad', 'stack mig', 'blodsmitt', 'hepatit',
  // errands
  'vader', 'systembolag',
]);

const FOREIGN_DOMAIN = new RegExp(`(?:^|\\s)(?:${FOREIGN_DOMAIN_WORDS.map((w) => w.replace(/ /g, '\\s')).join('|')})`, 'u');

/** The question uses a word of another domain (see FOREIGN_DOMAIN_WORDS); `folded` is diacritic-folded. */
export function usesForeignDomainWord(folded: string): boolean {
  return FOREIGN_DOMAIN.test(folded.replace(COLLEAGUE_AWAY_CUE, ' '));
}

const COLLEAGUE_AWAY_CUE = questionCue(COLLEAGUE_AWAY);

/** Asking the bot to do a task for you ("kan du skriva/översätta/sammanfatta …") is not a question about the documents. */
export const TASK_REQUEST = questionCue(/^(?:kan|kunde|skulle) du (?:sammanfatta|skriva|översätta|boka|skicka|ringa|mejla|maila|räkna ut|hjälpa mig (?:med|att)|ge mig|leta|söka|hitta|fixa|ordna|påminna mig|gå in (?:i|på)|logga in|kolla (?:upp |i |på )?|titta (?:i|på)|registrera|lägga in|ändra (?:i|på))\b|^(?:skriv|översätt|sammanfatta|boka|skicka) (?:ett|en|mitt|min|dagens)\b/);

/** "Vad är …?", "vad menas med …?": a definition beats a topic that merely mentions the word. */
export const DEFINITION_CUE = questionCue(/^(?:vad (?:är|menas|betyder|innebär|står)|förklara|definition)\b/);
/**
 * "vilka kan få boendestöd?", "vem har rätt till X?": who X is for – answered where a text defines X
 * ("Boendestöd är ett bistånd … till vuxna individer som …"), like "vad är X?".
 */
export const TARGET_GROUP_CUE = questionCue(
  /^(?:vilka|vem|vilken (?:målgrupp|grupp)) (?:personer |individer |brukare |som )?(?:kan|får|ska) (?:få|beviljas|ha)\b|^(?:vilka|vem) har rätt till\b|^vad krävs för att (?:få|beviljas)\b/,
);
/** "vad är X?" about one or two words: answered only where a text defines X, not where it merely mentions it. */
export const MAX_DEFINED_WORDS = 2;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The heading names the word, or the text defines it: "X är/innebär/betyder …", "X – …", "(X)".
 * `stem` is the word's analysed stem, matched as the start of a word in the text.
 */
export function defines(text: string, headingTerms: readonly string[], stem: string): boolean {
  if (headingTerms.includes(stem)) return true;
  const w = escapeRegExp(stem);
  const lower = text.toLowerCase();
  return (
    new RegExp(`(?<!\\p{L})${w}\\p{L}*(?:\\s*\\(|,?\\s+(?:vilket\\s+|som\\s+)?(?:är|innebär|betyder|avser|avses|står för)(?!\\p{L})|\\s+[-–]\\s|\\s*:)`, 'u').test(lower) ||
    new RegExp(`\\(${w}\\p{L}*\\)`, 'u').test(lower)
  );
}

/** "hur många …", "hur länge …": only a passage that gives a number answers it. */
// "hur mycket ska brukaren själv få prata?" asks how far, not how much
export const QUANTITY_CUE = questionCue(
  /\bhur långt (?:bak|tillbaka)\b|\bhur (?:många|mycket(?! (?:ska|får|kan|bör) (?:\S+ ){0,3}?(?:få )?(?:prata|säga|tala|komma till tals|bestämma|påverka|berätta|vara delaktig))(?! (?:plats|utrymme)\b)|länge|lång|ofta)\b/,
);
const QUANTITY_IN_TEXT =
  /\d|(?<!\p{L})(?:en gång|ett par|några|flertal|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|tjugo|trettio|varje|dagligen|varannan|minuter|timmar|dagar|vardagar|arbetsdagar|veckor|månader)(?!\p{L})/iu;
/** Numbers that name a rule, a document or a day, not an amount: "5 kap. 22 §", "SOSFS 2014:5", "2021-08-26". */
const REFERENCE_NUMBERS = /\b(?:sosfs|sfs|lvm|lvu|sol|lss) \d{4}:\d+|\b\d+ kap\.?(?: \d+ ?§)?|\b\d+ ?§|\b\d{4}-\d{2}-\d{2}\b/giu;
/** A cheap first look: the text may hold one of those numbers. */
const REFERENCE_HINT = /§|kap|sosfs|\d{4}-\d\d/i;
/** The text gives a number or an amount (a rule's or a document's number does not count). */
export function givesQuantity(text: string): boolean {
  if (!QUANTITY_IN_TEXT.test(text)) return false;
  return !REFERENCE_HINT.test(text) || QUANTITY_IN_TEXT.test(text.replace(REFERENCE_NUMBERS, ' '));
}

/** "när beslutades kategoriplanen?", "från vilket datum gäller …?": only a text that gives a date or a time of year answers it. */
export const DATE_CUE = questionCue(/^när (?:\S+ ){0,1}(?:beslutades|beslutade|antogs|antog|infördes|startade|började|skrevs|gjordes|togs (?:\S+ ){0,3}fram)(?:\s|$)|^(?:från )?vilket datum(?:\s|$)/);
export const DATE_IN_TEXT = /\d{4}|(?<!\p{L})(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|höst|hösten|vår|våren|sommar|sommaren|vinter|vintern)(?!\p{L})/iu;

/** "vad hette stödboendet?", "vilket konsultföretag?": only a text that gives a name answers it. */
// "vad hette det?" asks nothing named; "vad hette de fem boendena?" does
// "vilket av stödboendena låg projektet på?": which one by name
export const NAME_CUE = questionCue(/\bvad (?:heter|hette) (?!(?:det|den|dom|de)(?:\s*$|\s+(?:som|nu|då|igen|där|här)\b))\S|\bvilke[nt] (?:konsult)?(?:företag|firma|byrå|bolag)\b|\bvilke[nt] av (?:de |dem )?\S*boende(?:na|n)\b/);
/** A name in a text: a capital letter inside a sentence ("insatsen FH lägenhetsboende"), a quoted name, or "som heter …". */
export const NAME_IN_TEXT = /[\p{Ll}\d,;:)] +[„"”“«]?\p{Lu}|[„"”“«]\p{L}|(?<!\p{L})(?:heter|kallas|benämns)(?!\p{L})/u;

/**
 * "steget flytta in", "i processteget följa upp": the question names a step of the insatsprocess
 * (001 › Genomgång av insatsprocessen), so the sections under that step are the likely answer.
 * Returns the step's heading as it stands in 001, or undefined.
 */
const PROCESS_STEPS: readonly (readonly [RegExp, string])[] = [
  [/placera/, 'Placera'],
  [/flytta in/, 'Flytta in'],
  [/genomföra (?:uppdrag|insats)(?:en|et)?/, 'Genomföra uppdrag'],
  [/följa upp/, 'Följa upp (handläggare)'],
  [/avsluta/, 'Avsluta'],
];
const STEP_NAMES = PROCESS_STEPS.map(([re]) => re.source).join('|');
// "steget flytta in", or "flytta in-steget" (the hyphen read as a space)
const NAMED_STEP = questionCue(new RegExp(`(?:^|\\s)(?:process?)?steg(?:et)? (?:att )?[„"”“«]?(${STEP_NAMES})(?:\\s|[„"”“»?.,]|$)|(?:^|\\s)(${STEP_NAMES}) (?:process?)?steg(?:et)?(?:\\s|$)`, 'u'));
const FOLDED_STEPS = PROCESS_STEPS.map(([re, heading]) => [questionCue(new RegExp(`^${re.source}`, 'u')), heading] as const);
export function namedProcessStep(cues: string): string | undefined {
  const match = NAMED_STEP.exec(cues);
  const named = match?.[1] ?? match?.[2];
  return named === undefined ? undefined : FOLDED_STEPS.find(([re]) => re.test(named))?.[1];
}

/** "hur ofta …": a frequency in words ("daglig tillsyn") answers it too. */
export const FREQUENCY_CUE = questionCue(/\bhur ofta\b/);
export const FREQUENCY_IN_TEXT = /(?<!\p{L})(?:daglig|dagliga|dagligt|veckovis)(?!\p{L})/iu;

/** "hur mycket hyra/kostar …": only a passage that gives an amount answers it. */
export const AMOUNT_CUE = questionCue(/(?:^|\s)(?:hur mycket|vad kostar|kostnad|kronor|kr|ungefär|(?:något|nåt|ett|vilket|hur stort) (?:fastställt |bestämt |fast )?belopp|vad (?:är|var|blir|blev|ligger|låg) \p{L}*(?:hyran|avgiften|kostnaden|priset|lönen)|vad (?:kostade|kostat|betalar|betalas|betalade)|vad (?:får|ska|måste) (?:\p{L}+ ){0,2}?betala|vad (?:får|betalas|betalar|tar) (?:\p{L}+ ){0,3}(?:(?:i|som) )?(?:ersättning|betalt|arvode|lön))(?:\s|$)/u);
export const AMOUNT_NOUNS = questionCue(/(?:^|\s)(?:hyr\p{L}*|avgift\p{L}*|belopp\p{L}*|betala|egenavgift\p{L}*|kost\p{L}*|lön\p{L}*|pengar|kronor|ersättning\p{L}*|tillägg\p{L}*|bidrag\p{L}*|budget\p{L}*|betalt|dygn\p{L}*|pris\p{L}*)(?:\s|$)/u);
export const AMOUNT_IN_TEXT = /\d[\d\s]*(?:kr|kronor|tkr|:-)/;

/** The question (as cueText reads it) asks for an amount of money: "hur mycket hyra", "vad betalar … per dygn". */
export function asksAmount(cues: string): boolean {
  return AMOUNT_CUE.test(cues) && AMOUNT_NOUNS.test(cues);
}
/** "… i timmen / per månad": the amount must be a rate. */
export const RATE_CUE = questionCue(/(?:^|\s)(?:i|per|om) (?:timmen|timme|dagen|dag|dygnet|dygn|veckan|vecka|månaden|månad|året|år)(?:\s|$)/);
export const RATE_IN_TEXT = /\d[\d\s]*(?:kr|kronor|tkr|:-)\s*(?:\/|per|i)\s*(?:tim|dag|dygn|vecka|veckan|månad|år)/;

/** "när …?", "hur snabbt", "senast när", "före eller efter inflytt?": the question asks for a moment or a span. */
const WHEN_ASKED = questionCue(/(?:^|\s)(?:när|hur (?:snabbt|fort|lång tid|länge)|senast|tidigast|inom hur|(?:före|innan) eller efter|efter eller (?:före|innan)|(?:måste|behöver|ska|bör) (?:vi|man|jag|ni|hen) vänta)(?:\s|$)/);

/**
 * What kind of answer the question wants, read from its question words (which the analyzer drops
 * as stop words): a unit that holds that kind of answer scores a little more.
 */
export interface AnswerKind {
  readonly cue: RegExp;
  readonly holds: RegExp;
  readonly boost: number;
}
export const ANSWER_KINDS: readonly AnswerKind[] = [
  {
    // "när …?", "hur snabbt", "senast när", "hur lång tid": a date, a time span or a moment in the process
    cue: WHEN_ASKED,
    holds: /\d{4}|\b(?:\d+|en|ett|två|tre|fyra|fem|sex|fjorton|tjugo)\s+(?:dag|dagar|vardag|vardagar|arbetsdagar|vecka|veckor|månad|månader|år|timmar)\b|\b(?:senast|inom|höst|vår|våren|hösten|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/,
    boost: 1.2,
  },
  {
    // …a moment named only by its relation to another ("vid", "efter", "i samband med") says less
    cue: WHEN_ASKED,
    holds: /\b(?:i samband med|efter|innan|före|vid|när)\b/,
    boost: 1.05,
  },
  {
    // "hur många", "hur mycket", "hur ofta": a number
    cue: questionCue(/(?:^|\s)hur (?:många|mycket|ofta)(?:\s|$)/),
    holds: /\d|\b(?:en gång|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|varje|dagligen|daglig|dagliga|dagligt|veckovis|varannan)\b/,
    boost: 1.2,
  },
  {
    // "hen klarar sig bra redan efter en vecka, kan vi sänka?": a level change soon after the start
    // meets the rule that the first level holds at least a month (000, 003 › Hantering av stödnivåer – process)
    cue: questionCue(
      /(?:sänk|höj|ändr|justera|byta)\p{L}*(?: \S+){0,8} (?:redan|nyss|direkt|efter (?:en|1|ett par|några|två|2|tre|3) (?:vecka|veckor|dag|dagar)|första veckan|innan (?:en|1) månad)(?!\p{L})|(?:^|\s)(?:redan|nyss|efter (?:en|1|ett par|några|två|2|tre|3) (?:vecka|veckor|dag|dagar)|första veckan)(?: \S+){0,12} (?:sänk|höj|ändr|justera)\p{L}*/u,
    ),
    holds: /minst (?:en|1) månad/,
    boost: 1.6,
  },
  {
    // "hen behöver mer stöd nu, måste hen flytta?": the levels are meant to let the client stay
    // in the same housing whether the need grows or shrinks (000, 003 › Stödnivåer)
    cue: questionCue(/(?:^|\s)(?:måste|behöver|ska|får|kan) (?:hen|brukaren|den enskilde|individen|klienten|han|hon|man|vi) (?:\S+ ){0,2}?(?:flytta|byta boende)(?!\p{L})/u),
    holds: /bo kvar/,
    boost: 1.5,
  },
  {
    // "boendekartläggning, finns det en färdig mall?": whether ready material exists – the text that
    // says it is still being made (001 › Genomföra insats) or where it is
    cue: questionCue(
      /(?:^|\s)(?:färdig|färdigt|färdiga|klar|klart|klara)\p{L}* (?:mall|material|blankett|verktyg|formulär|underlag|stödmaterial)\p{L}*|(?:^|\s)(?:mall|material|blankett|verktyg|formulär|stödmaterial)\p{L}* (?:\S+ ){0,3}?(?:färdig|färdigt|klar|klart)(?!\p{L})/u,
    ),
    holds: /under utveckling|länk till/,
    boost: 1.5,
  },
  {
    // "varifrån kom uppdraget att ta fram insatsprocessen?": who gave the mission
    cue: questionCue(/(?:^|\s)(?:varifrån (?:kom|kommer)|vem (?:gav|beställde|initierade)|vem låg bakom)(?:\s|$)/),
    holds: /uppdrag från|på uppdrag av|beställ|initiativ/,
    boost: 1.5,
  },
  {
    // "vem …?", "vilka ska vara med": a role
    cue: questionCue(/(?:^|\s)(?:vem|vilka|vems)(?:\s|$)/),
    holds: /\b(?:socialsekreterare\w*|handläggare\w*|enhetschef\w*|boendepersonal\w*|kontaktpersonal\w*|personal\w*|utförare\w*|myndighet\w*|stödpedagog\w*|samlarteam\w*|boendestödjare\w*|ansvarig\w*|den enskilde|individen|brukaren|nämnd\w*|ivo|läkare|hälso- och sjukvård\w*)\b/,
    boost: 1.15,
  },
];

/** The kinds of answer a question asks for (`cues`: its cueText). */
export function askedKinds(cues: string): readonly AnswerKind[] {
  return ANSWER_KINDS.filter((kind) => kind.cue.test(cues));
}

/** "finns tvåan kvar?", "gäller nivåerna 1–4 fortfarande?", "används trean efter april 2025?": whether something is still in force. */
export const STILL_IN_FORCE_CUE = questionCue(
  /(?:^|\s)(?:finns|gäller|gälla|används|existerar|är)(?: \S+){0,6} (?:kvar|fortfarande|längre|efter (?:1 )?april 2025|efter 2025|sedan 2025)(?:\s|$)|(?:^|\s)(?:vad heter|vilka är|vilka finns|vad är) (?:\S+ ){0,2}?(?:nivåerna|nivåer|stödnivåerna|stödnivåer) (?:nu|numera|idag|i dag|nuförtiden)(?:\s|$)/,
);
/** "finns …?", "gäller …?": a question that asks yes or no. */
export const YES_NO_QUESTION = questionCue(/^(?:\S+ ){0,1}(?:finns|gäller|används|existerar|är|har|kan|får|måste|ska)(?:\s|$)/);

/** A deadline topic answers "när …?"; asked anything else, it is less likely the answer. */
export const WHEN_CUE = questionCue(/(?:^|\s)(?:när|hur (?:snabbt|fort|lång tid|länge|ofta)|senast|tidigast|deadline|tidsgräns|inom hur|klar inom|inom)(?:\s|$)/);
/** "vad ska vara med / ta upp / ingå", "vilka punkter": a checklist topic. */
export const CONTENT_CUE = questionCue(/(?:^|\s)(?:vara med|ta upp|tas upp|ingå|ingår|innehålla|innehåller|punkter|checklista\p{L}*|framgå|stå med|lyfta)(?:\s|$)/u);

/** Asking when a document was decided, from when it applies or who publishes it. */
export const DOCUMENT_FACT_CUE = questionCue(/(?:^|\s)(?:beslut\p{L}*|gäll\p{L}*|giltig\p{L}*|revider\p{L}*|utgiv\p{L}*|utgav|version|datum|publicer\p{L}*|framtag\p{L}*|antag\p{L}*|från när|sedan när|ny\p{L}*|gammal|aktuell|politisk\p{L}*)(?:\s|$)/u);

/** A question word shorter than this is left as typed: "häder" is händer far more often than the weather's "väder". */
const REPAIR_MIN_LENGTH = 6;
const CUE_WORD_MIN_LENGTH = 5;
const CUE_PATTERNS: readonly RegExp[] = [
  LOCAL_INFO_QUESTION,
  OUT_OF_SCOPE_QUESTION,
  UNANSWERABLE_KIND_QUESTION,
  FUTURE_CHANGE,
  PROJECT_WORDS,
  OUTCOME_ASKED,
  OTHER_SERVICE_QUESTION,
  TASK_REQUEST,
  QUANTITY_CUE,
  NAME_CUE,
  AMOUNT_CUE,
  AMOUNT_NOUNS,
  ...REFERENCED_DOCUMENTS.map((d) => d.cue),
];

/** The literal words of a pattern's source (escapes such as \p{L} and \b left out). */
function literalWords(source: string): string[] {
  return source.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').match(/\p{Ll}+/gu) ?? [];
}

/** The words the cues read, as cueText writes them. */
const CUE_WORDS: readonly string[] = [
  ...new Set([...CUE_PATTERNS.flatMap((p) => literalWords(p.source)), ...FOREIGN_DOMAIN_WORDS.flatMap((w) => w.split(' '))]),
].filter((w) => w.length >= CUE_WORD_MIN_LENGTH);
const CUE_WORD_SET: ReadonlySet<string> = new Set(CUE_WORDS);

/** At most one edit or one swap of neighbouring letters between a and b. */
export function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  return short.slice(i) === long.slice(i + 1);
}

/** The cue word a slipped word stands for (with the ending it was typed with), if exactly one. */
function repairedWord(word: string): string | undefined {
  const found = new Set<string>();
  for (const cue of CUE_WORDS) {
    // A word that already starts with a cue word reads as that one as typed ("semester…").
    if (word.startsWith(cue)) continue;
    if (withinOneSlip(word, cue)) found.add(cue);
    else {
      for (let length = cue.length - 1; length <= cue.length + 1; length++) {
        if (length < word.length && withinOneSlip(word.slice(0, length), cue)) found.add(cue + word.slice(length));
      }
    }
    if (found.size > 1) return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * One slip in a word the cues read ("semesterdaagr", "myckket", "delegtionsordningen"). The
 * analyzer corrects a question's words for the search, but the cues above read the words as
 * typed, so a slip in "försörjningsstöd" would let an out-of-scope question through. Returns
 * `cues` (cueText of a question) with every word that no text knows (`knows`: as typed or without
 * å, ä, ö) and that is one slip from a word of the cues – or from its start, for a cue that takes
 * any ending – read as that word.
 */
export function repairCueText(cues: string, knows: (word: string) => boolean): string {
  let changed = false;
  const words = cues.split(' ').map((word) => {
    if (word.length < REPAIR_MIN_LENGTH || CUE_WORD_SET.has(word) || knows(word)) return word;
    const repaired = repairedWord(word);
    if (repaired === undefined) return word;
    changed = true;
    return repaired;
  });
  return changed ? words.join(' ') : cues;
}
