/**
 * The staff's words for the source documents and their sections: how boendepersonal and
 * socialsekreterare name a document ("handboken", "projektet") and what they call the things a
 * section is about when they ask in a chat. Written from the documents themselves; indexed with
 * the section's passages (./knowledgeIndex), never shown as an answer.
 */
import type { SourceId } from '../domain/sources';
import { SECTION_QUESTIONS } from './sectionQuestions';
import { SECTION_SITUATIONS } from './sectionSituations';
import { SECTION_PHRASINGS } from './phrasings';

export const DOCUMENT_NAMES: Readonly<Record<SourceId, readonly string[]>> = Object.freeze({
  '000': ['stödnivåer', 'sydväst', 'social sydväst', '2021', 'stödnivådokumentet', 'kollektiv', 'kollektivet'],
  '001': ['insatsprocess', 'insatsprocessen', 'processen', 'processbeskrivning'],
  '002': ['boendestöd', 'handbok', 'handboken', 'boendestödshandboken', 'verksamhetshandbok', 'funktionsstöd', 'ffs'],
  '003': ['stödnivåer', 'lägenhetsboende', '2025', 'stödnivådokumentet'],
  '004': ['projekt', 'projektet', 'projektförslag', 'projektförslaget', 'stödboende', 'stödboendeprojektet', '2009'],
});

/**
 * One set of staff words: for a whole section, or (with `startsWith` / `contains`) for the
 * passages of that section whose plain text matches.
 */
export interface VocabularyEntry {
  /** `<doc id> › <section heading exactly as in the document>` */
  readonly section: string;
  /** Only the passage whose plain text starts with this (omit for the whole section). */
  readonly startsWith?: string;
  /** Only the passages whose plain text contains this (table rows). */
  readonly contains?: string;
  readonly words: readonly string[];
}

export const SECTION_VOCABULARY: readonly VocabularyEntry[] = Object.freeze([
  // ───────────── 000 Stödnivåer i Socialt boende med stöd (2021; kollektiv levels still apply) ─────────────
  {
    section: '000 › Syftet med dokumentet',
    words: ['syfte', 'vad är dokumentet till för', 'varför finns dokumentet', 'stödmaterial', 'gemensamt underlag', 'myndighet och utförare', 'sydväst', 'boende och hemlöshet', 'bedömningsstöd', 'hantering av nivåer', 'nivådokument'],
  },
  {
    section: '000 › Stödnivåer',
    words: ['nivåsystem', 'nivåerna', 'vilka nivåer finns', 'nivå 1-4', 'fyra nivåer', 'kortsiktigt', 'långsiktigt', 'egen regi', 'externa leverantörer', 'ramavtal', 'privata boenden'],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Från och med 1 april 2021',
    words: ['sedan när', 'infördes', 'från när', 'april 2021', 'gäller för vilka boenden', 'externa boenden'],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Stödnivåerna avser omfattningen på det individuella stöd',
    words: ['vad mäter nivån', 'hur mycket stöd', 'omfattning', 'flexibla', 'bo kvar', 'behöver inte flytta', 'byta boende', 'ökat behov', 'minskat behov', 'vem bestämmer nivån', 'vem bedömer nivån', 'personalens bedömning', 'väga in', 'vår bedömning', 'tycka till om nivån'],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan vara aktuella under hela placeringstiden',
    words: ['börja på', 'starta på nivå 4', 'börja på fyran', 'börja på ettan', 'första nivån', 'vid inflytt', 'från start', 'vilken nivå först', 'hela placeringen', 'hela placeringstiden'],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan ge referenstid',
    words: ['referenser', 'boendereferens', 'få referens', 'referenstid', 'hyresavtal', 'kontrakt', 'betalar hyran', 'störningar', 'stör grannar', 'sköter lägenheten', 'hyreslagen', 'vilka nivåer ger referens'],
  },

  {
    section: '000 › Individuellt stöd',
    words: ['vad ingår', 'vad gör vi', 'vad innehåller stödet', 'individuellt stöd', 'arbetsuppgifter', 'förändringsinriktat', 'pedagogiskt'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Det individuella stödet innebär ett förändringsinriktat',
    words: ['minska över tid', 'varaktigt behov', 'långvarigt behov', 'kompensatoriskt', 'kompensatoriska insatser', 'hemtjänst', 'boendestöd', 'särskilt boende', 'omvårdnad', 'omvårdnadsinsatser', 'ingår inte', 'hygienhjälp', 'hjälpa att duscha', 'komplettera med hemtjänst', 'vid inflyttning'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödet till den enskilde utgår från den enskildes behov',
    words: ['uppdraget', 'vad står i uppdraget', 'exempel på stöd', 'vad kan stödet innehålla', 'utgår från behov'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Motiverande samtal med den enskilde i syfte',
    words: ['MI', 'motivera', 'motivationssamtal', 'prata med', 'struktur på vardagen', 'droger', 'minska drogerna', 'knark', 'missbruk', 'självständighet', 'ta emot hjälp', 'vården'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Bistå vid kontakt med myndigheter',
    words: ['hjälpa med kontakt', 'myndighetskontakt', 'ringa myndigheter', 'försäkringskassan', 'vårdcentral', 'vårdgivare'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Ledsagning i kontakt med myndigheter',
    words: ['ledsaga', 'ledsagning', 'följa med', 'följa med till läkaren', 'följa med på besök', 'bostadsmarknaden', 'visning'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Vid behov initiera och samordna en Samordnad',
    words: ['SIP', 'sip-möte', 'samordnad plan', 'samordna', 'kalla till SIP', 'ta initiativ', 'starta SIP'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stöd till den enskilde att sköta sin vardagsekonomi',
    words: ['ekonomi', 'pengar', 'räkningar', 'post', 'brev', 'öppna brev', 'läsa brev', 'blanketter', 'fylla i', 'papper', 'bokade tider', 'hålla koll på tider', 'kalender', 'missar möten'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödja den enskilde till sysselsättning',
    words: ['jobb', 'arbete', 'sysselsättning', 'daglig verksamhet', 'praktik', 'hitta jobb', 'göra på dagarna'],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödja och hjälpa den enskilde med struktur och motivation',
    words: ['städa', 'handla', 'laga mat', 'tvätta', 'diska', 'hushåll', 'vardagssysslor', 'sysslor', 'praktiskt', 'göra tillsammans', 'hemma'],
  },
  {
    section: '000 › Individuellt stöd',
    contains: 'Social dokumentation',
    words: ['räknas', 'räknas in i nivån', 'räknas inte', 'nivåbedömas', 'brukartid', 'direkt tid', 'indirekt tid', 'restid', 'resa', 'bilen', 'köra', 'skjutsa', 'transporttid', 'dokumentera', 'journal', 'skriva anteckningar', 'planering', 'husmöte', 'öppet hus', 'matrutiner', 'telefonsamtal', 'ringa', 'sms', 'mejl', 'hembesök', 'ärenden', 'praktiskt stöd', 'räknas telefonsamtal', 'räknas körtid'],
  },

  {
    section: '000 › Referenstid',
    words: ['lägenhet', 'lägenhetsboende', 'gamla nivåerna', 'nivåerna 2021', 'nivå 1', 'nivå 2', 'nivå 3', 'nivå 4', 'tillsyn', 'hur ofta', 'hur ofta träffa', 'hur många timmar', 'timmar i veckan', 'per vecka', 'bedömningsstöd'],
  },
  {
    section: '000 › Referenstid',
    startsWith: 'Samtliga stödnivåer kan ge referenstid under förutsättning',
    words: ['referens', 'referenstid', 'få referenser', 'boendereferens', 'när börjar referenstiden', 'räknas referens', 'andrahandskontrakt', 'andrahandshyresavtal', 'skriver kontrakt', 'betalar hyran själv', 'hyresinbetalning', 'förvaltare', 'god man', 'undantag', 'störningar', 'sköta lägenheten', 'hyreslagen'],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn ¹ varje dag',
    words: ['ettan', 'nivå 1', 'högsta nivån', 'varje dag', 'dagligen', 'träffa varje dag', 'fyra timmar', 'mer än tio timmar', 'LVM', 'LVM-nära', 'missbruk', 'kompletterande insatser', 'erbjuda tillsyn varje dag'],
  },
  {
    section: '000 › Referenstid',
    contains: 'varje dag varav fysisk minst två gånger',
    words: ['tvåan', 'nivå 2', 'två gånger i veckan', 'fysiskt två gånger', 'ringa', 'telefon', 'sms', 'facetime', 'kontakt varje dag', 'ringa resten av dagarna', 'digital tillsyn', 'två till fyra timmar'],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn en gång per vecka',
    words: ['trean', 'nivå 3', 'en gång i veckan', 'varje vecka', 'en timme', 'timme i veckan', 'fyra timmar i månaden', 'per månad', 'referensskrivning', 'fler områden'],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn/personligt möte en gång per månad',
    words: ['fyran', 'nivå 4', 'lägsta nivån', 'en gång i månaden', 'månadsvis', 'bara referenser', 'referenser', 'referensskrivning', 'slutet av placeringen', 'på väg att flytta', 'ringa däremellan', 'höra av sig', 'andra insatser'],
  },
  {
    section: '000 › Referenstid',
    startsWith: '¹ Fysisk tillsyn innebär',
    words: ['fysisk tillsyn', 'vad betyder fysisk tillsyn', 'träffas', 'personligen', 'ansikte mot ansikte', 'hembesök', 'ses'],
  },
  {
    section: '000 › Referenstid',
    startsWith: '² Tillsyn innebär att boendepersonalen har kontakt',
    words: ['vad är tillsyn', 'räcker det att ringa', 'ringa', 'telefon', 'sms', 'facetime', 'videosamtal', 'digitalt'],
  },

  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    words: ['kollektiv', 'kollektivboende', 'bor i kollektiv', 'kollektivplacering', 'kollektivnivåer', 'gäller fortfarande', 'två nivåer', 'varje dag', 'dagligen', 'träffa varje dag', 'tillsyn', 'hur många timmar', 'timmar i veckan', 'bedömningsstöd'],
  },
  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    contains: 'minst 4 h i veckan',
    words: ['ettan', 'nivå 1', 'fyra timmar', 'mer än tio timmar', 'kompletterande insatser'],
  },
  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    contains: 'minst 2 h i veckan',
    words: ['tvåan', 'nivå 2', 'två till fyra timmar', 'två timmar'],
  },

  {
    section: '000 › Hantering av stödnivåer – process',
    words: ['process', 'rutin', 'vem gör vad', 'vem ansvarar', 'ansvarig', 'steg', 'hantering', 'Treserva', 'registrera', 'ändra nivå', 'byta nivå', 'höja nivån', 'sänka nivån', 'nivå 1-4'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'utreder brukarens ansökan om bistånd',
    words: ['utredning', 'utreda', 'ansökan', 'bedöma nivå', 'matchning', 'var dokumenteras nivån', 'analys och bedömning', 'inte i beslutet', 'står nivån i beslutet', 'händelse i Treserva', 'lathund', 'första nivån', 'initial nivå', 'minst en månad', 'hur länge gäller nivån', 'kommuniceras', 'akut', 'kortsiktig', 'långsiktig'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'förfrågningsunderlaget till SPINK',
    words: ['SPINK', 'förfrågan', 'förfrågningsunderlag', 'placering', 'placera', 'beställning', 'uppdraget', 'nivån i uppdraget', 'betala hyra', 'ska betala hyra', 'lägenhet'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Registrera stödnivå i Excel-fil',
    words: ['excel', 'excelfil', 'excellista', 'administrationen', 'enhetschef', 'EC', 'vem registrerar', 'inflyttning'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Vid uppstartsmötet (se insatsprocessen',
    words: ['uppstartsmöte', 'stämma av', 'minst en månad', 'ändra direkt', 'ändra tidigare', 'särskilda behov', 'första månaden'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'I underlag för uppföljning av genomförandet',
    words: ['underlag', 'uppföljningsunderlag', 'sammanfattning', 'skälen', 'varför ändra', 'ökat', 'minskat', 'förändrat behov', 'varaktighet', 'föreslå ny nivå', 'begära höjning', 'personalen föreslår'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Vid uppföljningsmötet följs stödnivån upp',
    words: ['uppföljningsmöte', 'dialog', 'när ändras nivån', 'när kan nivån ändras', 'justera', 'i samband med uppföljning'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'tar ställning till det fortsatta genomförandet',
    words: ['vem bestämmer nivån', 'sista ordet', 'personalens bedömning', 'vägas in', 'journal', 'uppföljningsdokument', 'omprövning', 'omprövningsutredning', 'dokumentera ny nivå', 'händelse i Treserva', 'samma nivå'],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ny stödnivå, och datum från när den ska gälla',
    words: ['excel', 'excelfil', 'administrationen', 'datum', 'gäller från', 'från när', 'enhetschef', 'registrera ny nivå'],
  },

  // ───────────── 001 Insatsprocess socialt boende med stöd (2021 slides) ─────────────
  {
    section: '001 › Agenda',
    words: ['agenda', 'dagordning', 'program', 'genomgång', 'presentation', 'informationsmöte', 'bakgrund', 'frågestund'],
  },
  {
    section: '001 › Praktisk information',
    words: ['chatten', 'teams', 'teamsmöte', 'mikrofon', 'kamera', 'bildspel', 'presentationen', 'powerpoint', 'ställa frågor', 'få bildspelet', 'skickas ut'],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    words: ['varför', 'bakgrund', 'kategorirådet', 'kategoriplan', 'handlingsplan', 'ekonomiska läget', 'ekonomin', 'togs fram', 'infördes', 'spara pengar', 'kostnadseffektivt', 'billigare', 'prioritering', 'öka flödet', 'flöde', 'genomströmning', 'samma håll', 'en socialtjänst', 'roller', 'gemensamma rutiner', 'myndighet och utförare'],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    words: ['syfte', 'mål med processen', 'varför processen', 'underlätta', 'handläggning', 'samverkan', 'samarbete', 'kvalitet', 'följsamhet', 'rättssäkerhet', 'likabehandling', 'lika för alla'],
  },
  {
    section: '001 › Göteborg – en stad för alla',
    words: ['likvärdig', 'lika service', 'oavsett var man bor', 'stadsdel', 'jämlik', 'samma för alla', 'en stad för alla'],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    words: ['framtagen', 'vem har tagit fram', 'vem skrev', 'arbetsgrupp', 'workshops', 'förste socialsekreterare', 'enhetschefer', 'konsult', 'remiss', 'remissrunda', 'beslutad', 'avdelningschefsnätverket', 'implementering', 'införande', 'informationstillfällen', 'tidslinje', 'när beslutades', 'deltagare'],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    words: ['hitta', 'var hittar jag', 'länk', 'intranätet', 'startsidan', 'genvägar', 'välfärdens processer', 'Spink', 'Treserva support', 'telefonkatalog', 'Tage', 'Stratsys', 'utbildningsportalen', 'alternativboende', 'webbplats'],
  },
  {
    section: '001 › Socialtjänstprocessen',
    words: ['socialtjänstprocessen', 'senaste version', 'version', 'beslutad', 'avvikelse', 'avvikelser', 'hantera avvikelse', 'rapportera avvikelse', 'när beslutad'],
  },
  {
    section: '001 › Symbolförklaringar',
    words: ['symboler', 'symbol', 'ikon', 'ikoner', 'teckenförklaring', 'vad betyder symbolen', 'part i ärendet', 'vem är part', 'chef', 'viktig tidsgräns'],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Syftet med processen är att underlätta',
    words: ['syftet med processen', 'underlätta', 'samverkan', 'kvalitet', 'följsamhet', 'myndighetsutövning'],
  },
  {
    section: '001 › Placera',
    words: ['placera', 'placering', 'placeringssteget', 'inför placering', 'material', 'mallar', 'checklista', 'SMART', 'länk stödnivå', 'vad behövs vid placering', 'skicka uppdrag'],
  },
  {
    section: '001 › Stödmaterial målformulering',
    words: ['mål', 'delmål', 'målformulering', 'formulera mål', 'skriva mål', 'SMART', 'smarta mål', 'specifikt', 'mätbart', 'accepterat', 'realistiskt', 'tidssatt', 'långsiktigt mål', 'hur vet vi', 'uppnått', 'ansvarig', 'mall', 'målmall'],
  },

  {
    section: '001 › Checklista uppdrag',
    words: ['uppdrag', 'uppdraget', 'vad ska stå i uppdraget', 'vad måste uppdraget innehålla', 'innehålla', 'checklista', 'SOSFS', 'beställning', 'saknas i uppdraget'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Namn, personnummer och andra kontaktuppgifter',
    words: ['personnummer', 'saknar personnummer', 'samordningsnummer', 'dossiernummer', 'födelsenummer', 'förväxling', 'namn', 'kontaktuppgifter', 'telefonnummer', 'papperslös'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'behov av tolk',
    words: ['tolk', 'språk', 'pratar inte svenska', 'kommunikationsstöd', 'teckenspråk'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om god man',
    words: ['god man', 'förvaltare', 'ställföreträdare', 'kontaktuppgifter god man'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om den enskilde har skyddade',
    words: ['skyddad identitet', 'skyddade personuppgifter', 'sekretessmarkering', 'hemlig adress'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken information som efter en prövning',
    words: ['återföras', 'nämnden', 'sekretess', 'sekretesslagen', 'OSL', 'vid avslut', 'information tillbaka'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'namn och kontaktuppgifter till ansvarig handläggare',
    words: ['vem är handläggare', 'handläggarens nummer', 'kontaktuppgifter soc'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Aktuell stödnivå (1-4)',
    words: ['nivå i uppdraget', 'stödnivå', 'vilken nivå'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om det finns en samordnad individuell plan',
    words: ['SIP', 'samordnad plan'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Vid lägenhetsboende ska det framgå om',
    words: ['hyra', 'betala hyra', 'lägenhet', 'hyresfri'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om den enskilde ska betala egenavgift',
    words: ['egenavgift', 'avgift', 'betala avgift', 'betalar inte avgiften', 'obetald avgift', 'jobba aktivt', 'påminna om avgiften'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Hot- och våldshistorik',
    words: ['hot', 'våld', 'våldsam', 'hotfull', 'farlig', 'aggressiv', 'säkerhet', 'tidigare våld'],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Av dokumentationen ska det framgå när uppdraget',
    words: ['när uppdraget lämnades', 'datum', 'lämnats till utföraren', 'sekretessprövning', 'dokumentera'],
  },

  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    words: ['akutboende', 'akut', 'akutplacering', 'mall', 'inledande uppdrag', 'första uppdraget', 'exempeluppdrag', 'standarduppdrag', 'mål med insatserna'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Mallen är till som en hjälp vid formulering',
    words: ['anpassa', 'individanpassa', 'förslag', 'ändra mallen', 'måste man följa mallen', 'uppstartsmötet'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Säkerställa behov av daglig tillsyn',
    words: ['varje dag', 'daglig tillsyn', 'titta till', 'kolla läget'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Genomföra boendekartläggning',
    words: ['kartläggning', 'boendekartläggning', 'kartlägga', 'hemlöshet', 'hemlös', 'komma vidare'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja och motivera till kontakt med myndigheter',
    words: ['vården', 'sjukvård', 'läkare', 'myndigheter', 'motivera'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Boendecoachning',
    words: ['boendecoach', 'söka bostad', 'leta lägenhet', 'bostadssökande'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift',
    words: ['egenavgift', 'avgift', 'underlag', 'inkomstuppgifter', 'lämna in papper', 'senast datum'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Återkoppla till socialtjänsten vid första nattens',
    words: ['sov inte hemma', 'borta över natten', 'kom inte hem', 'inte sovit där', 'frånvaro', 'natt', 'första natten', 'borta', 'försvunnen', 'oro', 'orolig', 'meddela soc', 'ringa soc', 'höra av sig till soc', 'återkoppla'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X har ”tak',
    words: ['tak över huvudet', 'någonstans att sova', 'sova', 'övernatta'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X deltar i kartläggning',
    words: ['kartläggning', 'delta', 'medverka'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk',
    words: ['missbruk', 'skademinskning', 'droger', 'alkohol', 'dricka', 'knark', 'minska skador'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet',
    words: ['drogfri', 'nykter', 'nykterhet', 'sluta dricka', 'sluta med droger'],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X ska komma vidare',
    words: ['nästa boende', 'flytta vidare', 'passande boende'],
  },

  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    words: ['kortsiktigt', 'långsiktigt', 'kort boende', 'långt boende', 'mall', 'inledande uppdrag', 'första uppdraget', 'exempeluppdrag', 'standarduppdrag', 'ny placering', 'mål med insatserna'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Mallen är till som en hjälp vid formulering',
    words: ['anpassa', 'individanpassa', 'förslag', 'ändra mallen', 'måste man följa mallen', 'uppstartsmötet'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Säkerställa behov av tillsyn och individuellt stöd',
    words: ['tillsyn', 'enligt nivå', 'stödnivå'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att planera för och flytta in',
    words: ['flytta in', 'inflyttning', 'flytt', 'möbler', 'saker som behövs', 'utrustning'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x med praktiska göromål',
    words: ['adressändring', 'ändra adress', 'flyttanmälan', 'hemförsäkring', 'försäkring', 'elavtal', 'praktiska saker vid flytt'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Gå igenom förväntningar på x avseende hyresrelaterade',
    words: ['hyra', 'hyresfrågor', 'förväntningar', 'regler', 'betala hyran', 'störa grannar', 'sköta lägenheten', 'kontrakt'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Påbörja boendekartläggning',
    words: ['kartläggning', 'boendekartläggning', 'hemlöshet', 'komma vidare'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att påbörja eller upprätthålla viktiga kontakter',
    words: ['beroendevård', 'kriminalvård', 'frivård', 'sjukvård', 'psykiatri', 'sysselsättning', 'kontakter', 'myndigheter'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift',
    words: ['egenavgift', 'avgift', 'underlag', 'inkomstuppgifter', 'lämna in papper', 'senast datum'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X har en stabil och trygg boendesituation',
    words: ['stabil', 'trygg', 'tryggt boende'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk',
    words: ['missbruk', 'skademinskning', 'droger', 'alkohol', 'dricka', 'knark'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet',
    words: ['drogfri', 'nykter', 'nykterhet', 'sluta dricka', 'sluta med droger'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd avseende fysisk och psykisk hälsa',
    words: ['hälsa', 'psykisk ohälsa', 'psykiskt', 'fysisk hälsa', 'mående', 'må bra'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X ska komma vidare till ett boende',
    words: ['nästa boende', 'flytta vidare', 'bo kvar', 'stabiliseras', 'nuvarande boende'],
  },

  {
    section: '001 › Flytta in',
    words: ['flytta in', 'inflyttning', 'inflytt', 'förbereda inflytt', 'innan inflytt', 'flyttdag', 'avvikelse', 'hantera avvikelse'],
  },
  {
    section: '001 › Flytta in och påbörja genomförande',
    words: ['flytta in', 'påbörja', 'starta', 'komma igång', 'uppstartsmöte', 'genomförandeplan', 'GP', 'efter inflytt', 'första tiden'],
  },

  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    words: ['uppstartsmöte', 'startmöte', 'första mötet', 'efter inflytt', 'vad ska tas upp', 'vad pratar man om', 'innehåll', 'agenda uppstartsmöte'],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'I samband med att den enskilde har flyttat in',
    words: ['vem deltar', 'vilka är med', 'vem ska vara med', 'soc med', 'kontaktpersonal', 'deltagare', 'när hålls'],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Syftet med mötet är att tillsammans gå igenom',
    words: ['syfte', 'varför uppstartsmöte', 'samsyn', 'konkretisera', 'gå igenom uppdraget', 'överens om målen'],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur har det fungerat i boendet sedan inflyttning',
    words: ['hur har det gått', 'fungerat', 'sedan inflytt'],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Genomgång av uppdraget och revidering',
    words: ['revidera', 'ändra uppdraget', 'justera uppdraget', 'standarduppdrag'],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Dialog kring den enskildes tankar och mål',
    words: ['mål', 'prioritera', 'önskemål', 'vad vill brukaren', 'egna mål'],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur och när ska uppföljning av insatsen ske',
    words: ['första uppföljningsmöte', 'boka uppföljning', 'boka tid', 'när följs det upp'],
  },

  {
    section: '001 › Genomförandeplan',
    words: ['GP', 'genomförandeplan', 'planen', 'skriva GP', 'upprätta', 'göra GP'],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ligger som grund',
    words: ['grund', 'planering', 'utförandet', 'varför GP'],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen tydliggör både',
    words: ['vem gör vad', 'vad när hur', 'tydliggör', 'innehåll i GP', 'vad ska stå i GP'],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Utföraren upprättar genomförandeplanen i verksamhetssystemet',
    words: ['vem skriver GP', 'vem gör GP', 'verksamhetssystem', 'Treserva', 'var skrivs GP', 'i systemet'],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Om den enskilde inte ger sitt samtycke',
    words: ['vill inte', 'vägrar', 'säger nej', 'vill inte medverka', 'inte vill vara med', 'samtycke', 'utan samtycke', 'delaktighet', 'markera', 'dokumentera'],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Den första genomförandeplanen upprättas',
    words: ['hur snabbt', 'hur lång tid', 'deadline', 'när ska GP vara klar', 'två veckor', '14 dagar', 'inom', 'revidera', 'uppdatera', 'ändra GP'],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Meddela ansvarig handläggare via meddelandefunktionen',
    words: ['meddela soc', 'meddelande', 'meddelandefunktion', 'Treserva', 'säga till soc', 'informera handläggare', 'när GP är klar'],
  },

  {
    section: '001 › Genomföra insats',
    words: ['genomföra', 'aktiviteter', 'under placeringen', 'vad gör vi under boendet', 'delar av insatsen', 'nya aktiviteter'],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendekartläggning',
    words: ['kartläggning', 'boendekartläggning', 'under utveckling'],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Motivera och stödja den enskilde',
    words: ['motivera', 'vilket stöd erbjuds', 'länk stödnivåer'],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Hantera hyresrelaterade frågor',
    words: ['hyra', 'hyresgäst', 'hyresgästens ansvar', 'boendereferenser', 'referenser', 'bo kvar', 'ta över kontraktet', 'få kontraktet', 'integrerad lägenhet', 'kommunalt kontrakt'],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendecoaching',
    words: ['boendecoach', 'boendecoaching', 'boendecoachning', 'söka bostad', 'leta bostad'],
  },

  {
    section: '001 › Checklista underlag för uppföljning',
    words: ['underlag', 'uppföljningsunderlag', 'sammanfattning', 'sammanställning', 'vad ska stå', 'vad ska vi skriva', 'skriva underlag', 'inför uppföljning', 'checklista', 'rapport till soc'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Underlag för handläggarens uppföljning dokumenteras',
    words: ['var skrivs', 'genomförandejournal', 'genomförandejournalen', 'journal', 'var dokumenteras underlaget'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – har den enskilde betalt hyra',
    words: ['hyra', 'egenavgift', 'betalt', 'hyresskuld', 'betalar inte'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Händelser av vikt',
    words: ['händelser', 'incidenter', 'vad har hänt', 'viktiga händelser'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Uppföljning av uppdraget utifrån eventuella delmål',
    words: ['mål', 'delmål', 'måluppfyllelse', 'uppnått', 'kvarstår'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – resultat av genomförd boendekartläggning',
    words: ['kartläggning', 'boendekartläggning', 'resultat'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån',
    words: ['ändra nivå', 'höja nivån', 'sänka nivån', 'föreslå nivå', 'skäl'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Tänk på att det är viktigt att den enskildes perspektiv',
    words: ['brukarens perspektiv', 'brukarens röst', 'egen uppfattning', 'vad tycker brukaren', 'hens syn'],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När sammanställningen är klar skickas meddelande',
    words: ['meddela soc', 'meddelande', 'meddelandefunktion', 'Treserva', 'underlaget är klart', 'säga till handläggaren'],
  },

  {
    section: '001 › Följa upp (handläggare)',
    words: ['följa upp', 'uppföljning', 'handläggarens uppföljning', 'uppföljningsmöte', 'checklista'],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    words: ['uppföljningsmöte', 'uppföljning', 'vad tas upp', 'vad pratar man om', 'agenda uppföljning', 'checklista', 'mål uppfyllda', 'kvarstår', 'hyra', 'egenavgift', 'ändra nivå', 'justera nivån'],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har hänt i processen',
    words: ['framsteg', 'utveckling', 'vad har gått bra', 'lyfta framsteg', 'positivt', 'bara det negativa', 'gått dåligt', 'fokus på problemen', 'det som inte fungerar'],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tid för nästa uppföljningsmöte',
    words: ['nästa möte', 'nästa uppföljning', 'boka nästa', 'ny tid'],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tänk på att det är viktigt att den enskilde ges utrymme',
    words: ['brukarens upplevelse', 'brukarens röst', 'låta brukaren prata', 'utrymme', 'vad tycker hen'],
  },
  {
    section: '001 › Avsluta',
    words: ['avsluta', 'avslut', 'flytta ut', 'utflytt', 'flytt', 'nytt boende', 'studiebesök', 'titta på nya boendet', 'följa med', 'överlämning', 'lämna över', 'nästa boende', 'flyttprocessen', 'när brukaren ska flytta'],
  },
  {
    section: '001 › Kontakt',
    words: ['kontakt', 'vem kontaktar jag', 'vem kan svara', 'frågor', 'synpunkter', 'processledare', 'utvecklingsledare', 'Maria Bäcklund', 'Stina Björstedt', 'Johanna Larsson', 'vem ansvarar för processen'],
  },

  // ───────────── 002 FFS verksamhetshandbok boendestöd (2024) ─────────────
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    words: ['vem har beslutat', 'när beslutad', 'beslutad', 'giltighet', 'giltig', 'gäller till', 'tillsvidare', 'reviderad', 'senast uppdaterad', 'diarienummer', 'dokumentansvarig', 'vem äger dokumentet', 'rutin', 'version', 'bilagor', 'FFS', 'funktionsstöd'],
  },
  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    words: ['syfte', 'varför handbok', 'rätt stöd i rätt tid', 'likvärdig', 'lika bedömning', 'lika beslut', 'heltäckande', 'täcker inte allt', 'vägledning', 'vardagsarbetet'],
  },
  {
    section: '002 › Vem omfattas av denna gemensamma verksamhetshandbok',
    words: ['vem gäller den för', 'gäller för', 'omfattas', 'socialsekreterare och utförare', 'boendestödjare', 'FFS', 'funktionsstöd', 'tills vidare', 'yrkesgrupper', 'yrkesroller', 'medarbetare'],
  },
  {
    section: '002 › Upplägg av verksamhetshandbok',
    words: ['upplägg', 'struktur', 'hur är handboken upplagd', 'sammanslagning', 'metodstöd', 'rutiner', 'vem ansvarar för revidering', 'vem uppdaterar', 'uppdatera handboken', 'revideringar', 'myndighetens ansvar', 'utförarens ansvar', 'processteg'],
  },
  {
    section: '002 › Vad är boendestöd',
    words: ['vad är boendestöd', 'definition', 'bistånd', 'socialtjänstlagen', 'SoL', '4 kap 1 §', 'vem kan få', 'vuxna', 'egen bostad', 'vandrarhem', 'inneboende', 'betydande svårigheter', 'livsföring', 'lagrum', 'paragraf'],
  },
  {
    section: '002 › Innehållet',
    words: ['innehåll', 'vad innehåller boendestöd', 'praktiskt', 'socialt', 'rehabiliterande', 'habiliterande', 'egna resurser', 'klara vardagen', 'eget ansvar', 'förmåga', 'syfte med boendestöd'],
  },
  {
    section: '002 › Platsen',
    words: ['plats', 'var ges stödet', 'hemma', 'i hemmet', 'utanför hemmet', 'ute', 'ärenden', 'följa med', 'sysselsättning', 'fritid', 'fritidsaktiviteter', 'digitalt', 'videosamtal', 'på distans'],
  },
  {
    section: '002 › Relationsaspekten',
    words: ['relation', 'tillit', 'förtroende', 'kontinuitet', 'samma personal', 'samma boendestödjare', 'göra tillsammans', 'göra åt', 'inte göra åt', 'göra själv', 'pedagogiskt', 'motiverande', 'kompensera', 'kompenserande', 'delaktighet', 'teamet'],
  },

  {
    section: '002 › Samverkan och samarbete',
    words: ['samverkan', 'samarbete', 'samarbeta', 'samverkansmodell', 'samarbetet fungerar inte', 'lyfta i linjen', 'vart lyfter man'],
  },
  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'Utgångspunkten är att majoriteten av allt internt samarbete',
    words: ['soc och boendestödjare', 'närmast', 'enat stöd', 'trygghet', 'samtycke', 'samtyckesmodul', 'samtyckesmodulen', 'anhöriga', 'prata med anhöriga', 'prata med vården', 'sjukvård', 'sekretess', 'får vi prata med', 'läsa samtycke'],
  },
  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'För den operativa samverkan mellan stödpedagoger',
    words: ['stödpedagog', '1:e socialsekreterare', 'förste socialsekreterare', 'regelbundna möten', 'mötesformer', 'stadsområde', 'enhetschefer', 'verksamhetschefer', 'samverkanssvårigheter', 'problem i samarbetet', 'funkar inte', 'konflikt', 'lyfta i linjen', 'eskalera', 'chefen', 'respekt', 'roller'],
  },

  {
    section: '002 › Socialtjänstprocessen',
    words: ['socialtjänstprocessen', 'processteg', 'steg', 'processen', 'myndighetsutövning', 'verkställighet', 'ordning', 'gemensamma steg'],
  },
  {
    section: '002 › Hantera ansökan',
    words: ['ansökan', 'ansöka', 'söka boendestöd', 'ny ansökan', 'muntligt', 'skriftligt', 'ringer och ansöker', 'datum', 'vem ansöker', 'hur många timmar', 'omfattning', 'hur länge', 'period', 'timmar per vecka'],
  },
  {
    section: '002 › Att tänka på vid anmälan om behov',
    words: ['anmälan', 'anmäla', 'orosanmälan', 'anhöriga ringer', 'vården ringer', 'någon annan ringer', 'sjukvård', 'anmälare', 'ringa tillbaka', 'lämna ut', 'sekretess', 'samtycke', 'aktualisering', 'inleda utredning', 'ansöka själv', 'inte ansökt själv'],
  },
  {
    section: '002 › Inhämta uppgifter',
    words: ['inhämta', 'uppgifter', 'samla in', 'information', 'anhöriga', 'vårdgivare', 'funktionsnedsättning', 'hur påverkar', 'situation', 'boendestödet lämnar uppgifter'],
  },

  {
    section: '002 › Inför mötet',
    words: ['inför mötet', 'förbereda', 'förberedelse', 'innan mötet'],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Inför mötet om boendestöd kan socialsekreteraren',
    words: ['broschyr', 'informationsmaterial', 'att ansöka om stöd', 'bilaga', 'skicka information', 'info om insatser'],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Det finns möjlighet att bjuda in medarbetare',
    words: ['bjuda in', 'boendestödjare med på mötet', 'delta', 'samlarproblematik', 'samlare', 'samlarteam'],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Om mötet gäller en återansökan',
    words: ['återansökan', 'förlängning', 'förlänga', 'ansöka igen', 'nytt beslut', 'GP', 'läsa GP', 'sammanställningar', 'daganteckningar', 'prata med boendestödet'],
  },

  {
    section: '002 › Under mötet',
    words: ['mötet', 'samtal', 'utredningssamtal', 'frågor att ställa', 'exempel på frågor', 'vad fråga'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Under samtalet med individen är det viktigt',
    words: ['inflytande', 'delaktig', 'vem ska vara med', 'ta med anhörig', 'välja plats', 'tolk', 'språktolk', 'AKK', 'bildstöd', 'ritprat', 'alternativ kommunikation', 'anpassa samtalet', 'egen röst'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'För att kunna ta reda på så mycket som möjligt',
    words: ['funktionstillstånd', 'nuläge', 'önskat läge', 'nyfikna frågor', 'utforskande', 'tydliga frågor', 'hur har du det'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur ser en dag ut för dig',
    words: ['en vanlig dag', 'rutiner', 'vanor'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Finns det något särskilt som stressar dig',
    words: ['stress', 'stressar', 'reagera'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Om vi ses om ett halvår',
    words: ['halvår', 'framtid', 'annorlunda'],
  },

  {
    section: '002 › Efter mötet – kommunicering av underlag',
    words: ['kommunicera', 'kommunicering', 'kommunicera utredningen', 'läsa utredningen', 'vill inte läsa', 'avböjer', 'brev', 'telefon', 'teams', 'skyldighet', 'rätt att läsa', 'innan beslut', 'journal', 'övrig information', 'inte tagit del', 'vet inte vad som står', 'underlag'],
  },

  {
    section: '002 › Att tänka på vid bedömning av tid',
    words: ['tid', 'timmar', 'hur mycket tid', 'hur många timmar', 'tidsomfattning', 'bevilja timmar', 'bedöma tid'],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer vilken tidsomfattning',
    words: ['rimlig', 'individuell bedömning', 'önskemål', 'vill ha stöd på kvällen', 'när på dagen', 'behov styr', 'styrande', 'specifik tid'],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreteraren följer upp pågående beslut',
    words: ['beslut går ut', 'förlängning', 'sammanställning', 'daganteckningar', 'hur tiden använts', 'avbokat', 'avbokningar', 'inte använt timmarna', 'oanvända timmar', 'ökat behov', 'mer tid', 'rättspraxis', 'arbetsledning', 'kollegor', 'samråd'],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer hur länge ett beslut',
    words: ['hur länge gäller beslutet', 'beslutstid', 'tidslängd', 'beslutsperiod', 'första beslutet', 'nytt ärende', 'kort beslut', 'långt beslut', 'tidsbegränsat'],
  },

  {
    section: '002 › Att tänka på om andra insatser',
    words: ['andra insatser', 'kombinera', 'kombination', 'samtidigt', 'både och'],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Ibland är det inte just insatsen boendestöd',
    words: ['trygghetslarm', 'larm', 'matdistribution', 'matlåda', 'matleverans', 'avgift', 'taxa', 'kostar', 'komplettera'],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Däremot är boendestöd och hemtjänst',
    words: ['hemtjänst', 'hemtjänst och boendestöd', 'samlad insats', 'arbetsgrupp', 'skälig levnadsnivå', 'kompetens', 'välja mellan'],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Boendestöd ska heller inte kombineras',
    words: ['socialt boende med stöd', 'SBMS', 'stödboende', 'boendestöd på boendet', 'undantag', 'flytta till eget', 'flyttprocess', 'vräkt', 'vräkning', 'behålla boendestödet', 'förändringsinriktat'],
  },

  {
    section: '002 › Att tänka på om annan huvudmans ansvar',
    words: ['huvudman', 'huvudmannaskap', 'regionen', 'sjukvårdens ansvar', 'vems ansvar', 'inte vårt ansvar', 'läkare', 'förstå läkaren', 'patientlagen', 'kommunikation', 'förklara för brukaren', 'socialtjänstens ansvar'],
  },
  {
    section: '002 › Att tänka på vid egenvård',
    words: ['egenvård', 'egenvårdsintyg', 'intyg', 'läkemedel', 'medicin', 'mediciner', 'ge medicin', 'tabletter', 'ordinerat', 'övningar', 'fysioterapeut', 'sjukgymnast', 'hälso- och sjukvård', 'HSL', 'sjukvårdsåtgärd', 'vem bedömer', 'utredningen'],
  },
  {
    section: '002 › Besluta',
    words: ['beslut', 'besluta', 'fatta beslut', 'frekvens', 'timmar och minuter', 'per vecka', 'hur skrivs beslutet', 'beslutsformulering', 'beslutslängd', 'delegationsordning', 'delegation', 'vem får besluta', '4 kap 1 §', 'SoL', 'likvärdig'],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    words: ['återkallelseförbehåll', 'återkalla', 'dra in', 'ta bort beslutet', 'ändra beslut', 'till nackdel', 'gynnande beslut', 'kortare beslut', 'sex månader', 'nya beslut', 'riktlinjen', 'meddela boendestödet', 'dialog'],
  },
  {
    section: '002 › Utforma och skicka uppdrag',
    words: ['skicka uppdrag', 'uppdrag', 'beställning', 'Treserva', 'vilken enhet', 'utförarenhet', 'vistelseområde', 'var bor brukaren', 'samlarteamets timmar', 'fördela timmar', 'vart skickas'],
  },

  {
    section: '002 › Att tänka på när uppdrag har skickats',
    words: ['efter uppdraget', 'verkställa', 'verkställighet'],
  },
  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'För att säkerställa att individens behov tillgodoses',
    words: ['skyndsamt', 'snabbt', 'starta snabbt', 'komma igång', 'bevaka', 'soc bevakar', 'genomförandejournal'],
  },
  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'Om insatsen inte har kunnat verkställas',
    words: ['IVO', 'rapportera', 'ej verkställt', 'inte verkställt', 'tre månader', 'tar för lång tid', 'inte startat', 'verkställt', 'delvis verkställt', 'meddela verkställighet', 'slutar ta emot', 'vill inte ha stödet', 'tackar nej', 'förändringar'],
  },

  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    words: ['snabbt', 'bråttom', 'akut', 'brådskande', 'snabbare hantering', 'prioritera'],
  },
  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'Vid akuta och/eller nya behov',
    words: ['vräkning', 'vräkningsförebyggande', 'hotad vräkning', 'avhysning', 'utskrivning', 'skrivs ut', 'sjukhus', 'sjukhusvistelse', 'vårdplanering', 'hemgång', 'komma hem från sjukhuset', 'kontinuitet'],
  },
  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'För uppdrag som kräver tätare uppföljningar',
    words: ['tätare uppföljning', 'oftare uppföljning', 'stödpedagog', 'meddelande', 'Treserva', 'psykiatrisk tvångsvård', 'öppen tvångsvård', 'ÖPT', 'rättspsykiatrisk vård', 'ÖRV', 'barn', 'barn och unga', 'barnets bästa', 'samlarteam', 'var tredje månad'],
  },

  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    words: ['sekretessmarkering', 'sekretessmarkerad', 'sekretess', 'skyddad identitet', 'skyddade personuppgifter', 'hemlig adress'],
  },
  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    startsWith: 'Förste socialsekreterare på myndighetsenheten',
    words: ['behörighet', 'beställa behörighet', 'kan inte se ärendet', 'syns inte i Treserva', 'vem utser', 'förste socialsekreterare', 'enhetschef', 'stödpedagog', 'arbetsdagar', 'hur lång tid', 'snarast'],
  },
  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    startsWith: 'Socialekreterare ansvarar för att tydligt informera',
    words: ['anpassningar', 'skydd', 'aktiviteter', 'deltagarlistor', 'kommunikationssätt', 'tolk', 'anhöriga', 'rutin för skyddade personuppgifter'],
  },

  {
    section: '002 › Planera genomförande',
    words: ['planera', 'planering', 'nytt uppdrag', 'nya uppdrag', 'när uppdraget kommer'],
  },
  {
    section: '002 › Planera genomförande',
    startsWith: 'Boendestödet ska påbörja planeringen av nya uppdrag',
    words: ['skyndsamt', 'läsa uppdraget', 'osäkerhet', 'oklart uppdrag', 'kartläggning', 'samlarteam', 'kontakta samlarteamet', 'sändlista', 'mejla samlarteamet', 'mejladress'],
  },
  {
    section: '002 › Planera genomförande',
    startsWith: 'Boendestödet ska därefter förbereda vilka individstödande',
    words: ['metoder', 'aktiviteter', 'var ska vi ses', 'var träffas', 'plats', 'digitalt', 'hemma', 'kontoret', 'allmän plats', 'café', 'utanför hemmet'],
  },

  {
    section: '002 › Att verkställa beslutat bistånd',
    words: ['verkställa', 'verkställighet', 'starta insatsen', 'komma igång'],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Boendestödet tar kontakt med individen inom tre vardagar',
    words: ['första kontakt', 'kontakta brukaren', 'ringa brukaren', 'hur snabbt', 'tre dagar', 'schema', 'schemalägga', 'dagtid', 'vardagar', 'kvällar', 'helger', 'boka uppstartsmöte', 'när på dagen'],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'I samband med att uppdraget inkommit startar',
    words: ['genomförandejournal', 'starta journal', 'stödpedagog', 'dokumentera', 'fördela', 'fördelas', 'kontaktpersonal', 'samlarteam', 'tre timmar', 'FFS SÖ'],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Verkställande bör ske skyndsamt men senast',
    words: ['hur snabbt', 'deadline', 'senast', 'en månad', 'verkställighetsdatum', 'när räknas verkställt', 'börjar ta emot', 'uppstartsmöte', 'startdatum'],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Om boendestödet inte får kontakt med individen',
    words: ['når inte', 'svarar inte', 'får inte tag på', 'avbokar', 'ställer in', 'upprepade försök', 'hur många försök', 'meddela soc', 'anhöriga'],
  },

  {
    section: '002 › Uppstartsmöte',
    words: ['uppstartsmöte', 'startmöte', 'första mötet'],
  },
  {
    section: '002 › Uppstartsmöte',
    startsWith: 'Vid uppstartsmötet informerar boendestödet',
    words: ['arbetssätt', 'informera', 'gå igenom uppdraget', 'påbörja GP', 'GP', 'kontaktpersonal', 'nästa tillfälle'],
  },
  {
    section: '002 › Uppstartsmöte',
    startsWith: 'I undantagsfall kan socialsekreteraren delta',
    words: ['ska soc vara med', 'soc med', 'handläggare delta', 'vem deltar', 'undantag', 'nya ärenden', 'komplexa ärenden', 'snabbt'],
  },

  {
    section: '002 › Genomförandeplan',
    words: ['GP', 'genomförandeplan', 'planen'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ska påbörjas omgående',
    words: ['när ska GP vara klar', 'hur snabbt', 'hur lång tid har vi', 'deadline', 'fyra veckor', 'verkställighetsdatum', 'påbörja', 'omgående'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Individens deltagande i utformningen',
    words: ['delaktighet', 'brukaren med', 'inflytande', 'självbestämmande', 'andra deltar', 'anhörig med', 'vem får vara med', 'bjuda in'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Boendestödet ska undersöka om det finns andra planer',
    words: ['andra planer', 'SIP', 'samordnad individuell plan', 'daglig verksamhet', 'IPS', 'samlarteam', 'samordna', 'vårdplan'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Boendestödet ska ha en förståelse för att varje individs',
    words: ['funktionsnedsättning', 'kunskap', 'individstödande aktiviteter', 'struktur', 'aktiviteter', 'unik'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Att skapa SMARTA',
    words: ['SMART', 'smarta mål', 'delmål', 'mål', 'livsområde', 'mätbara', 'arbetsmetod', 'bemötande', 'hur vill brukaren bli bemött', 'mäta framsteg'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'I genomförandeplanen bör en krisplan inkluderas',
    words: ['krisplan', 'kris', 'mår dåligt', 'försämring', 'blir sämre', 'vem ska kontaktas', 'samtycke', 'anhöriga', 'kopia', 'ge kopia', 'få en kopia', 'meddela teamet', 'meddela soc', 'färdig'],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Om individen ingår i samlarteamet och samtidigt',
    words: ['samlarteam', 'samlare', 'notering', 'två planer', 'vem skriver GP', 'ordinarie boendestöd'],
  },

  {
    section: '002 › Individstödande aktiviteter',
    words: ['IBIC', 'livsområden', 'aktiviteter', 'exempel', 'vad kan vi hjälpa till med', 'vad kan boendestödet göra', 'tabell'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Lärande och att tillämpa kunskap',
    words: ['lärande', 'lösa problem', 'problemlösning', 'fatta beslut', 'strategier', 'rutiner'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Allmänna uppgifter och krav',
    words: ['stress', 'dagliga rutiner', 'vardagsstruktur', 'struktur', 'minne', 'glömmer', 'kognitiva hjälpmedel', 'tidsplanering', 'kalender', 'samlarsyndrom'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'hur individen tar emot information',
    words: ['kommunikation', 'kommunicera', 'kommunikationshjälpmedel', 'hjälpmedel', 'uttrycka sig'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Förflyttning till exempel',
    words: ['förflyttning', 'ta sig fram', 'åka buss', 'kollektivtrafik', 'hitta', 'karta', 'ToGo', 'reseapp', 'elsparkcykel', 'cykel', 'färdtjänst', 'sjukresor', 'bostadsanpassning', 'hjälpmedel', 'rullator', 'finmotorik'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Personlig vård handlar om',
    words: ['hygien', 'personlig hygien', 'duscha', 'tvätta sig', 'hälsa', 'ta hand om kroppen', 'säkerhet'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Hemliv handlar om',
    words: ['hemliv', 'städa', 'handla', 'laga mat', 'tvätta', 'felanmälan', 'hyresvärd', 'bovärd', 'sanering', 'saneringsföretag', 'ohyra', 'vägglöss', 'störningsjouren', 'vräkning', 'ekonomiskt bistånd', 'söka bostad', 'bostadskö', 'boplats', 'barn', 'sambo', 'gympaväska'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Mellanmänskliga interaktioner',
    words: ['relationer', 'vänner', 'ensam', 'ensamhet', 'isolering', 'social isolering', 'umgås', 'söka bidrag', 'söka vård', 'vårdbesök', 'sociala berättelser', 'nya sammanhang'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Utbildning, arbete, sysselsättning och ekonomiskt liv',
    words: ['jobb', 'arbete', 'söka jobb', 'utbildning', 'studier', 'IPS', 'arbetsspecialist', 'Finsam', 'pengar', 'ekonomi', 'budget', 'hushållsbudget', 'räkningar', 'betala hyran', 'autogiro', 'försörjningsstöd', 'socialbidrag', 'ekonomiskt bistånd', 'god man', 'förvaltare', 'skulder', 'skuldrådgivning', 'konsumentrådgivning'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Samhällsgemenskap, socialt och medborgerligt liv',
    words: ['fritid', 'fritidsaktiviteter', 'aktivitetshus', 'friskvårdsklubben', 'stödgrupp', 'brukarförening', 'peer support', 'rösta', 'valet', 'allmänna val', 'föreningar'],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Känsla av trygghet',
    words: ['trygghet', 'otrygg', 'rädd', 'orolig', 'känna sig trygg'],
  },

  {
    section: '002 › Utföra uppdrag enligt genomförandeplan',
    words: ['följa GP', 'enligt planen', 'förändrat behov', 'behov ändras', 'behöver mer stöd', 'behöver mindre stöd', 'ändra beslutet', 'kontakta soc', 'uppmuntra brukaren', 'ställföreträdare', 'god man', 'förvaltare', 'behöver god man', 'inte längre lämplig'],
  },
  {
    section: '002 › Att tänka på under genomförandet',
    words: ['under genomförandet', 'pågående insats', 'förändringar'],
  },
  {
    section: '002 › Att tänka på under genomförandet',
    startsWith: 'Individens behov det vill säga',
    words: ['varierar', 'variera', 'svängningar', 'perioder', 'dåliga perioder', 'flexibilitet', 'flexibel', 'tar inte emot stöd', 'tiden räcker inte', 'kompenserande', 'stödpedagog', 'förändrade behov', 'ändrat behov', 'meddela soc', 'analysera', 'sammanställa'],
  },
  {
    section: '002 › Att tänka på under genomförandet',
    startsWith: 'Om individen inte är hemma/svarar',
    words: ['inte hemma', 'öppnar inte', 'svarar inte', 'inte avbokat', 'uteblir', 'missat besök', '3-dagarsrutinen', 'tredagarsrutin', 'tre dagar', 'borta'],
  },
  {
    section: '002 › Om individen är frånvarande',
    words: ['frånvarande', 'frånvaro', 'borta'],
  },
  {
    section: '002 › Om individen är frånvarande',
    startsWith: 'I de fall individen kommer vara frånvarande under en tid',
    words: ['pausa', 'paus', 'uppehåll', 'vilande', 'resa bort', 'semester', 'utomlands', 'åka bort', 'borta länge', 'en månad', 'avsluta', 'återta ansökan', 'går inte att nå', 'omprövning', 'återkallelseförbehåll'],
  },
  {
    section: '002 › Om individen är frånvarande',
    startsWith: 'I de fall individen blir inlagd på sjukhus',
    words: ['sjukhus', 'inlagd', 'inläggning', 'akuten', 'psyk', 'psykiatrisk avdelning', 'utskrivning', 'skrivs ut', 'vem meddelar', 'meddela soc', 'pausas', 'avslutas inte', 'SAMSA', 'hur länge pausa'],
  },
  {
    section: '002 › Metoder och förhållningssätt',
    words: ['metod', 'metoder', 'förhållningssätt', 'arbetssätt', 'tydliggörande pedagogik', 'AKK', 'tolk', 'förutsägbarhet', 'känna till GP', 'hur många boendestödjare', 'minst två', 'få personer', 'samma personal', 'tränande', 'stödjande', 'lära ut', 'strategier', 'kompensera', 'göra åt', 'kontinuitet'],
  },
  {
    section: '002 › Ett Självständigt Liv (ESL)',
    words: ['ESL', 'ett självständigt liv', 'socialpedagogisk', 'metod', 'teman', 'medicin', 'sårbarhet', 'återfall', 'återinsjuknande', 'missbruk', 'samsjuklighet', 'sömn', 'hygien', 'problemlösning', 'aktivitetsplanering', 'rollspel', 'filmer', 'hemuppgifter', 'grupp', 'material'],
  },
  {
    section: '002 › Motiverande samtal (MI)',
    words: ['MI', 'motiverande samtal', 'motivera', 'motivation', 'samtalsmetod', 'samtalsteknik', 'förändring', 'ambivalens', 'egna argument', 'socialstyrelsen'],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    words: ['LAB', 'lågaffektivt', 'lågaffektivt bemötande', 'bemötande', 'utåtagerande', 'arg', 'aggressiv', 'hotfull', 'våldsam', 'konflikt', 'bråk', 'trappa ned', 'lugna', 'utbrott', 'problemskapande beteende', 'Hejlskov'],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Ansvarsprincipen',
    words: ['ansvarsprincipen', 'ansvar', 'frustration'],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Kontrollprincipen',
    words: ['kontrollprincipen', 'självkontroll', 'tappa kontrollen'],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Principen om affektsmitta',
    words: ['affektsmitta', 'smittar', 'behålla lugnet', 'vara lugn', 'egna känslor'],
  },

  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    words: ['egenvård', 'egenvårdsintyg', 'läkemedel', 'medicin', 'mediciner'],
  },
  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    startsWith: 'Det är personal inom hälso-och sjukvård som bedömer',
    words: ['påminna', 'komma ihåg medicinen', 'glömmer medicin', 'strategier', 'träningsprogram', 'arbetsterapeut', 'fysioterapeut', 'inget intyg', 'utan intyg'],
  },
  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    startsWith: 'I de fall där individen har läkemedel som kräver hantering',
    words: ['ge medicin', 'dela ut medicin', 'får vi ge', 'dosett', 'Buccolam', 'epilepsi', 'anfall', 'kramp', 'ordinerande läkare', 'läkare', 'instruktioner', 'riskbedömning', 'enhetschef', 'planering'],
  },

  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    words: ['samlarteam', 'samlare', 'samlarsyndrom', 'samlarproblematik', 'hoarding'],
  },
  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    startsWith: 'Samlarteamet är ett specialiserat boendestödsteam',
    words: ['fullt med saker', 'mycket saker', 'rensa', 'gallra', 'slänga', 'hela staden', 'maxkapacitet', 'hur många ärenden', 'kö', 'förråd', 'källare', 'garage', 'trädgård', 'KBT', 'ERP', 'exponering', 'hemuppgifter', 'i par', 'två personer', 'hur länge', 'tre månader', 'timmar i veckan', 'motivation', 'vilja', 'informationsmöte', 'CIR', 'clutter image rating', 'skriftlig överenskommelse', 'vidmakthållandeplan', 'avslut', 'konsultera', 'parallellt', 'ordinarie boendestöd'],
  },
  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    startsWith: 'Följande checklista bör användas',
    words: ['checklista', 'hur många ja', 'två till tre', 'kontakta samlarteamet', 'hur kontaktar', 'sändlista', 'mejl', 'mejladress', 'FFS SÖ', 'Treserva', 'skicka till samlarteamet', 'anmäla till samlarteamet'],
  },

  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    words: ['checklista', 'frågor', 'självskattning', 'rekommendera', 'ja eller nej', 'känner igen sig', 'samlarteam', 'samlare'],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårt att använda ett eller flera rum',
    words: ['kan inte använda köket', 'rum', 'fullt med saker', 'belamrat', 'kan inte sova i sängen', 'saker i vägen', 'kommer inte in'],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'får ångest eller känner mig ledsen',
    words: ['ångest', 'ledsen', 'mår dåligt', 'svårt att slänga', 'göra sig av med'],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårt att motstå att köpa saker',
    words: ['köper', 'shoppar', 'köpa saker', 'plockar hem', 'tar hem saker', 'soprum', 'samlar på sig'],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'Mängden av saker i mitt hem orsakar problem',
    words: ['hälsa', 'ekonomi', 'relationer', 'familj', 'konsekvenser', 'problem hemma'],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'fatta beslut om vad jag ska slänga',
    words: ['slänga', 'behålla', 'kan inte välja', 'svårt att slänga', 'sortera', 'bestämma sig'],
  },

  {
    section: '002 › Daganteckningar',
    words: ['daganteckningar', 'dagsanteckningar', 'dagboksanteckningar', 'anteckningar', 'indirekt dokumentation', 'skriva anteckningar', 'vem skriver', 'vikarier', 'alla boendestödjare', 'regelbundet', 'vad ska stå', 'avbokningar', 'sjukhusinläggning', 'hjälpmedel', 'välfärdsteknik', 'arbetsmaterial', 'radera', 'ta bort', 'slänga', 'spara', 'sparas', 'hur länge behålla', 'hur länge spara', 'rensa', 'journal', 'överföra', 'sammanställa', 'klagomål', 'klagar', 'missnöjd', 'målarbete', 'Treserva'],
  },
  {
    section: '002 › Sammanställningar av daganteckningar',
    words: ['sammanställning', 'sammanställa', 'sammanfatta'],
  },
  {
    section: '002 › Sammanställningar av daganteckningar',
    startsWith: 'Sammanställningen av daganteckningar möjliggör',
    words: ['hur ofta', 'var tredje månad', '89 dagar', 'tre månader', 'journal', 'föra över', 'överföra', 'revidera GP', 'uppdatera GP', 'utvärdering', 'inför uppföljning', 'underlag till soc', 'deadline', 'oftare'],
  },
  {
    section: '002 › Sammanställningar av daganteckningar',
    startsWith: 'Samlarteamet för anteckningar direkt',
    words: ['samlarteam', 'genomförandejournal', 'anteckningar', 'utvärderas', 'tre månader', 'varje tillfälle', 'tillsammans med soc'],
  },
  {
    section: '002 › Avsluta och utvärdera ärendet',
    words: ['avsluta', 'avslut', 'avsluta ärendet', 'avslutas', 'stänga ärendet', 'när insatsen upphör', 'utvärdera', 'slutanteckning', 'skäl', 'dokumentation', 'SOSFS', 'meddela boendestödet', 'skyndsamt', 'Treserva'],
  },

  // ───────────── 003 Stödnivåer – lägenhetsboende (2025: låg, medel, hög) ─────────────
  {
    section: '003 › Syftet med dokumentet',
    words: ['syfte', 'vad är dokumentet till för', 'stödmaterial', 'fyra socialförvaltningarna', 'FFS', 'funktionsstöd', 'interna utförare', 'externa utförare', 'lägenhetsboende', 'nya nivåerna', 'bedömning', 'hantering'],
  },
  {
    section: '003 › Stödnivåer',
    words: ['låg', 'medel', 'hög', 'nya nivåerna', 'lägenhet', 'lägenhetsboende'],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Från och med 1 april 2025',
    words: ['sedan när', 'infördes', 'från när', 'april 2025', 'vilka nivåer finns', 'tre nivåer', 'egen regi', 'externa leverantörer', 'ramavtal', 'privata boenden'],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Stödnivåerna avser omfattningen på det individuella stöd',
    words: ['vad mäter nivån', 'hur mycket stöd', 'flexibla', 'bo kvar', 'behöver inte flytta', 'ökat behov', 'minskat behov', 'vem bestämmer nivån', 'vem bedömer nivån', 'personalens bedömning', 'väga in', 'antal besök', 'hur många besök', 'bestämma besöken själva', 'planera besöken', 'utforma genomförandet', 'inom ramen'],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan vara aktuella under hela placeringstiden',
    words: ['börja på hög', 'börja på låg', 'starta på', 'vid inflytt', 'första nivån', 'vilken nivå först', 'hela placeringen'],
  },
  {
    section: '003 › Boendereferenser',
    words: ['referens', 'referenser', 'boendereferens', 'hyresreferens', 'få referens', 'alla nivåer', 'oavsett nivå', 'referens på låg nivå', 'hyresgästansvar', 'sköter sig', 'betalar hyran', 'självständigt', 'intyg från hyresvärd'],
  },

  {
    section: '003 › Individuellt stöd',
    words: ['vad ingår', 'vad gör vi', 'vad innehåller stödet', 'individuellt stöd', 'arbetsuppgifter'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Insatserna på boendet ska vara individuellt utformade',
    words: ['individuellt utformat', 'pedagogisk', 'praktisk', 'klara vardagen', 'förbereda', 'eget boende', 'flytta till eget', 'övergång', 'annan boendeform'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Om den enskildes behov visar sig vara mer omfattande',
    words: ['hemtjänst', 'kompletterande hemtjänst', 'särskilt boende', 'mer stöd', 'räcker inte', 'omvårdnad', 'omvårdnadsinsatser', 'ingår inte', 'hygienhjälp', 'hjälpa att duscha'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stödet till den enskilde utgår från den enskildes behov',
    words: ['uppdraget', 'vad står i uppdraget', 'utgår från behov', 'vad ska stödet bestå av'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Motiverande samtal med den enskilde som syftar',
    words: ['MI', 'motivera', 'motivationssamtal', 'struktur på vardagen', 'droger', 'knark', 'missbruk', 'självständighet', 'ta emot hjälp', 'vården'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stöd till den enskilde att sköta sin vardagsekonomi',
    words: ['ekonomi', 'pengar', 'räkningar', 'post', 'brev', 'öppna brev', 'blanketter', 'fylla i', 'papper', 'bokade tider', 'hålla koll på tider', 'missar möten'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Möjliggöra och ge stöd till den enskilde vid kontakt',
    words: ['myndighetskontakt', 'följa med', 'följa med till läkaren', 'sjukvård', 'vårdcentral', 'andra insatser'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Arbeta för att de olika aktörerna samverkar',
    words: ['SIP', 'sip-möte', 'samordna', 'samordnad plan', 'samverkan', 'aktörer', 'kalla till SIP'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stödja den enskilde till sysselsättning/arbete',
    words: ['jobb', 'arbete', 'sysselsättning', 'daglig verksamhet', 'praktik', 'utanför boendet', 'fristående', 'inte boendets egen verksamhet'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Boendecoachning, dvs',
    words: ['boendecoach', 'boendecoachning', 'söka bostad', 'leta lägenhet', 'bostadskö', 'boplats', 'bostadsförmedling', 'bostadssajter', 'förstahand', 'andrahand', 'inneboende', 'hyresvärdar', 'visning', 'boka visning', 'registrera sig'],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Under pågående referensperiod',
    words: ['referensperiod', 'referenser', 'kontroll', 'kontrollera', 'kolla hyran', 'hyresinbetalning', 'betalar hyran', 'lägenhetskontroll', 'sköter lägenheten', 'städat', 'regler', 'hyreslagen'],
  },
  {
    section: '003 › Individuellt stöd',
    contains: 'Social dokumentation',
    words: ['räknas', 'räknas in i nivån', 'räknas inte', 'nivåbedömas', 'brukartid', 'direkt tid', 'indirekt tid', 'restid', 'resa', 'bilen', 'köra', 'skjutsa', 'transporttid', 'dokumentera', 'journal', 'skriva anteckningar', 'planering', 'telefonsamtal', 'ringa', 'sms', 'mejl', 'hembesök', 'ärenden', 'praktiskt stöd', 'räknas telefonsamtal', 'räknas körtid'],
  },

  {
    section: '003 › Bedömningsstöd för stödnivåer',
    words: ['bedömningsstöd', 'tillsyn', 'fysisk tillsyn', 'hur ofta', 'hur ofta träffa', 'hur många timmar', 'timmar i veckan', 'låg medel hög', 'lägenhet'],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'varannan vecka',
    words: ['låg', 'låg nivå', 'lägsta nivån', 'varannan vecka', 'en timme', 'referenser', 'bara referenser', 'referensskrivning', 'slutet av placeringen', 'andra insatser', 'boendecoachning', 'träffa personligen', 'personligen'],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'upp till tre (3) timmar',
    words: ['medel', 'mellannivå', 'mellan', 'en till två gånger i veckan', 'en gång i veckan', 'två gånger i veckan', 'tre timmar'],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'Kontakt ska tas varje dag varav fysisk',
    words: ['hög', 'hög nivå', 'högsta nivån', 'varje dag', 'dagligen', 'kontakt varje dag', 'helger', 'helgdagar', 'röda dagar', 'veckodag', 'inte bara vardagar', 'ringa', 'telefon', 'sms', 'videosamtal', 'facetime', 'två till tre gånger', 'sex timmar', 'mer än sex timmar', 'kompletterande insatser'],
  },

  {
    section: '003 › Hantering av stödnivåer – process',
    words: ['process', 'rutin', 'vem gör vad', 'vem ansvarar', 'ansvarig', 'steg', 'hantering', 'Treserva', 'registrera', 'ändra nivå', 'byta nivå', 'höja nivån', 'sänka nivån', 'låg medel hög'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'utreder brukarens ansökan om insats i form av boende',
    words: ['utredning', 'utreda', 'ansökan', 'bedöma nivå', 'matchning', 'var dokumenteras nivån', 'analys och bedömning', 'inte i beslutet', 'händelse i Treserva', 'FFS', 'funktionsstöd', 'FH', 'FH lägenhetsboende', 'intern', 'extern', 'lathund', 'initial nivå', 'minst en månad', 'hur länge gäller nivån', 'kommuniceras'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'förfrågningsunderlaget till Spink',
    words: ['Spink', 'förfrågan', 'förfrågningsunderlag', 'placering', 'placera', 'beställning', 'uppdraget', 'nivån i uppdraget', 'betala hyra', 'från vilket datum', 'startdatum', 'hyresstart', 'externa leverantörer', 'avtal', 'interna'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Registrera stödnivå i Excelfil',
    words: ['excel', 'excelfil', 'excellista', 'administrationen', 'enhetschef', 'EC', 'vem registrerar', 'inflyttning'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Vid uppstartsmötet (se insatsprocessen',
    words: ['uppstartsmöte', 'stämma av', 'minst en månad', 'ändra direkt', 'ändra tidigare', 'första månaden'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'I underlag för uppföljning av genomförandet',
    words: ['underlag', 'uppföljningsunderlag', 'sammanfattning', 'skälen', 'varför ändra', 'ökat', 'minskat', 'förändrat behov', 'varaktighet', 'föreslå ny nivå', 'begära höjning', 'personalen föreslår'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Vid uppföljningsmötet följs stödnivån upp',
    words: ['uppföljningsmöte', 'dialog', 'när ändras nivån', 'när kan nivån ändras', 'justera', 'i samband med uppföljning', 'särskilda behov'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'tar ställning till det fortsatta genomförandet',
    words: ['vem bestämmer nivån', 'sista ordet', 'personalens bedömning', 'vägas in', 'journal', 'uppföljningsdokument', 'dokumentera ny nivå', 'händelse i Treserva', 'samma nivå'],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ny stödnivå, och datum från när den ska gälla',
    words: ['excel', 'excelfil', 'administrationen', 'datum', 'gäller från', 'från när', 'enhetschef', 'registrera ny nivå'],
  },

  // ───────────── 004 Boendestöd på stödboende (project proposal 2009, background) ─────────────
  {
    section: '004 › Boendestöd på stödboende',
    words: ['stadsledningskontoret', 'förnyelseavdelningen', 'bilaga 6', 'bilaga', 'projektförslag', 'gamla projektet', 'stödboendeprojektet'],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    words: ['bakgrund', 'varför projektet', 'projektets bakgrund'],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'I Socialstyrelsens riktlinjer',
    words: ['socialstyrelsen', 'riktlinjer', 'missbruksvård', 'effektivare', 'institutionsvård', 'öppenvård', 'budgetläge', 'ekonomi', 'kritik', 'oklara metoder'],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Socialtjänst- och arbetsmarknadsförvaltningen genomför',
    words: ['omorganisation', 'omstrukturering', 'verksamhetsområden', '12 verksamhetsområden', 'akutboende', 'äldreboende', 'behandlingshem', 'utsluss', 'september 2009'],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Projektet innebär att Boende- och behandlingsenheten',
    words: ['syfte med projektet', 'kortare vistelse', 'vistelsetid', 'snabbare övergång', 'eget boende', 'självständigt boende', 'vad menas med boendestöd', 'hushållsgöromål', 'städa', 'handla', 'bädda', 'vardagsekonomi', 'nätverk', 'samma personal', 'tre boendestödjare', 'psykiatri', 'missbruksvård', 'göra tillsammans'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    words: ['nuläge', 'nulägesbeskrivning', 'lågtröskelboende', 'lågtröskel'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Förvaltningen driver idag fem stödboenden',
    words: ['fem stödboenden', 'drogtolerans', 'påverkad', 'får man vara påverkad', 'stanna kvar', 'lära sig bo', 'komma hem på kvällen', 'tio år', 'alternativ'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Dessa intentioner kan sägas ha uppfyllts',
    words: ['problem', 'bekymmer', 'stökig', 'utåtagerande', 'aktivt missbruk', 'personal dygnet runt', 'dygnet runt', 'bemanning', 'dyrt', 'kostsamt', 'ingen förändring', 'Enheten för hemlösa', 'stadsdelar'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Olika försök att arbeta med strukturerade handlingsplaner',
    words: ['handlingsplan', 'arbetsplan', 'saknas plan', 'fullföljer inte', 'hopplöshet', 'psykisk sjukdom', 'samverkan', 'beroendevård', 'psykiatri'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Erfarenheter av boendestöd riktat även till',
    words: ['erfarenheter', 'goda resultat', 'fungerar boendestöd', 'psykiatrisk problematik', 'tungt missbruk', 'vardagsstöd', 'motivation', 'inspiration'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Inför Boende- och behandlingsenhetens nya organisation',
    words: ['blockförhyrningar', 'blockhyra', 'boendestödjare i egna lägenheter', 'organisation', 'verksamhetsområde 12', 'dela upp'],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Relativt dyra alternativ',
    words: ['dyrt', 'kostnad', 'lägre kostnad', 'billigare', 'personaltäta', 'köpare', 'kvalificerat boendestöd', 'eget boende'],
  },

  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    words: ['projektbeskrivning', 'projektidé', 'hur ska projektet fungera', 'planerat projekt'],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet är tänkt att fungera som ett kompletterande',
    words: ['komplement', 'kompletterande alternativ', 'träningslägenheter', 'stadsdelarnas boendestödjare', 'länk', 'vårdadministratör', 'motivationsarbete', 'jämföra kostnader', 'kund'],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Man brukar ha som en tumregel',
    words: ['tumregel', 'hur många besök', 'max', 'maximal', 'tre gånger i veckan', 'fyra besök', 'institution', 'när institution', 'gräns', 'för mycket stöd'],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet syftar till att minska antalet',
    words: ['institution', 'långa tider', 'minska', 'flera år'],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'I en idealisk situation',
    words: ['träningslägenhet', 'försökslägenhet', 'eget kontrakt', 'överta', 'ta över lägenheten', 'kontrakt', 'kontinuitet', 'kvalitet'],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet förläggs till en av',
    words: ['stegen', 'flytta till träningslägenhet', 'intensivare', 'återfall', 'tillbaka till stödboendet', 'försöksboende', 'ta över boendestödet', 'köpa boendestöd', 'placerande enhet', 'efter projektet', 'samma boendestödjare'],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektets huvudsakliga verktyg',
    words: ['verktyg', 'arbetsplan', 'handlingsplan', 'plan'],
  },

  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    words: ['nytta', 'effekt', 'vinst', 'varför projektet', 'resultat'],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Det finns en grupp omvårdnadskrävande',
    words: ['omvårdnadskrävande', 'institutionsvård behövs', 'dyr boendeform', 'kortare boendetid', 'korta boendetiderna', 'målgrupp'],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Låtröskelboenden skulle med boendestödjare',
    words: ['lågtröskelboende', 'kedja', 'sammanhållen', 'inledande insatser'],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Många är de projekt och försök',
    words: ['case management', 'en person', 'vårdadministration', 'samordnare', 'identifiera', 'servicenivå', 'kan bo själv', 'kan inte bo'],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Av stor vikt är att i arbetsplanen',
    words: ['hyresskulder', 'hyresskuld', 'obetald hyra', 'kontakt med soc', 'arbetsplan', 'framtidens stödboenden', 'försökslägenheter', 'tre boendestödjare'],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'I projektet ingår också',
    words: ['bostadsförmedlingen', 'boplats', 'allmännyttan', 'bostadsbolag', 'hyresvärdar', 'samarbete'],
  },
  {
    section: '004 › 2.1 Intern effektivisering',
    words: ['intern effektivisering', 'effektivisera', 'mål med projektet', 'institution', 'träningslägenhet', 'försökslägenhet', 'eget kontrakt', 'vårdbudget', 'omfördela', 'budget', 'pengar', 'lägre kostnad', 'komma ur hemlöshet', 'fler klienter', 'kapacitet'],
  },
  {
    section: '004 › 2.2 Nollalternativ',
    words: ['nollalternativ', 'om inget görs', 'utan projektet', 'konsekvenser', 'lägga ner', 'stänga', 'för dyra', 'hotellhem', 'korridorer', 'hotell'],
  },
  {
    section: '004 › 3.1 Omfattning',
    words: ['omfattning', 'projektets omfattning'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna arbetar företrädesvis morgnar',
    words: ['arbetstider', 'morgon', 'morgnar', 'förmiddag', 'när jobbar', 'vilka tider', 'kaffe', 'reflektion', 'nykter', 'bästa tiden'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna har ett särskilt ansvar att samverka',
    words: ['samverka', 'placerande socialsekreterare', 'informera', 'stadsdelar', 'kranskommuner', 'verksamhetsledare', 'område 12', 'Enheten för hemlösa'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Tre boendestödjare anställs',
    words: ['anställs', 'hur många boendestödjare', 'vem får plats', 'vilka klienter', 'målgrupp', 'arbetsplan', 'handlingsplan', 'livsområden', 'fyra livsområden', 'beroendevård', 'psykiatri'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyran är viktigast',
    words: ['hyran', 'betala hyran', 'viktigast'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyreslagen gäller',
    words: ['hyreslagen', 'regler'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'vilka behandlingsresurser som krävs',
    words: ['behandling', 'behandlingsresurser'],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: '”jag ska kunna ha klienten som granne”',
    words: ['granne', 'grannar', 'störa grannar', 'skötsam'],
  },
  {
    section: '004 › Benchmarking',
    words: ['benchmarking', 'jämförelse', 'andra projekt', 'Gungnergruppen', 'Spindelprojektet', 'samverkan', 'huvudmän', 'rapporter', 'egna lägenheter', 'missbruk', 'psykiska problem', 'tydlig struktur', 'metoder'],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    words: ['förutsättningar', 'lyckas', 'krav för att lyckas'],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Om resultatet av projektet blir gott',
    words: ['permanent', 'arbetsmodell', 'verksamhetsledare', 'område 12', 'ansvarig för projektet', 'rutiner', 'köpa tjänster', 'stadsdelar fortsätter köpa'],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Projektet ska ha en styrgrupp',
    words: ['styrgrupp', 'vem styr', 'chefen', 'representanter'],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'I det dagliga arbetet har verksamhetsområdeschefen',
    words: ['verksamhetsområdeschef', 'följa metoden', 'delrapporter', 'rapportera', 'redovisas', 'förankras'],
  },
  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    words: ['evidens', 'evidensbaserat', 'forskning', 'vetenskapligt stöd', 'IMS', 'socialstyrelsen', 'supported employment', 'ACT', 'case management', 'familjeinterventioner', 'forskningsbehov', 'saknas kunskap', 'fungerar boendestöd', 'erfarenheter', 'Enheten för hemlösa'],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    words: ['kostnad', 'kostnader', 'budget', 'vad kostar', 'kostar', 'pengar', 'finansiering', 'tkr', 'mkr', 'löner', 'utbildning', 'handledning', 'telefonkostnader', 'interna resurser', 'Jan-Olov Tilling', 'VO-chef'],
  },
  {
    section: '004 › 7. RESURSBEHOV',
    words: ['resursbehov', 'resurser', 'bemanning', 'hur många tjänster', 'heltid', 'tjänster', 'två år', 'roller', 'boendestödjare'],
  },
  {
    section: '004 › 8. RISKER',
    words: ['risker', 'risk', 'vad kan gå fel', 'åtgärder', 'följer inte arbetsplanen', 'bevakar', 'verksamhetsområdeschef', 'placerar inte', 'inga placeringar', 'för få klienter'],
  },
  {
    section: '004 › 9. UPPFÖLJNING',
    words: ['uppföljning av projektet', 'mätning', 'mäta', 'utvärdering', 'tertialrapport', 'verksamhetsberättelse', 'antal placerade', 'gå vidare', 'träningslägenhet', 'försökslägenhet', 'eget kontrakt', 'vårdtider', 'kortare vårdtid', 'kostnader minskar', 'resultat'],
  },
]);

/** Whitespace-collapsed, `*`-free text, so a marker written from the document matches the parsed passage. */
function plain(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

interface PreparedEntry {
  readonly startsWith?: string;
  readonly contains?: string;
  readonly words: readonly string[];
}

function bySection(entries: readonly VocabularyEntry[]): ReadonlyMap<string, readonly PreparedEntry[]> {
  const map = new Map<string, PreparedEntry[]>();
  for (const entry of entries) {
    const prepared: PreparedEntry = {
      startsWith: entry.startsWith === undefined ? undefined : plain(entry.startsWith),
      contains: entry.contains === undefined ? undefined : plain(entry.contains),
      words: entry.words,
    };
    const list = map.get(entry.section);
    if (list) list.push(prepared);
    else map.set(entry.section, [prepared]);
  }
  return map;
}

const BY_SECTION = bySection(SECTION_VOCABULARY);
const QUESTIONS_BY_SECTION = bySection([...SECTION_QUESTIONS, ...SECTION_SITUATIONS, ...SECTION_PHRASINGS]);

/**
 * The staff's words for one passage: every entry of its section without a passage marker, plus
 * the entries whose `startsWith` / `contains` matches the passage text. Without a passage text
 * only the section-wide entries apply.
 */
export function vocabularyOf(source: SourceId, heading: string, passageText?: string): readonly string[] {
  return matching(BY_SECTION, source, heading, passageText);
}

/** The example staff questions for one passage (./sectionQuestions, ./sectionSituations), matched the same way. */
export function questionsOf(source: SourceId, heading: string, passageText?: string): readonly string[] {
  return matching(QUESTIONS_BY_SECTION, source, heading, passageText);
}

function matching(bySectionKey: ReadonlyMap<string, readonly PreparedEntry[]>, source: SourceId, heading: string, passageText?: string): readonly string[] {
  const entries = bySectionKey.get(`${source} › ${heading}`);
  if (!entries) return [];
  const text = passageText === undefined ? undefined : plain(passageText);
  return entries.flatMap((entry) => (markerMatches(entry, text) ? entry.words : []));
}

/** An entry's passage marker matches this (plain) passage text; an entry without a marker matches its whole section. */
function markerMatches(entry: PreparedEntry, text: string | undefined): boolean {
  if (entry.startsWith === undefined && entry.contains === undefined) return true;
  if (text === undefined) return false;
  return (entry.startsWith === undefined || text.startsWith(entry.startsWith)) && (entry.contains === undefined || text.includes(entry.contains));
}

/** The entry names this passage: its section, and its marker if it has one (for tests of the vocabulary data). */
export function entryNames(entry: VocabularyEntry, source: SourceId, heading: string, passageText: string): boolean {
  if (entry.section !== `${source} › ${heading}`) return false;
  const prepared = bySection([entry]).get(entry.section)?.[0];
  return prepared !== undefined && markerMatches(prepared, plain(passageText));
}
