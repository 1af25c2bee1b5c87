/** Example staff questions (third set): the boendestöd handbook (002), first half. Written from the source document only. */
import type { VocabularyEntry } from '../sectionVocabulary';

export const PHRASINGS_HANDBOOK_A: readonly VocabularyEntry[] = Object.freeze([
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Beslutad av: Avdelningsledningsgrupp myndighet och socialpsy',
    words: ['vem tog beslutet om verksamhetshandboken för bostöd?', 'vilken avdelning står bakom beslutet om handboken för boendestöd?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Gäller för: Medarbetare inom myndighet och boendestöd',
    words: ['ska vi på utförarsidan också jobba efter verksamhetshandboken?', 'är handboken till för personalen på både myndighetssidan o bostöd?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Diarienummer: N161A00355',
    words: ['vilket diarienummer har boendestödshandboken?', 'vad har verksamhetshandboken för dnr?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Datum och paragraf för beslutet: 2024-06-04',
    words: ['vilken dag fastställdes handboken för boendestöd?', 'när antogs bostödshandboken?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Dokumentsort: Rutin',
    words: ['vad är det för sorts dokument, handboken för bostöd?', 'är verksamhetshandboken ett styrdokument av typen rutin?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Giltighetstid: Tillsvidare',
    words: ['tills när gäller bostödshandboken?', 'måste handboken förnyas efter ett tag eller gäller den tills vidare?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Senast reviderad: 2024-05-31',
    words: ['när gjordes senaste ändringen i bostödshandboken?', 'vilket datum är verksamhetshandboken senast ändrad?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Dokumentansvarig: Verksamhetsutvecklare avdelning myndighet',
    words: ['vem kan jag höra av mig till om nåt i bostödshandboken behöver ändras?', 'vilken roll står som dokumentägare för verksamhetshandboken?'],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Bilagor:',
    words: ['har boendestödshandboken några bilagor?'],
  },
  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken syftar till att skapa förutsättningar f',
    words: ['vad vill man uppnå med verksamhetshandboken för bostöd?', 'ska samma behov ge samma bostöd oavsett vilken handläggare man har?', 'hur ska handboken hjälpa brukaren att få hjälp i tid?', 'varför ska beslut o utförande av boendestöd vara likvärdiga?', 'vad är poängen med en handbok, blir stödet mer rättvist då?'],
  },
  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken är inte heltäckande för alla situatione',
    words: ['står allt i handboken eller får vi tänka själva ibland?', 'handboken är väl inte komplett, hur ska vi använda den?', 'är handboken regler att följa till punkt eller mer ett stöd i vardagsjobbet?', 'jag hittar inte svaret i handboken, betyder det att den inte gäller här?'],
  },
  {
    section: '002 › Vem omfattas av denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken gäller tills vidare för socialsekretera',
    words: ['jobbar vi utförare efter samma handbok som socialsekreterarna?', 'ska alla som utför boendestöd inom funktionsstödsförvaltningen följa handboken?', 'gäller handboken bara inom förvaltningen för funktionsstöd?', 'är handboken tidsbegränsad eller gäller den för soc tills nåt annat beslutas?'],
  },
  {
    section: '002 › Upplägg av verksamhetshandbok',
    startsWith: 'Handboken är en sammanslagning av de bägge områdenas metodst',
    words: ['vad var tanken med att lägga ihop myndighetens o utförarnas material?', 'var hittar jag både rutiner o stöddokument för bostöd på ett ställe?', 'är handboken en sammanfogning av två verksamheters dokument?', 'kan jag se hela kedjan från ansökan och framåt i handboken?'],
  },
  {
    section: '002 › Upplägg av verksamhetshandbok',
    startsWith: 'Inledningen är gemensam för myndighetsutövningen och utföran',
    words: ['vem äger delen från ansökan fram till att uppdraget skickas?', 'vi på utförarsidan vill ändra texten om hur stödet genomförs, är det vårt ansvar?', 'vilken del av handboken delar soc o utförare på?', 'vem sköter uppdateringar av myndighetsdelarna i handboken?', 'hur är ansvaret för handbokens olika delar fördelat?'],
  },
  {
    section: '002 › Vad är boendestöd',
    startsWith: 'Boendestöd är ett bistånd enligt 4 kapitlet 1 § socialtjänst',
    words: ['vem kan få bostöd?', 'måste man ha eget boende för att få boendestöd?', 'hen bor i andra hand hos en kompis utan eget kontrakt, kan hen få bostöd?', 'är boendestöd ett bistånd enligt SoL?', 'hen klarar sig rätt bra hemma, räcker det för att få boendestöd?', 'är bostöd bara för vuxna?'],
  },
  {
    section: '002 › Innehållet',
    startsWith: 'Boendestödet ska, under hänsynstagande till individens eget',
    words: ['ska stödet bygga på det hen redan kan själv?', 'vad betyder rehabiliterande inriktning i boendestödet?', 'hur mycket eget ansvar ska hen ta i bostödet?', 'ska bostöd hjälpa hen att klara sig ute i samhället också, inte bara hemma?', 'ska stödet anpassas efter vad just hen behöver?'],
  },
  {
    section: '002 › Platsen',
    startsWith: 'Boendestöd utgår från individens boende och ges oftast i hem',
    words: ['måste bostödet alltid vara hemma hos hen?', 'kan vi följa med hen till sysselsättningen?', 'hen vill hellre ha stöd över teams, måste vi erbjuda det?', 'kan vi hjälpa hen att gå till banken eller apoteket inom bostöd?', 'var ska boendestödet ges?'],
  },
  {
    section: '002 › Relationsaspekten',
    startsWith: 'Boendestöd är ett pedagogiskt, motiverande och rehabiliteran',
    words: ['varför ska bostöd vara pedagogiskt o motiverande?', 'hen litar inte på oss än, varför är det viktigt med samma team?', 'kan vi städa åt hen under en period när hen mår dåligt?', 'hur mycket ska brukaren vara delaktig i stödet?', 'varför ska hen göra så mycket som möjligt själv?', 'vi byter personal ofta, påverkar det hur bra stödet blir?'],
  },
  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'Utgångspunkten är att majoriteten av allt internt samarbete',
    words: ['vilka ska ha mest kontakt runt brukaren, soc o boendestödjaren?', 'varför ska handläggaren o boendestödjaren samarbeta nära?', 'vad är samtyckesmodulen?', 'hen har sagt ok till att soc pratar med vårdcentralen, gäller det oss med?', 'hur ger vi brukaren ett enat stöd så hen känner sig trygg?'],
  },
  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'För den operativa samverkan mellan stödpedagoger och 1:e soc',
    words: ['vad betyder att lyfta nåt i linjen?', 'vi är oense med myndigheten om ett ärende, ska vi gå till chefen?', 'hur följer verksamhetscheferna upp samarbetet mellan myndighet o utförare?', 'vad bygger samarbetet mellan myndighet o bostöd på?', 'finns det en samverkansmodell för myndighet o utförare?'],
  },
  {
    section: '002 › Socialtjänstprocessen',
    startsWith: 'I socialtjänstprocessen beskrivs de olika processteg som är',
    words: ['i vilken ordning beskriver handboken processtegen?', 'var står det om uppföljning av bostödsinsatsen, i handboken eller i socialtjänstprocessen?', 'är processen likadan för bostöd som för andra insatser?', 'vad lägger handboken till i socialtjänstprocessen just för boendestöd?'],
  },
  {
    section: '002 › Hantera ansökan',
    startsWith: 'Under processteget Hantera ansökan anges vem som ansöker, da',
    words: ['vad ska stå med när en ansökan om bostöd kommer in?', 'hen vill ha stöd i tre månader, ska soc skriva ner det?', 'måste ansökan om boendestöd vara skriftlig?', 'ska datumet när hen sökte antecknas?', 'vilka uppgifter behövs när hen söker bostöd, t.ex. hur många timmar?'],
  },
  {
    section: '002 › Att tänka på vid anmälan om behov',
    startsWith: 'En utredning kan först inledas när individen själv gjort en',
    words: ['en annan förvaltning hör av sig om att hen behöver stöd hemma, räknas det som ansökan?', 'vad ska antecknas när nån annan än brukaren hör av sig om behov?', 'hur gör soc för att få tag på brukaren efter en anmälan?', 'får soc kontakta vården efter en anmälan om behov?', 'vad är skillnaden mellan ansökan o anmälan om behov?', 'kan anhöriga söka bostöd åt hen?'],
  },
  {
    section: '002 › Inhämta uppgifter',
    startsWith: 'Detta processteg handlar om vilka uppgifter individen och pe',
    words: ['vad tar soc reda på om hens situation i utredningen?', 'får handläggaren fråga vården om hur hen har det?', 'hur hens funktionsnedsättning märks i vardagen, ska det med i utredningen?', 'ska vi på bostöd beskriva hur hen har det nu när soc utreder?'],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Inför mötet om boendestöd kan socialsekreteraren förbereda i',
    words: ['finns det nåt infoblad om boendestöd att dela ut?', 'vad heter broschyren om hur man söker stöd?', 'kan handläggaren skicka info hem innan första samtalet?', 'hur kan brukaren förberedas inför utredningsmötet?', 'finns det kort info om olika insatser att ge brukaren?'],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Det finns möjlighet att bjuda in medarbetare från boendestöd',
    words: ['kan soc be boendestödet vara med på första samtalet?', 'hen har svårt att slänga saker o söker stöd, ska bostöd vara med på mötet?', 'när behövs en boendestödjare på mötet med handläggaren?', 'kan vi från bostöd följa med när soc träffar nån som söker stöd för samlande?'],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Om mötet gäller en återansökan om boendestöd som individen h',
    words: ['hen vill förlänga sitt boendestöd, vad kollar soc innan mötet?', 'ska vi skicka sammanställningen till soc när hen söker igen?', 'hur förbereder sig handläggaren när nån som redan har bostöd söker på nytt?', 'läser soc genomförandeplanen när hen söker fortsatt stöd?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Under samtalet med individen är det viktigt att tänka på hur',
    words: ['kan hen själv bestämma vem som är med på mötet med soc?', 'hen pratar inte svenska, kan soc ha tolk på mötet?', 'var kan mötet med soc hållas?', 'hur får man brukaren att komma till tals på mötet?', 'hen har svårt att uttrycka sig, hur kan soc anpassa samtalet?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'För att kunna ta reda på så mycket som möjligt om individens',
    words: ['varför ska soc ställa nyfikna o utforskande frågor?', 'vad är önskat funktionstillstånd?', 'hur frågar man hur hen tänker ta sig dit hen vill?', 'vad är skillnaden mellan nuläget o hur hen vill ha det i samtalet?', 'hur ska handläggaren fråga för att få reda på så mycket som möjligt om behoven?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur ser en dag ut för dig? Har du några rutiner eller vanor',
    words: ['hur frågar jag hur hens vanliga dag ser ut?', 'vad kan man fråga om hens dagliga vanor i utredningssamtalet?', 'fråga om hur hen brukar ha det från morgon till kväll?', 'bra öppningsfråga om hens vardagsrutiner?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Finns det något särskilt som stressar dig, såsom att befinna',
    words: ['hur frågar man om platser som gör hen stressad?', 'fråga om uppgifter som känns stressiga för hen?', 'hur tar jag reda på hur hen reagerar när hen blir stressad?', 'hen får panik på bussen, hur frågar jag om det på mötet?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur reagerar du när saker och ting inte funkar för dig i var',
    words: ['hur frågar jag vad hen gör när nåt går snett hemma?', 'fråga om hens reaktion när saker inte fungerar?', 'hur knyter jag an till nåt hen nämnt tidigare i samtalet?', 'hur frågar man om hur hen hanterar motgångar i vardagen?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur skulle du vilja att det var? Skulle du vilja ändra på nå',
    words: ['hur frågar jag om hen vill att nåt ska vara annorlunda?', 'fråga om vad hen skulle vilja göra mer av?', 'hur frågar man om hur hen helst vill att det ska vara?', 'vad kan jag fråga för att få fram vad hen vill ändra på?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur ofta brukar du göra XX och hur är det för dig?',
    words: ['hur frågar jag hur ofta hen t.ex. diskar o hur det känns?', 'fråga om hur ofta hen gör sina vardagssysslor?', 'hur får jag veta hur hen upplever att göra vissa saker?', 'fråga hur ofta hen går ut o handlar?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Kan du ge några exempel på vad som är svårt eller känns svår',
    words: ['hur frågar jag vad som är jobbigt för hen?', 'fråga om konkreta saker hen tycker är svåra?', 'be hen ge exempel på det som känns svårt, hur formulerar jag det?', 'bra fråga för att få fram hens svårigheter i vardagen?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Om vi ses om ett halvår, vad tror du kommer se annorlunda ut',
    words: ['hur frågar jag vad hen tror har förändrats om sex månader?', 'fråga om hur hen ser på sin situation längre fram?', 'framtidsfråga till den som söker bostöd?', 'hur får jag hen att beskriva hur det kan se ut om ett halvår?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Vad behöver du för att det ska fungera bättre?',
    words: ['hur frågar jag vad som skulle göra det lättare för hen?', 'fråga om vad hen behöver för att saker ska funka bättre?', 'vad kan jag fråga så att hen själv säger vad som hjälper?', 'fråga om vad som krävs för att vardagen ska fungera bättre?'],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Vad behöver du för stöd för att nå ditt mål?',
    words: ['hur frågar jag vad för hjälp hen behöver för att nå målet?', 'fråga om vilket stöd hen behöver för sina mål?', 'hur kopplar jag ihop hens mål med vilket stöd hen vill ha?', 'fråga hen vad bostödet ska hjälpa till med för att hen ska nå sitt mål?'],
  },
  {
    section: '002 › Efter mötet – kommunicering av underlag',
    startsWith: 'Kommunicering av inkomna uppgifter kan ske på olika sätt sås',
    words: ['måste brukaren läsa utredningen?', 'vad gör soc om hen säger nej till att få utredningen?', 'ska det skrivas i journalen att hen inte ville ta del av utredningen?', 'hur skickar soc utredningen till hen, brev eller samtal?', 'varför ska soc tala om för bostödet att hen inte läst underlaget?', 'har hen rätt att läsa utredningen innan beslut?'],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer vilken tidsomfattning som är r',
    words: ['vad styr hur många timmar hen får?', 'får brukaren välja vilken tid på dygnet stödet ska vara?', 'varför får inte hen bestämma när stödet ska ske?', 'hur räknar soc ut hur mycket tid som behövs?', 'hen vill ha stöd efter jobbet, måste soc följa det?'],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreteraren följer upp pågående beslut eller besl',
    words: ['vad ska stå i sammanställningen av daganteckningar inför ny bedömning?', 'hen ställer in besöken hela tiden, ska soc få veta det vid uppföljningen?', 'varför ska bostöd o soc samarbeta när beslutet ska förlängas?', 'kan soc titta på rättspraxis för att bestämma tid?', 'hur visar vi att hen inte använder alla beviljade timmar?'],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer hur länge ett beslut ska gälla',
    words: ['varför ska nya beslut inte vara långa?', 'hur länge ett bostödsbeslut gäller, bestäms det individuellt?', 'nytt ärende o svårt att veta hur mycket stöd hen behöver, hur långt beslut blir det?', 'får man ge ett längre första beslut i vissa fall?', 'vad avgör tidslängden på ett boendestödsbeslut?'],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Ibland är det inte just insatsen boendestöd som på bästa sät',
    words: ['räcker inte bostöd, kan man kombinera med andra insatser?', 'hen äter dåligt, kan hen få mat hemkörd via kommunen också?', 'betalar brukaren själv för matlådorna?', 'finns det en taxa för trygghetslarmet?', 'är boendestöd alltid den bästa insatsen?'],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Däremot är boendestöd och hemtjänst inte menat att beviljas',
    words: ['vad menas med samlad insats?', 'hen vill ha hemtjänst för städning o bostöd för resten, går det?', 'vad avgör om hen ska ha hemtjänst istället för bostöd?', 'behöver personalen särskild kompetens, blir det bostöd då?', 'vad har skälig levnadsnivå med valet mellan hemtjänst o bostöd att göra?'],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Boendestöd ska heller inte kombineras med socialt boende med',
    words: ['hen bor på sbs, varför får hen inte bostöd också?', 'är stödet på sbs o boendestödet samma sorts stöd?', 'hen ska få eget kontrakt snart, kan bostöd starta medan hen bor kvar på boendet?', 'hen har haft bostöd länge o blir av med lgh, måste stödet sluta när hen flyttar in på sbs?', 'får man ha båda insatserna under en flytt?'],
  },
  {
    section: '002 › Att tänka på om annan huvudmans ansvar',
    startsWith: 'En viktig aspekt att beakta är att allt som individen ansöke',
    words: ['måste vi tolka läkarens brev åt hen?', 'ska sjukvården anpassa sitt språk så att hen förstår?', 'vad säger patientlagen om att hen ska förstå informationen?', 'hen söker hjälp med sånt som vården ska sköta, ingår det i bostöd?', 'är allt hen ber om soc:s ansvar?'],
  },
  {
    section: '002 › Att tänka på vid egenvård',
    startsWith: 'Egenvård är när individen själv eller med stöd av någon anna',
    words: ['får boendestödjaren hjälpa till med sjukvårdsuppgifter?', 'hen behöver hjälp med ögondroppar, räknas det som egenvård?', 'vad räknas som egenvård när man har bostöd?', 'är det sjukvården eller vi som ansvarar för hens vårdåtgärder?', 'ingen har kollat om hen klarar sin behandling själv, vems ansvar blir det då?'],
  },
  {
    section: '002 › Att tänka på vid egenvård',
    startsWith: 'Egenvård kan till exempel vara att individen själv tar ett o',
    words: ['vem skriver egenvårdsintyget?', 'behövs ett intyg för att vi ska stötta hen med medicinen?', 'vem avgör om det är säkert att hen sköter en åtgärd själv?', 'kan mer avancerade vårdåtgärder också vara egenvård?', 'var ska det stå att vården bedömt något som egenvård?'],
  },
  {
    section: '002 › Besluta',
    startsWith: 'För alla beslut som utformas med frekvens (dvs de där en vis',
    words: ['vad menas med frekvens i ett beslut?', 'finns det en stadsgemensam linje för hur timmar per vecka anges?', 'får soc avvika från stadens frekvenser?', 'hur ska mängd o tid stå i beslutet för att det ska bli likvärdigt?'],
  },
  {
    section: '002 › Besluta',
    startsWith: 'Beslut om boendestöd fattas enligt 4 kap 1§ socialtjänstlage',
    words: ['skrivs bostödsbeslut i timmar per månad eller per vecka?', 'hen har beslut på 2 timmar o 30 minuter i veckan, är det rätt sätt att skriva?', 'vem har delegation att fatta beslut om bostöd?', 'vilket lagrum används vid beslut om boendestöd?'],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Ett beslut om insats kan förses med återkallelseförbehåll vi',
    words: ['kan ett beviljat beslut ändras så att hen får mindre?', 'vad innebär förbehåll om att återkalla ett beslut?', 'får soc ta tillbaka ett beslut som hen redan fått?', 'kan hen förlora sitt bostöd om läget ändras?'],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Notera att kortare beslut (och med detta avses beslut kortar',
    words: ['ska ett beslut på två månader ha förbehåll om återkallelse?', 'gäller återkallelseförbehåll för beslut under ett halvår?', 'första beslutet om bostöd, ska det ha förbehåll?', 'var hittar soc hur man gör när ett beslut ska ändras till det sämre?'],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Om det blir aktuellt att ändra beslutet baserat på ett (elle',
    words: ['hur får bostödet besked när beslutet ska ändras?', 'måste handläggaren meddela utföraren om ett ändrat beslut?', 'soc ska dra in timmar med stöd av förbehållet, ska hen prata med oss först?', 'ska soc o boendestödet ha en dialog innan beslutet ändras till hens nackdel?'],
  },
  {
    section: '002 › Utforma och skicka uppdrag',
    startsWith: 'Uppdrag skickas via Treserva till aktuell utförarenhet efter',
    words: ['skickas uppdraget till bostödsenheten där hen bor?', 'vilket system används för att skicka uppdraget till utföraren?', 'hen vistas i ett annat område, vilken bostödsenhet tar uppdraget?', 'hur delas samlarteamets timmar upp mellan enheterna?'],
  },
  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'För att säkerställa att individens behov tillgodoses har boe',
    words: ['vem håller koll på att insatsen blir av?', 'hen har väntat länge på att bostödet ska börja, vem följer upp det?', 'soc skickade uppdraget, vad förväntas av oss nu?', 'ska soc höra av sig till brukaren medan vi planerar uppstarten?'],
  },
  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'Om insatsen inte har kunnat verkställas inom tre månader ska',
    words: ['hur länge får det dröja innan beslutet rapporteras till IVO?', 'hen öppnar inte längre när vi kommer, måste handläggaren få veta?', 'var ska vi skriva att beslutet är verkställt?', 'vi har bara börjat med halva tiden, hur ska vi markera det?', 'vem ska meddela ändringar i verkställigheten?', 'vad händer om vi inte kommer igång inom ett kvartal?'],
  },
  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'Vid akuta och/eller nya behov som kräver snabb hantering så',
    words: ['varför ska bostöd vara med redan när hen ligger inne på sjukhus?', 'hen har fått uppsägning från hyresvärden, kan uppdraget gå snabbare?', 'när kan uppdrag hanteras fortare än vanligt?', 'hur planerar vi för en trygg hemgång efter sjukhuset?', 'hen blir utskriven snart, kan bostöd garantera samma personal från start?'],
  },
]);
