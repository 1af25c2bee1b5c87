/** Example staff questions (third set): Insatsprocess (001), first half. Written from the source document only. */
import type { VocabularyEntry } from '../sectionVocabulary';

export const PHRASINGS_PROCESS_A: readonly VocabularyEntry[] = Object.freeze([
  {
    section: '001 › Agenda',
    startsWith: 'Bakgrund och syfte',
    words: [
      'vad tas upp först på infomötet om insatsprocessen?',
    ],
  },
  {
    section: '001 › Agenda',
    startsWith: 'Genomgång av insatsprocessen',
    words: [
      'går ni igenom själva processen steg för steg på mötet?',
    ],
  },
  {
    section: '001 › Agenda',
    startsWith: 'Frågor',
    words: [
      'blir det frågestund på infomötet om processen?',
    ],
  },
  {
    section: '001 › Praktisk information',
    startsWith: 'Ställ frågor genom att skriva i chatten',
    words: [
      'kan jag räcka upp handen på teams eller ska jag skriva min fråga?',
    ],
  },
  {
    section: '001 › Praktisk information',
    startsWith: 'Vi samlar ihop frågor i slutet',
    words: [
      'när svarar ni på frågorna under dragningen?',
      'får vi svar på frågorna direkt eller efteråt på mötet?',
    ],
  },
  {
    section: '001 › Praktisk information',
    startsWith: 'Sätt på mikrofon och kamera när du ska prata',
    words: [
      'måste jag ha kameran på under teamsmötet?',
      'ska jag slå på micken när jag vill säga nåt?',
    ],
  },
  {
    section: '001 › Praktisk information',
    startsWith: 'Bildspelet läggs i chatten efter mötet',
    words: [
      'skickas powerpointen ut efter teamsmötet?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Uppdrag från kategorirådet – del i handlingsplanen för Kateg',
    words: [
      'vilket råd låg bakom att processen skulle göras?',
      'vem bad om att det skulle finnas en process för boende med stöd?',
      'varför kom processen till, var det nån som krävde det?',
      'är processen en del av en större handlingsplan för sbs?',
      'vilken plan för boende med stöd är processen en åtgärd i?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Det ekonomiska läget kräver prioritering och ett mer kostnad',
    words: [
      'varför måste man prioritera hårdare bland boendeinsatserna?',
      'det är ont om pengar i stan, är det därför processen finns?',
      'varför ska beviljade boendebeslut verkställas billigare?',
      'varför är det viktigt att brukare inte blir kvar för länge på boendet?',
      'vad har ekonomin med insatsprocessen att göra?',
      'varför ska ärendena röra sig snabbare genom boendena?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Behov att säkerställa att socialtjänstprocessen är känd och',
    words: [
      'varför ska både vi på boendet o soc kunna socialtjänstprocessen?',
      'var problemet att folk inte kände till socialtjänstprocessen?',
      'varför ska man se till att socialtjänstprocessen faktiskt används?',
      'funkade det inte innan, följde man inte rutinerna i socialtjänstprocessen?',
      'vad var skälet till att socialtjänstprocessen behövde bli mer känd?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Utförare och myndighet måste jobba åt samma håll – en social',
    words: [
      'varför ska boendet o soc dra åt samma håll?',
      'vad var problemet med samarbetet mellan boende o myndighet?',
      'varför behöver vi förstå hur handläggarna jobbar o tvärtom?',
      'vad menas med att vi och myndigheten är en och samma socialtjänst?',
      'varför behövs gemensamma rutiner för genomförandet av insatsen?',
      'handläggarna vet inte hur vi på boendet har det, är det därför processen kom?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Underlätta handläggning och genomförande av insatsen',
    words: [
      'vad ska processen göra lättare i jobbet?',
      'vad vill man uppnå med insatsprocessen?',
      'hjälper processen handläggarna när de utreder o beslutar om boende?',
      'blir det enklare att genomföra insatsen med processen?',
      'vad är poängen med processen för oss som jobbar nära brukarna?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Förstärkt samverkan',
    words: [
      'ska processen få oss o myndigheten att samarbeta mer?',
      'vad vill man uppnå med processen när det gäller samverkan?',
      'blir det tätare kontakt mellan boendepersonal o socialsekreterare?',
      'varför trycker processen så mycket på samverkan?',
      'är ett mål att vi o handläggarna ska prata mer med varandra?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Ökad kvalitet och följsamhet till socialtjänstprocessen',
    words: [
      'ska insatsen bli bättre med processen?',
      'vad menas med följsamhet till socialtjänstprocessen?',
      'är målet att vi ska hålla oss till socialtjänstprocessen?',
      'hur ska processen höja kvaliteten på sbs?',
      'varför ska vi göra som socialtjänstprocessen säger?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Ökad rättssäkerhet och likabehandling',
    words: [
      'ska brukarna bli rättvist behandlade med processen?',
      'varför är det viktigt att alla brukare behandlas på samma sätt?',
      'ska processen göra handläggningen mer rättssäker?',
      'hen fick annat stöd än en annan brukare i samma läge, är det sånt processen vill undvika?',
      'likabehandling, vad har det med processen att göra?',
    ],
  },
  {
    section: '001 › Göteborg – en stad för alla',
    startsWith: 'Likvärdig service oberoende av var man bor',
    words: [
      'ska det vara samma service i hela stan?',
      'får brukare i olika delar av stan olika stöd?',
      'varför ska stödet vara likadant i alla delar av göteborg?',
      'spelar adressen nån roll för vilken hjälp man får?',
      'vad innebär likvärdig service?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Workshops',
    words: [
      'hölls det workshops när processen togs fram?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Höst 2020',
    words: [
      'när startade arbetet med insatsprocessen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Två workshops med alla förste socialsekreterare och enhetsch',
    words: [
      'vilka fick vara med och tycka till när processen började tas fram?',
      'var det bara chefer o förste socialsekreterare på workshopparna?',
      'hur började arbetet med processen 2020?',
      'var nån från boendena med i början av arbetet?',
      'hur många träffar hade man hösten 2020?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fokus på framgångsfaktorer och utvecklingsområden i socialtj',
    words: [
      'vad var temat på workshopparna?',
      'pratade man om vad som funkar o inte funkar i socialtjänstprocessen?',
      'vilka styrkor o svagheter i socialtjänstprocessen tog man upp?',
      'diskuterade man framgångsfaktorer på workshopparna?',
      'vad var det man ville förbättra i socialtjänstprocessen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Handlingsplan',
    words: [
      'fanns det en handlingsplan för att ta fram processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Dec 2020',
    words: [
      'när kom handlingsplanen för processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Ta fram en processbeskrivning för insatsen Socialt boende me',
    words: [
      'vad var målet med handlingsplanen?',
      'när bestämdes det att processen skulle skrivas ner?',
      'vad blev resultatet av workshopparna 2020?',
      'varför finns det en beskrivning av hur sbs ska gå till steg för steg?',
      'vad sa handlingsplanen att man skulle göra?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Våren 2021',
    words: [
      'vad gjordes under våren 2021 med processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Arbetsgrupp med enhetschefer (boende) och förste soc. sekr.',
    words: [
      'vem skrev processen?',
      'vilka yrkesroller satt i gruppen som skrev processen?',
      'var det både myndighet o boende i arbetsgruppen?',
      'var förste socialsekreterare med och skrev processen?',
      'fanns det en grupp som jobbade med processen 2021?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Konsultstöd för ritning av process',
    words: [
      'vem hjälpte till att göra flödesschemat?',
      'ritades processen av nån utomstående?',
      'tog man in extern hjälp för att rita processkartan?',
      'vem har gjort bilden av processen?',
      'fanns det konsulter med i arbetet med processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Remissrunda (jun)',
    words: [
      'fick verksamheterna lämna synpunkter på förslaget?',
      'när kunde man tycka till om processen?',
      'skickades förslaget ut på remiss innan beslut?',
      'var det en remiss på försommaren 2021?',
      'hade vi chans att säga vad vi tyckte innan processen blev klar?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Beslutad av avdelningschefs-nätverket (aug)',
    words: [
      'när blev processen klar och beslutad?',
      'vem fattade beslut om processen i augusti 2021?',
      'vilken nivå i organisationen godkände processen?',
      'är processen godkänd av avdelningscheferna?',
      'var det avdelningscheferna som tog beslutet efter remissen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Implementering',
    words: [
      'hur infördes processen i verksamheterna?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fr.o.m. Höst 2021',
    words: [
      'när började man införa processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Informationstillfällen via teams gemensamt för utförare och',
    words: [
      'hur får man info om processen?',
      'blir det utbildning om processen för oss o soc tillsammans?',
      'var informationen om processen digital?',
      'hölls det infomöten om processen för både myndighet och boende?',
      'hur spreds processen till verksamheterna hösten 2021?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fortsatt implementering på egna enheten',
    words: [
      'vad ska vi göra på enheten efter infomötet?',
      'ska vi gå igenom processen själva på vår apt?',
      'vems ansvar är det att processen kommer igång på boendet?',
      'är införandet klart efter teamsmötet?',
      'ska varje boende fortsätta införa processen på egen hand?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Uppföljning med arbetsgruppen (dec)',
    words: [
      'utvärderas processen efter införandet?',
      'när kollar man hur införandet har gått?',
      'vem följer upp hur det gått med processen?',
      'blir det nån utvärdering av processen i december 2021?',
      'träffas arbetsgruppen igen efter införandet?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Arbetsgruppens deltagare: Lina Granlund, Maria Filipovic, Ro',
    words: [
      'finns det en lista på vilka som var med i arbetsgruppen?',
      'hur många deltagare hade arbetsgruppen?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Från intranätets startsida – under genvägar – “Välfärdens pr',
    words: [
      'hur kommer jag till processbeskrivningen?',
      'var kan jag läsa processen för sbs?',
      'i vilken meny på intranätet ligger välfärdens processer?',
      'hur letar jag upp insatsprocessen från förstasidan?',
      'var hittar jag processen för boende med stöd på nätet internt?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Direktlänk',
    words: [
      'finns det en direktlänk till processen?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Spink - samlad placerings- och inköpsfunktion',
    words: [
      'vilken funktion samordnar placeringar o köp av boendeplatser?',
      'vad heter funktionen som samlar placeringar och inköp?',
      'finns spink bland genvägarna på intranätet?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Stratsys',
    words: [
      'finns stratsys som genväg på intranätet?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Tage- hitta och skänk begagnat',
    words: [
      'vad är tage på intranätet?',
      'kan vi hitta begagnade saker till boendet via intranätet?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Telefonkatalog och hänvisning',
    words: [
      'var hittar jag telefonkatalogen på intranätet?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Treserva - support',
    words: [
      'treserva krånglar, var får jag hjälp?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Utbildningsportalen',
    words: [
      'finns det en utbildningsportal på intranätet?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Vårt Göteborg-stadens tidning',
    words: [
      'vad heter stadens tidning?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Välfärdens processer',
    words: [
      'vad finns under genvägen välfärdens processer?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Webbplatsen Alternativboende',
    words: [
      'finns det en webbplats om alternativboende?',
    ],
  },
  {
    section: '001 › Socialtjänstprocessen',
    startsWith: 'Senaste version beslutad 2021-08-26 av avdelningschefsnätver',
    words: [
      'gäller socialtjänstprocessen från augusti 2021?',
      'vem godkände den nya versionen av socialtjänstprocessen?',
      'hur gammal är socialtjänstprocessen vi jobbar efter?',
      'är socialtjänstprocessen från 2021 den som gäller nu?',
      'vilket nätverk står bakom socialtjänstprocessen?',
    ],
  },
  {
    section: '001 › Socialtjänstprocessen',
    startsWith: 'Hantera avvikelse',
    words: [
      'finns det ett steg för att hantera avvikelser i socialtjänstprocessen?',
      'ingår avvikelsehantering i socialtjänstprocessen?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Den enskilde',
    words: [
      'vilken symbol står för brukaren i processkartan?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Chef',
    words: [
      'vad betyder chefssymbolen i processen?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Viktig tidsgräns',
    words: [
      'hur ser man viktiga tidsgränser i processkartan?',
      'vad betyder symbolen för viktig tidsgräns?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Vem kan vara part i ärendet?',
    words: [
      'vem räknas som part i ärendet?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Syftet med processen är att underlätta för socialsekreterare',
    words: [
      'varför har man gjort en process för både socialsekreterare och boendepersonal?',
      'ska processen hjälpa soc i myndighetsutövningen?',
      'vad är tanken med insatsprocessen, kort sagt?',
      'ska processen stötta både beslutet om boende och själva genomförandet?',
      'vad ska processen leda till för kvaliteten på sbs?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Beslutad av avdelningschefs nätverket vuxen och försörjnings',
    words: [
      'när började insatsprocessen gälla?',
      'vem står bakom beslutet om insatsprocessen?',
      'är processen godkänd eller bara ett förslag?',
      'vilket år beslutades insatsprocessen?',
      'beslutade avdelningschefsnätverket vuxen och försörjningsstöd processen?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Stödmaterial målformulering/SMART:a mål',
    words: [
      'finns det hjälp för att skriva mål när man placerar nån på boende?',
      'jag ska formulera mål för en ny brukare, finns stöd i processen?',
      'finns smarta mål med i placera-steget?',
      'var i processen finns stödet för målformulering?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Checklista uppdrag',
    words: [
      'finns det en checklista när man gör uppdraget till boendet?',
      'vilka hjälpmedel finns när soc placerar?',
      'hur kollar jag att uppdraget blir komplett när jag placerar?',
      'finns det en lista över vad uppdraget ska innehålla i placeringssteget?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Mallar för inledande uppdrag',
    words: [
      'finns det färdiga mallar när man skriver det inledande uppdraget?',
      'var finns blanketten för första uppdraget vid placering?',
      'måste jag skriva första uppdraget från noll?',
      'finns det exempel på startuppdrag i placera-steget?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Länk till stöd vid bedömning av stödnivå',
    words: [
      'var hittar jag nivådokumentet när jag ska placera?',
      'hur vet jag vilken stödnivå jag ska välja vid placering?',
      'finns stödnivåerna länkade i placera-steget?',
      'var hittar jag beskrivningen av ettan till fyran när jag placerar?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    startsWith: 'MALL: SMART:a mål och delmål (Specifikt – Mätbart – Accepter',
    words: [
      'vad står förkortningen smart för?',
      'vad betyder a:et i smart?',
      'hur ska ett bra mål vara uppbyggt?',
      'finns det en mall för mål och delmål?',
      'målet ska vara specifikt o realistiskt, var står det?',
      'hur vet jag om målet är bra formulerat?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    startsWith: 'Långsiktigt mål: | (Beskriv det långsiktiga målet med insats',
    words: [
      'vad ska insatsen leda till i slutändan, var skriver jag det?',
      'vad ska jag skriva om förväntat resultat i målmallen?',
      'hur formulerar jag det stora målet med boendet?',
      'ska långsiktiga målet beskriva vad vi hoppas uppnå på sikt?',
      'vad fyller man i på första raden i målmallen?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    startsWith: 'Delmål: | Hur vet vi när målet är uppnått? | När ska målet v',
    words: [
      'hur vet vi att ett delmål är nått?',
      'vem ansvarar för delmålen, ska det skrivas ut?',
      'ska delmålen ha ett slutdatum?',
      'vilka rubriker har delmålsraden i mallen?',
      'ska man skriva hur man ser att delmålet är klart?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    startsWith: '(specifiserat, realistiskt) | (mätbart) | (tidssatt) |',
    words: [
      'hur ska delmålen vara formulerade?',
      'ska delmålen vara konkreta o rimliga?',
      'hur specifikt ska ett delmål skrivas?',
      'ska man kunna följa upp delmålet med nåt mätbart?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Ett uppdrag till utförare ska enligt SOSFS 2014:5 5 kap. 22',
    words: [
      'vilka krav finns på uppdraget enligt socialstyrelsen?',
      'måste uppdraget till boendet vara skriftligt?',
      'vad säger SOSFS om innehållet i uppdraget?',
      'vilken paragraf reglerar uppdraget till utförare?',
      'ska soc dokumentera uppdraget de ger oss?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Namn, personnummer och andra kontaktuppgifter. Om den enskil',
    words: [
      'vad ska soc göra så vi inte förväxlar brukaren med nån annan?',
      'ska födelsedatum stå om hen inte har personnummer?',
      'vilka personuppgifter ska finnas med i uppdraget?',
      'ska brukarens telefonnummer o adress stå i uppdraget?',
      'hen har bara dossiernummer, funkar det i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'behov av tolk eller annat kommunikationsstöd',
    words: [
      'hen förstår inte svenska, hur vet vi att det behövs översättare?',
      'ska det stå i uppdraget om brukaren behöver teckenspråkstolk?',
      'brukaren har svårt att kommunicera, ska soc skriva det?',
      'behöver hen hjälpmedel för att prata med oss, var ska det framgå?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om god man eller förvaltare (för vilket/vilka uppg',
    words: [
      'vem sköter brukarens ekonomi, ska det stå i uppdraget?',
      'hur når vi gode mannen?',
      'ska uppdraget säga vad förvaltaren har ansvar för?',
      'hen har ställföreträdare, ska vi få telefonnumret?',
      'vad ska uppdraget säga om god man?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om den enskilde har skyddade personuppgifter',
    words: [
      'ska vi få veta om brukaren lever med skyddade uppgifter?',
      'hen får inte hittas av sitt ex, ska det framgå i uppdraget?',
      'hur vet vi om vi inte får lämna ut var hen bor?',
      'hen har kvarskrivning, ska det stå i uppdraget?',
      'ska skyddad identitet tas med i uppdraget till oss?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken bedömning som gjorts av den enskildes behov',
    words: [
      'varför har hen fått boende, ska det stå i uppdraget?',
      'ska handläggarens behovsbedömning följa med uppdraget?',
      'vilka behov har soc sett hos hen, ska vi få veta det?',
      'ska uppdraget beskriva vad hen behöver enligt utredningen?',
      'får vi ta del av soc:s bedömning av vad hen behöver?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vad som ingår i uppdraget',
    words: [
      'vad ska vi hjälpa brukaren med, ska soc beskriva det?',
      'ska uppdraget säga vilka insatser vi ska göra?',
      'hur vet vi vad som ska ingå i vårt stöd?',
      'uppdraget är otydligt om vad vi ska göra, vad gäller?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilket eller vilka mål som gäller för insatsen',
    words: [
      'vad ska placeringen leda till, ska det stå i uppdraget?',
      'måste soc skriva vad målet med boendet är?',
      'vi saknar mål för hen, ska de komma från soc?',
      'ska uppdraget innehålla mål?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'former för uppföljning i det enskilda fallet',
    words: [
      'ska det stå i uppdraget hur ofta soc följer upp?',
      'hur vet vi när handläggaren tänker följa upp placeringen?',
      'ska uppdraget säga hur insatsen utvärderas?',
      'när blir det uppföljningsmöte, ska det stå i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken information som efter en prövning enligt bestämmelser',
    words: [
      'vad ska vi rapportera till soc när boendet avslutas?',
      'hen flyttar ut, vilka uppgifter ska tillbaka till socialtjänsten?',
      'ska uppdraget säga vilka uppgifter vi lämnar över när insatsen upphör?',
      'vad ska återföras enligt sekretesslagen när insatsen avslutas?',
      'får vi skicka vår dokumentation till handläggaren när hen slutar hos oss?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'namn och kontaktuppgifter till ansvarig handläggare',
    words: [
      'vem är ansvarig socialsekreterare, var står det?',
      'hur får vi tag i handläggaren för en ny brukare?',
      'ska handläggarens mejl stå med i uppdraget?',
      'ska vi få namnet på ansvarig handläggare när hen flyttar in?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'I uppdraget ska även följande framgå:',
    words: [
      'vilka lokala krav finns på uppdraget i göteborg?',
      'finns det mer som ska framgå av uppdraget än socialstyrelsens lista?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Aktuell stödnivå (1-4) ska framgå när det är relevant',
    words: [
      'ska vi veta från början vilken stödnivå hen placerats på?',
      'står det i uppdraget om hen har nivå 3?',
      'behöver soc alltid ange nivå 1-4 i uppdraget?',
      'ska stödnivån framgå när vi får en ny brukare?',
      'när ska nivån stå med i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om det finns en samordnad individuell plan',
    words: [
      'ska uppdraget säga om det finns en sip?',
      'hen har en plan med psykiatrin o soc, ska vi få veta det?',
      'hur får vi veta om det finns en gemensam plan med vården?',
      'ska sip:en nämnas när soc placerar?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Vid lägenhetsboende ska det framgå om den enskilde ska betal',
    words: [
      'ska brukaren i lägenheten betala hyra, var står det?',
      'vem betalar hyran i lgh, hen eller soc?',
      'ska det framgå om lägenheten är hyresfri för brukaren?',
      'hyran, ska det stå i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om den enskilde ska betala egenavgift ska detta framgå av up',
    words: [
      'vem ska se till att brukaren betalar sin avgift?',
      'hen har inte betalat avgiften för boendet, ska vi tjata?',
      'ska det framgå tydligt i uppdraget att hen ska betala avgift?',
      'är det boendets jobb att hen betalar avgiften till soc?',
      'hur ska vi jobba med avgiften brukaren ska betala?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Hot- och våldshistorik',
    words: [
      'ska vi få veta om hen har varit våldsam förut?',
      'har hen hotat nån tidigare, var ser vi det?',
      'ska uppdraget varna för att hen kan vara farlig?',
      'ska uppdraget ta upp om hen har utsatt andra för våld?',
      'ska historik av våld framgå när soc placerar?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Av dokumentationen ska det framgå när uppdraget, efter en pr',
    words: [
      'måste soc anteckna när uppdraget skickades till oss?',
      'var ser man vilket datum vi fick uppdraget?',
      'ska det journalföras när uppdraget gått över till boendet?',
      'ska det framgå att sekretessen prövats innan vi fick uppdraget?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Mallen är till som en hjälp vid formulering av det inledande',
    words: [
      'är punkterna i akutmallen bara förslag?',
      'får man ändra i mallen för akutboende?',
      'när görs uppdraget om efter personen på akuten?',
      'vad händer med uppdraget på akuten vid första mötet?',
      'måste vi använda exakt samma uppdrag för alla på akuten?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Vad som ingår i uppdraget',
    words: [
      'vad ingår i uppdraget på akutboende?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Säkerställa behov av daglig tillsyn',
    words: [
      'ska nån i personalen ha koll på de som bor akut varje dag?',
      'vad menas med tillsyn på akutboende?',
      'räcker det att vi ser brukaren på akuten nån gång i veckan?',
      'ingår tillsyn varje dygn i uppdraget för akut?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Genomföra boendekartläggning med syfte att x kommer vidare o',
    words: [
      'hur hjälper vi hen på akuten vidare till eget boende?',
      'vad är boendekartläggning på akuten till för?',
      'hen vill ut ur hemlösheten, vad gör vi på akutboendet?',
      'ska vi kartlägga hens boendehistorik på akuten?',
      'hur kommer brukaren vidare från akuten?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja och motivera till kontakt med myndigheter och sjukvår',
    words: [
      'ingår det att peppa hen att söka vård när hen bor akut?',
      'hen behöver kontakt med psykiatrin, ska akutpersonalen stötta?',
      'hur ska vi motivera hen på akuten att ta kontakt med myndigheter?',
      'hen på akutboendet behöver ringa arbetsförmedlingen, hjälper vi till?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Boendecoachning',
    words: [
      'vad är boendecoachning på akuten?',
      'ska vi coacha hen i att klara ett eget boende när hen bor akut?',
      'ingår coachning kring boende i akutuppdraget?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift senast (d',
    words: [
      'ska vi stötta hen att lämna in underlag till avgiften före ett visst datum?',
      'vem hjälper brukaren på akuten med pappren för avgiften?',
      'finns det en deadline för underlaget till egenavgiften på akutboende?',
      'ska vi hjälpa hen på akuten att få in inkomster för avgiftsberäkningen?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Återkoppla till socialtjänsten vid första nattens frånvaro s',
    words: [
      'hen har inte sovit här i natt, när ska soc få veta?',
      'måste vi meddela handläggaren redan första natten hen är borta?',
      'hen har varit borta en natt från akuten, ska vi vänta en natt till innan vi hör av oss?',
      'vi känner oro för hen på akuten, ska vi återkoppla till soc?',
      'hur snabbt ska soc få veta att hen inte kommit hem?',
    ],
  },
]);
