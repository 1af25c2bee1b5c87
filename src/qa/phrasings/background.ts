/** Example staff questions (third set): the 2009 project proposal (004). Written from the source document only. */
import type { VocabularyEntry } from '../sectionVocabulary';

export const PHRASINGS_BACKGROUND: readonly VocabularyEntry[] = Object.freeze([
  {
    section: '004 › Boendestöd på stödboende',
    startsWith: 'STADSLEDNINGSKONTORET',
    words: ['är projektförslaget om boendestöd på stödboende från stadsledningskontoret?'],
  },
  {
    section: '004 › Boendestöd på stödboende',
    startsWith: 'FÖRNYELSEAVDELNINGEN',
    words: ['vilken avdelning står på framsidan av stödboendeprojektet?'],
  },
  {
    section: '004 › Boendestöd på stödboende',
    startsWith: 'BILAGA 6',
    words: ['vilken bilaga är det gamla projektförslaget om stödboende?'],
  },

  // ───── I. Bakgrund och nuläge ─────
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'I Socialstyrelsens riktlinjer för socialtjänst',
    words: [
      'varför blir det färre platser på institution o mer stöd på hemmaplan?',
      'vad tyckte man var fel med behandlingen på institutionerna?',
      'var det brist på pengar som gjorde att man började satsa på öppna insatser?',
      'vad står det i de nationella riktlinjerna om att beroendevården ska bli mer effektiv?',
      'varför sägs det att det var oklart vad institutionerna gav för resultat?',
    ],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Socialtjänst- och arbetsmarknadsförvaltningen genomför',
    words: [
      'hur delades förvaltningen upp efter funktion hösten 2009?',
      'vilka områden blev det, fanns akutboende o äldreboende med?',
      'vad ändrades i socialtjänst- och arbetsmarknadsförvaltningen när man gjorde om organisationen?',
      'i hur många delar delades verksamheten in?',
      'när gjorde man om strukturen på förvaltningen?',
    ],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Projektet innebär att Boende- och behandlingsenheten',
    words: [
      'vad är bostöd egentligen, gör man saker åt brukaren eller tillsammans med hen?',
      'kan bostöd vara att hjälpa brukaren med städning, inköp o hushållskassan?',
      'varför ska klienten få stöd redan när hen bor på stödboendet, för att komma ut fortare?',
      'byter klienten personal när hen flyttar från stödboendet till egen lgh?',
      'ville man testa modellen genom att anställa folk med bakgrund i både psykiatri o beroendevård?',
      'kan stödet handla om brukarens kontakter med familj o vänner o nån sysselsättning?',
    ],
  },

  // ───── Nulägesbeskrivning ─────
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Förvaltningen driver idag fem stödboenden',
    words: [
      'måste man vara nykter för att bo på lågtröskelboende?',
      'vad ville man uppnå när man öppnade boendena med låg tröskel?',
      'vilka klienter var lågtröskelboendena tänkta för från början?',
      'hur många boenden med låg tröskel driver förvaltningen?',
      'var meningen med placeringen att klienten skulle lära sig bo o komma hem om kvällarna?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Dessa intentioner kan sägas ha uppfyllts',
    words: [
      'vilka problem har lågtröskelboendena fått med tiden?',
      'varför är det så svårt att få till förändring när klienten är mitt i ett pågående missbruk?',
      'varför måste det finnas personal även på natten på lågtröskelboendena?',
      'varför är placerande stadsdelar missnöjda, de betalar mycket men inget händer?',
      'uppnådde lågtröskelboendena det man ville från början?',
      'klienterna är utagerande o mår psykiskt dåligt, vad betyder det för bemanningen?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Olika försök att arbeta med strukturerade handlingsplaner',
    words: [
      'vi har gjort upp en plan med soc men klienten gör inte sin del, varför blir det så ofta?',
      'varför rinner planeringen ut i sanden för de här klienterna?',
      'klienten känner sig hopplös, varför funkar planen inte då?',
      'är arbetsplanerna ofta tomma på verkligt innehåll?',
      'har man provat att samarbeta med psykiatrin o beroendevården kring planer förut?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Erfarenheter av boendestöd riktat även till',
    words: [
      'kan bostöd hjälpa även den som är psykiskt sjuk o dricker mycket?',
      'hur har det gått med stöd hemma för de tyngsta klienterna?',
      'blev resultaten av boendestödet bättre än man trodde?',
      'vad i bostödet gör skillnad, den praktiska hjälpen o peppningen?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Inför Boende- och behandlingsenhetens nya organisation',
    words: [
      'tillhörde de blockhyrda lägenheterna enheten för hemlösa förut?',
      'delades bostödet i egna lgh o blockhyrningen upp på olika enheter?',
      'vilket område ansvarar för de blockhyrda lägenheterna nu?',
      'vad gjorde man med bostödjarna i egna lägenheter när boende- o behandlingsenheten gjordes om?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Relativt dyra alternativ i små',
    words: [
      'hur länge är det rimligt att köpa plats på ett litet lågtröskelboende?',
      'vad ville boende- o behandlingsenheten testa för att få ner kostnaderna?',
      'varför sätta in bostöd redan på boendet istället för att betala för dyra platser?',
      'köparna tycker platserna kostar för mycket i längden, varför?',
      'vad ville enheten undersöka, om klienten kan nå egen bostad fortare o billigare?',
    ],
  },

  // ───── I.1 Beskrivning av planerat projekt ─────
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet är tänkt att fungera som ett kompletterande',
    words: [
      'är projektet tänkt att ersätta stadsdelens egna bostödjare?',
      'klienten klarar inte egen lgh ens med mycket stöd än, passar projektet då?',
      'ska bostödjaren hålla ihop kontakterna mellan soc o vården?',
      'redovisar projektet vad bostödet kostar så stadsdelen kan jämföra?',
      'jobbar bostödjaren med motivation också eller bara med praktiska saker?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Man brukar ha som en tumregel',
    words: [
      'brukaren behöver stöd fyra gånger i veckan, är det bättre med behandlingshem då?',
      'finns det en gräns för hur ofta bostöd kan komma per vecka?',
      'hur många gånger i veckan går det med bostöd innan det blir för dyrt?',
      'varför är fyra besök i veckan för mycket för boendestöd?',
      'är tre hembesök i veckan taket?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet syftar till att minska antalet',
    words: [
      'varför vill man få ner antalet som bor år efter år på institution?',
      'ville man ha färre långvariga placeringar med projektet?',
      'klienter fastnar på institution i åratal, var det det projektet skulle lösa?',
      'vad var huvudsyftet med projektet om boendestöd på stödboende?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'I en idealisk situation med god tillgång',
    words: [
      'om det fanns gott om träningslgh, vad kunde projektet erbjuda då?',
      'kan klienten få eget hyreskontrakt på lägenheten hen tränar i?',
      'hur går det till när träningslgh blir klientens egen?',
      'vem står för försökslägenheten innan klienten får kontraktet?',
      'vad krävs för att kunna ge bostöd med hög kvalitet o kontinuitet?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet förläggs till en av',
    words: [
      'hur går det till steg för steg från stödboendet till egen bostad?',
      'hen har fallit tillbaka i gamla mönster efter flytten, finns stödboendet kvar som backup?',
      'är stödet tätare i början när klienten flyttar till träningslägenheten?',
      'när försöksperioden är över, måste placerande enhet ta över stödet själv?',
      'vad gör klienten första tiden på stödboendet, lär känna personalen?',
      'när blir träningslägenheten en försökslägenhet?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektets huvudsakliga verktyg',
    words: [
      'vad är det viktigaste arbetssättet i projektets bostöd?',
      'vilka är med o gör upp planen, klienten, bostödjaren o handläggaren?',
      'vad styr boendestödet i projektet?',
      'är handlingsplanen grunden för stödet i projektet?',
    ],
  },

  // ───── 2. Nyttan/effekten ─────
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Det finns en grupp omvårdnadskrävande',
    words: [
      'kommer det alltid finnas klienter som behöver institution?',
      'varför behövs nya alternativ till lågtröskelboende för den här gruppen?',
      'blir klienterna kvar kortare tid om bostödjarna börjar redan på lågtröskelboendet?',
      'vad vinner man på att bostödjaren börjar jobba med klienten redan innan flytten?',
      'vissa klienter kräver mycket omvårdnad o klarar inte eget, vad gäller för dem?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Låtröskelboenden skulle med boendestödjare',
    words: [
      'hur kan lågtröskelboendena ge en hel kedja av stöd från start?',
      'vad blir bättre för klienter som inte klarar egen lgh direkt om det finns bostödjare på boendet?',
      'kan boendet hålla ihop insatserna i början för klienten?',
      'varför ska bostödjare finnas på lågtröskelboendet, för att stödet ska hänga ihop?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Många är de projekt och försök',
    words: [
      'vad har tidigare försök kommit fram till, en kontaktperson för allt?',
      'varför förespråkar man en enda stödperson för klienten?',
      'kan projektet visa vem som inte klarar att bo själv?',
      'vad är case management o vad har det visat?',
      'ska projektet kunna bedöma vilken servicenivå den som bor själv behöver?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Av stor vikt är att i arbetsplanen',
    words: [
      'hyran är obetald o det finns risk för skulder, när ska vi höra av oss till handläggaren?',
      'vad ska stå i planen om hur vi håller kontakt med soc?',
      'projektet är ett första steg mot vad?',
      'hur är projektet upplagt med stödboendet som bas o lägenheter runt omkring?',
      'varför är det viktigt att komma överens om kontakten med soc redan i planen?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'I projektet ingår också att fortsätta',
    words: [
      'samarbetar projektet med hyresvärdar o bostadsbolag?',
      'vilka samarbetar projektet med för att få fram bostäder?',
      'fortsätter samarbetet med bostadsförmedlingen i projektet?',
    ],
  },
  {
    section: '004 › 2.1 Intern effektivisering',
    startsWith: 'Målet med projektet är att öka andelen',
    words: [
      'vad vill man att klienterna på dyra institutioner ska gå vidare till?',
      'vad ska hända med dem som bor dyrt på lågtröskelboende, enligt målet?',
      'hur ser vägen ut från institution till eget hyreskontrakt?',
      'vilken andel ska öka enligt projektets mål?',
      'ska fler gå från institution till bostöd på stödboende?',
    ],
  },
  {
    section: '004 › 2.1 Intern effektivisering',
    startsWith: 'Om fler klienter kan erbjudas träningslägenhet',
    words: [
      'kan stadsdelarna lägga mer pengar på bostöd o mindre på vård om projektet lyckas?',
      'vad vinner man ekonomiskt på att fler får träningslägenhet?',
      'kan fler bli av med hemlösheten om pengarna läggs på bostöd?',
      'upplever klienterna bättre kvalitet med eget boende o stöd?',
      'kan enheten för hemlösa flytta sina vårdpengar till boendestöd?',
    ],
  },
  {
    section: '004 › 2.2 Nollalternativ',
    startsWith: 'Konsekvenserna kan bli att boende- och',
    words: [
      'vad kan hända om man inte gör nåt åt de dyra lågtröskelboendena?',
      'måste boenden stängas om soc tycker de kostar för mycket?',
      'klienter som inte klarar träningslgh, var hamnar de om boendena försvinner?',
      'varför är det dåligt om klienterna får bo i hotellkorridorer?',
      'vad blir följden om projektet inte startas?',
    ],
  },

  // ───── 3.1 Omfattning ─────
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna arbetar företrädesvis morgnar',
    words: [
      'varför träffar bostödjarna klienterna tidigt på dagen?',
      'när är klienterna som mest nyktra o mottagliga?',
      'jobbar bostödjarna kvällar i projektet?',
      'varför är förmiddagen bra för att fika o prata med klienten?',
      'vilken tid på dygnet görs hembesöken?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna har ett särskilt ansvar att samverka',
    words: [
      'vem ska bostödjarna ha mest kontakt med, handläggaren som placerat?',
      'vem har ansvar att informera kommunerna runt Göteborg om projektet?',
      'vem berättar för stadsdelarna vilket stöd projektet behöver från dem?',
      'vilka verksamhetsledare ansvarar för informationen om projektet?',
      'ska bostödjarna samarbeta med den soc som placerat klienten?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Tre boendestödjare anställs med placering',
    words: [
      'vem kan få plats på stödboendet i projektet?',
      'har bostödjarna sin bas på ett av boendena?',
      'vad ska planen innehålla, uppdrag som går att följa upp?',
      'klienten bedöms klara eget boende längre fram, kan hen erbjudas plats?',
      'hur många områden ska planen fokusera på?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyran är viktigast',
    words: [
      'vad ska klienten betala först av allt?',
      'vad är det första som måste funka när klienten bor själv?',
      'klienten har ont om pengar, vad ska gå före?',
      'vad står först bland livsområdena i planen?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyreslagen gäller',
    words: [
      'gäller samma lag för klienten som för alla andra som hyr?',
      'har klienten samma rättigheter o skyldigheter som en vanlig hyresgäst?',
      'vilken lag gäller för boendet i projektet?',
      'gäller hyresrätten för lgh i projektet?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'vilka behandlingsresurser som krävs',
    words: [
      'ska planen beskriva vilken vård klienten behöver?',
      'är behandlingsinsatserna ett av livsområdena?',
      'hör behandling för beroendet till det planen ska ta upp?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: '”jag ska kunna ha klienten som granne”',
    words: [
      'ska målet vara att klienten kan bo som en vanlig granne?',
      'vad betyder det att klienten ska kunna vara en bra granne?',
      'hen festar o stör i huset, hör det till planen?',
      'är det ett mål att grannarna inte ska störas?',
    ],
  },
  {
    section: '004 › Benchmarking',
    startsWith: 'Genom åren har en rad olika projekt',
    words: [
      'vad kom spindelprojektet fram till?',
      'finns det rapporter om att stöd i egen lgh funkar för folk med missbruk o psykisk ohälsa?',
      'varför ska olika huvudmän samarbeta kring missbrukare?',
      'varför är en tydlig struktur viktig enligt andra projekt?',
      'vilka andra projekt jämför man sig med?',
    ],
  },

  // ───── 4. Förutsättningar ─────
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Om resultatet av projektet blir gott',
    words: [
      'vad händer med arbetssättet om projektet faller väl ut?',
      'vem lägger upp rutinerna för samarbete med stadsdelarna o psykiatrin?',
      'måste enheten för hemlösa fortsätta köpa för att projektet ska klara sig?',
      'vem är projektansvarig?',
      'vad krävs av köparna för att projektet ska gå?',
    ],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Projektet ska ha en styrgrupp',
    words: [
      'vem leder projektet övergripande?',
      'ingår enheten för hemlösa i ledningsgruppen?',
      'hur ser styrningen av projektet ut?',
      'vilka representanter är med i gruppen som styr?',
    ],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'I det dagliga arbetet har verksamhetsområdeschefen',
    words: [
      'vem följer upp att bostödjarna jobbar rätt till vardags?',
      'hur ofta kommer det rapporter från projektet?',
      'om man vill ändra nåt i projektet, vem ska godkänna det?',
      'blir det en rapport varje år?',
      'vem håller koll på metoden i vardagen?',
    ],
  },

  // ───── 5. Evidens ─────
  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    startsWith: 'Institutet för utveckling av metoder',
    words: [
      'är boendestöd en bevisat effektiv insats?',
      'vad vet man om effekten av daglig verksamhet?',
      'vad säger forskningen om ACT o case management?',
      'funkar supported employment enligt forskningen?',
      'behövs mer forskning om boendestöd?',
      'vilka psykosociala insatser för personer med psykisk funktionsnedsättning har visad effekt?',
    ],
  },
  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    startsWith: 'Det finns således inte så mycket evidensbaserade',
    words: [
      'vilka erfarenheter bygger projektet på?',
      'har enheten för hemlösa jobbat länge med boendestöd?',
      'varför tror man på projektet trots lite forskning?',
      'finns det beprövade arbetssätt att luta sig mot?',
    ],
  },

  // ───── 6.1 Kostnader ─────
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Projektets totala externa budget',
    words: [
      'hur mycket pengar söker projektet totalt?',
      'vad är den externa budgeten?',
      'hur många tusen kronor behövs för projektet?',
      'vad blir totalsumman för projektet?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Kostnad för boendestödjare: 3 st.',
    words: [
      'hur mycket kostar lönerna för bostödjarna?',
      'vad landar personalkostnaden på för de två åren?',
      'hur stor del av budgeten är löner?',
      'hur många miljoner kostar tre bostödjare på två år?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Övriga kostnader: utbildning, handledning',
    words: [
      'finns det budget för handledning till personalen?',
      'vad kostar telefon o sånt i projektet?',
      'hur mycket är avsatt till kompetensutveckling?',
      'vad ingår i övriga kostnader?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Totalt uppskattar förvaltningen att interna resurser',
    words: [
      'hur stor del av chefernas tid går till projektet?',
      'hur många timmar bidrar förvaltningen med internt?',
      'jobbar enhetschefen för VO 12 i projektet?',
      'hur mycket egen arbetstid lägger förvaltningen på projektet varje vecka?',
    ],
  },

  // ───── 7. Resursbehov ─────
  {
    section: '004 › 7. RESURSBEHOV',
    startsWith: 'Nedan redovisas troligt resursbehov',
    words: [
      'vad behövs för att projektet ska kunna ge det som utlovats?',
      'hur ser bemanningen ut i projektet?',
    ],
  },
  {
    section: '004 › 7. RESURSBEHOV',
    startsWith: 'Namn: Namn 1 | Roll/Ansvar: Boendestödjare',
    words: ['är bostödjartjänsterna heltidstjänster?', 'hur länge varar anställningen för bostödjarna?'],
  },
  {
    section: '004 › 7. RESURSBEHOV',
    startsWith: 'Namn: Namn 2 | Roll/Ansvar: Boendestödjare',
    words: ['hur många timmar i veckan jobbar varje bostödjare?', 'är det visstidsanställning på två år?'],
  },
  {
    section: '004 › 7. RESURSBEHOV',
    startsWith: 'Namn: Namn 3 | Roll/Ansvar: Boendestödjare',
    words: ['vilken roll har de som anställs i projektet?', 'behövs bostödjare på 100 procent i två år?'],
  },

  // ───── 8. Risker ─────
  {
    section: '004 › 8. RISKER',
    startsWith: 'Nedan beskrivs de största riskerna',
    words: [
      'vad är de största hoten mot projektet?',
      'vad kan stoppa att projektet ger den nytta man vill?',
      'hur tänker man hantera riskerna?',
    ],
  },
  {
    section: '004 › 8. RISKER',
    startsWith: 'Risker: Att man inte följer arbetsplanen',
    words: [
      'vad händer om man struntar i arbetsplanen?',
      'vem övervakar löpande att planen hålls?',
      'hur förhindrar man att arbetsplanen inte följs?',
      'vilken chef ser till att arbetet går enligt planen?',
    ],
  },
  {
    section: '004 › 8. RISKER',
    startsWith: 'Risker: Att stadsdelar och Enheten för hemlösa',
    words: [
      'vad om soc inte skickar klienter till stödboendena?',
      'finns det nån åtgärd om stadsdelarna slutar placera?',
      'vad händer om det inte kommer några klienter till projektet?',
      'är brist på placeringar en risk?',
    ],
  },

  // ───── 9. Uppföljning ─────
  {
    section: '004 › 9. UPPFÖLJNING',
    startsWith: 'Vid tertialrapporter och verksamhetsberättelse',
    words: [
      'följs det hur många som går vidare till träningslgh?',
      'vad rapporteras om projektet i verksamhetsberättelsen?',
      'hur ofta räknas antalet placerade klienter?',
      'räknar man hur många som får ett eget hyreskontrakt?',
      'mäter man hur många klienter som har bostöd på stödboendet?',
    ],
  },
  {
    section: '004 › 9. UPPFÖLJNING',
    startsWith: 'Mätning sker huruvida vårdtiderna',
    words: [
      'kollar man om klienterna bor kortare tid på lågtröskelboendena?',
      'mäts det om det blir billigare?',
      'följer man upp om placeringstiden blir kortare?',
      'mäter man om vistelsen på lågtröskelboende blir kortare?',
    ],
  },
]);
