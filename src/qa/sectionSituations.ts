/**
 * A second set of example staff questions per passage: situations described in everyday words
 * ("hen behöver hjälp att tvätta sig", "vi får inte tag på hen") instead of the document's own
 * terms, typed fast in a Teams chat by boendepersonal, boendestödjare, enhetschefer and
 * socialsekreterare. Written from the five source documents only, independent of and different
 * from SECTION_QUESTIONS (./sectionQuestions). Same entry format and matching rules as
 * SECTION_VOCABULARY (./sectionVocabulary). Indexed with the passages, never shown.
 */
import type { VocabularyEntry } from './sectionVocabulary';

export const SECTION_SITUATIONS: readonly VocabularyEntry[] = Object.freeze([
  // ───────────── 000 Stödnivåer i Socialt boende med stöd (2021; nivå 1–4 lgh, nivå 1–2 kollektiv) ─────────────
  {
    section: '000 › Syftet med dokumentet',
    startsWith: 'Ett gemensamt stödmaterial för socialförvaltningarnas',
    words: [
      'är nivåpapperet bara för soc eller ska vi på boendet också använda det?',
      'jag jobbar på ett boende i sydväst, gäller det här materialet oss?',
      'är underlaget om nivåer gemensamt för handläggare o utförare?',
    ],
  },
  {
    section: '000 › Syftet med dokumentet',
    startsWith: 'Stöd i bedömning och hantering av stödnivåer',
    words: [
      'jag ska sätta nivå på en ny placering, finns det nåt att luta sig mot?',
      'var får jag hjälp att avgöra vilken nivå brukaren ska ligga på?',
      'vi är osäkra på hur nivåerna ska skötas i praktiken, vad finns att läsa?',
    ],
  },

  {
    section: '000 › Stödnivåer',
    startsWith: 'Från och med 1 april 2021',
    words: [
      'vi är ett privat boende med ramavtal, ska vi också jobba med nivåerna?',
      'gäller nivåsystemet även på kommunens egna boenden?',
      'hen bor på kortsiktigt, finns det nivåer där eller bara på långsiktigt?',
      'vilket år började man dela in stödet på sbs i nivåer?',
    ],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Stödnivåerna avser omfattningen på det individuella stöd',
    words: [
      'brukaren har blivit sämre o behöver mycket mer tid, måste hen byta boende?',
      'vi tycker nivån är fel men soc har bestämt, spelar vår åsikt nån roll?',
      'hen klarar sig bättre nu, får hen stanna i samma lgh med mindre stöd?',
      'handlar nivån om hur mycket tid vi lägger direkt med brukaren?',
    ],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan vara aktuella under hela placeringstiden',
    words: [
      'ny brukare flyttar in o verkar klara sig bra, kan hen få minst stöd från början?',
      'hen har bott här i två år, kan hen fortfarande ligga på ettan?',
      'finns det nån regel om vilken ordning nivåerna ska komma i?',
      'kan en nyinflyttad starta med mest stöd direkt?',
    ],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan ge referenstid',
    words: [
      'hen spelar hög musik på nätterna o grannarna klagar, påverkar det referenserna?',
      'brukaren ligger efter med hyran, räknas tiden ändå som referens?',
      'hen har mycket stöd från oss, kan hen ändå samla referenser till eget kontrakt?',
      'lägenheten är misskött, kan hen få referens ändå?',
    ],
  },

  {
    section: '000 › Individuellt stöd',
    startsWith: 'Det individuella stödet innebär ett förändringsinriktat',
    words: [
      'hen behöver hjälp att tvätta sig o klä på sig, är det vårt jobb?',
      'brukaren kommer nog alltid behöva lika mycket hjälp, vad ska soc fundera på?',
      'redan vid inflytten syns att hen behöver hjälp länge, kan hemtjänst kopplas in?',
      'tanken är väl att hen ska klara sig mer själv efter hand?',
      'vi gör personlig omvårdnad åt en boende, ingår det egentligen i sbs?',
      'hen behöver hjälp på toaletten o vid maten, ingår det hos oss?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödet till den enskilde utgår från den enskildes behov',
    words: [
      'hur vet vi vad vi ska jobba med hos en ny brukare?',
      'vi vill hjälpa hen med saker som inte står i uppdraget, hur tänker vi?',
      'vad styr stödet, det soc skrivit eller det vi ser?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Motiverande samtal med den enskilde i syfte',
    words: [
      'hen dricker varje dag o vill inte ta emot vård, hur kan vi jobba?',
      'brukaren har ingen rutin alls på dagarna, kan vi prata med hen om det?',
      'vi vill få hen att söka hemtjänst själv, ingår det att peppa till det?',
      'hen röker på mycket, får vi försöka få hen att dra ner?',
      'hen vill inte gå till läkaren fast hen mår dåligt, hur jobbar vi?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Bistå vid kontakt med myndigheter',
    words: [
      'hen vågar inte ringa fk själv, kan vi sitta bredvid?',
      'brukaren har strul med tandläkaren o psykiatrin, ska vi hjälpa till att reda ut det?',
      'får vi ta kontakt med vården åt brukaren?',
      'hen har fått brev från migrationsverket o vill ha hjälp att ringa, gör vi det?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Ledsagning i kontakt med myndigheter',
    words: [
      'hen ska titta på en lgh o är nervös, kan någon av oss gå med?',
      'brukaren har tid på psykakuten, ska vi följa med dit?',
      'kan personal gå med hen till mötet på soc?',
      'hen ska till tandläkaren men går aldrig själv, kan vi gå med?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Vid behov initiera och samordna en Samordnad',
    words: [
      'det är tre olika aktörer kring hen o ingen samordnar, vad gör vi?',
      'psykiatrin o beroendevården pratar inte med varandra, kan vi dra igång en plan?',
      'får boendepersonalen själva kalla till ett samordningsmöte?',
      'hen har kontakt med både kommun o region o det är rörigt, vem tar tag i det?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stöd till den enskilde att sköta sin vardagsekonomi',
    words: [
      'hen har en hög med oöppnade kuvert i hallen, ska vi hjälpa till?',
      'brukaren glömmer alla läkartider, ingår det att hjälpa hen hålla koll?',
      'hen fattar inte vad kronofogden skriver, hjälper vi till?',
      'brukaren ska söka nåt men klarar inte pappret, får vi hjälpa?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödja den enskilde till sysselsättning',
    words: [
      'hen sitter bara på rummet hela dagarna, ska vi hjälpa hen hitta nåt att göra?',
      'brukaren vill börja jobba, är det vår uppgift att stötta det?',
      'ska vi hjälpa hen få nån daglig aktivitet utanför huset?',
      'hen har fått praktikplats men kommer inte iväg, hjälper vi?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödja och hjälpa den enskilde med struktur och motivation',
    words: [
      'det är jättestökigt i lgh, ska vi städa åt hen?',
      'hen äter bara snabbmat, kan vi laga middag ihop?',
      'brukaren får inte tummen ur att gå till affären, hur stöttar vi?',
      'disken står i veckor hos hen, vad gör vi?',
      'kylskåpet är tomt o hen har inte ätit, vad kan vi göra ihop med hen?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    contains: 'Restid till och från brukaren',
    words: [
      'vi kör 40 min enkel väg till brukaren, räknas det i timmarna?',
      'tiden jag lägger på att skriva journal, ska den in i nivån?',
      'jag ringer soc o psykiatrin om hen utan att hen är med, räknas det?',
      'vi har gemensam middag på boendet, räknas det som individuellt stöd?',
      'jag förbereder mig inför ett besök, räknas den tiden?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    contains: 'Transporttid med brukaren',
    words: [
      'vi skjutsar hen till tandläkaren, räknas bilresan som stödtid?',
      'jag smsar o ringer brukaren flera ggr i veckan, räknas det?',
      'följde med hen till banken o apoteket, ska det räknas in?',
      'hjälpte hen dammsuga hemma, räknas det som brukartid?',
      'vi ringde fk tillsammans med brukaren, räknas det i nivån?',
    ],
  },

  {
    section: '000 › Referenstid',
    startsWith: 'Samtliga stödnivåer kan ge referenstid under förutsättning',
    words: [
      'brukaren har förvaltare som sköter hyran, börjar referenstiden ändå?',
      'hen har inte skrivit på kontraktet än, räknas tiden som referens?',
      'vi betalar in hyran åt hen, kan hen få referenser då?',
      'från vilken dag räknas referenstiden för en ny hyresgäst hos oss?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn ¹ varje dag',
    words: [
      'brukaren i lgh är nära LVM o behöver oss dagligen, vilken nivå är det?',
      'hen i lägenheten behöver ca 12 h stöd i veckan länge, vad gäller?',
      'på gamla ettan i lgh, måste vi åka dit varje dag även om hen inte vill?',
      'hen behöver oss fyra–fem timmar varje vecka, vilken nivå enligt 2021?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'varje dag varav fysisk minst två gånger',
    words: [
      'räcker det att vi ses två dagar o sms:ar resten på tvåan?',
      'hen vill inte ha besök varje dag, kan vi ringa istället på nivå 2?',
      'vem bestämmer hur tillsynen ska gå till, telefon eller besök, på tvåan?',
      'brukaren behöver ca tre timmar i veckan o kontakt flera dagar, vilken nivå?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn en gång per vecka',
    words: [
      'vi träffar hen en gång i veckan o gör ärenden samtidigt, vilken nivå är det?',
      'räcker det att ses en timme varje vecka på gamla trean?',
      'hen behöver hjälp med mer än referenser men inte så mycket, trean?',
      'kan vi göra tillsynen när vi ändå ger stödet på nivå 3?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn/personligt möte en gång per månad',
    words: [
      'hen ska snart flytta o behöver bara referenser, vilken nivå?',
      'brukaren har hemtjänst som täcker behoven, räcker det med fyran?',
      'vi ses bara en gång i månaden, får hen höra av sig annars?',
      'vad gör vi på fyran förutom att följa upp referenserna?',
    ],
  },
  {
    section: '000 › Referenstid',
    startsWith: '¹ Fysisk tillsyn innebär',
    words: [
      'räknas ett videosamtal som att vi har träffat hen?',
      'måste vi ses på riktigt för att det ska räknas som fysiskt?',
      'vad menas när det står att vi ska se brukaren fysiskt?',
    ],
  },
  {
    section: '000 › Referenstid',
    startsWith: '² Tillsyn innebär',
    words: [
      'kan vi sköta tillsynen genom att ringa brukaren?',
      'räcker ett sms för att ha haft tillsyn den dagen?',
      'vad räknas som tillsyn när vi inte ses?',
    ],
  },

  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    contains: 'individuellt stöd minst 4 h i veckan',
    words: [
      'kollektivboende, hen behöver ungefär fem timmar stöd i veckan, vad blir det för nivå?',
      'på ettan i kollektivet, kan vi komma överens om att inte ses varje dag?',
      'brukaren i kollektiv behöver över tio timmar länge, ska soc söka nåt mer?',
      'vilken nivå i kollektiv är för dem som behöver mest stöd?',
    ],
  },
  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    contains: 'individuellt stöd minst 2 h i veckan',
    words: [
      'kollektivboende, hen behöver runt tre timmar i veckan, vilken nivå?',
      'på tvåan i kollektivet, räcker det att ringa vissa dagar?',
      'vad skiljer ettan o tvåan i kollektiv åt?',
    ],
  },

  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare utreder brukarens ansökan om bistånd',
    words: [
      'jag utreder en boendeansökan, var skriver jag in vilken nivå jag bedömt?',
      'måste nivån stå med i själva beslutet om sbs?',
      'hen fick tvåan för två veckor sen men behöver mer, måste vi vänta en månad?',
      'ska brukaren få veta vilken nivå soc kommit fram till?',
      'vilken händelse lägger jag in i treserva för nivån?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'I förfrågningsunderlaget till SPINK',
    words: [
      'vi fick ett uppdrag utan nivå, ska den stå där?',
      'hen ska bo i lgh, var står det om hen själv betalar hyran?',
      'vad ska med i beställningen till spink?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Registrera stödnivå i Excel-fil',
    words: [
      'ny brukare har flyttat in, vem ska rapportera nivån till administrationen?',
      'är det vi personal eller chefen som fyller i excel-listan vid inflytt?',
      'var ska nivån registreras när någon flyttar in hos oss?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Vid uppstartsmötet (se insatsprocessen',
    words: [
      'vi märkte direkt efter inflytt att nivån är för låg, tar vi det på uppstarten?',
      'ska vi prata om nivån på första mötet med soc?',
      'hur länge gäller nivån efter inflytt innan den kan ändras?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'I underlag för uppföljning av genomförandet',
    words: [
      'hen har fått det mycket tuffare sen i vintras, vad ska vi skriva för att få upp nivån?',
      'vi tror hen klarar sig med mindre stöd nu, vad ska med i vår sammanfattning?',
      'ska vi förklara varför behovet ändrats o hur länge det håller i sig?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Vid uppföljningsmötet följs stödnivån upp',
    words: [
      'hen har blivit mycket sämre akut, kan nivån höjas innan uppföljningen?',
      'ska brukaren vara med o prata om sin nivå?',
      'när brukar man ändra nivån, vid vilket möte?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare tar ställning till det fortsatta',
    words: [
      'vi o soc är oense om nivån, vem har sista ordet?',
      'nivån ändras när beslutet omprövas, var ska det skrivas?',
      'ska skälen för ny nivå journalföras?',
      'vad registrerar soc i treserva när nivån ändras?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ny stödnivå, och datum från när den ska gälla',
    words: [
      'nivån har ändrats efter uppföljningen, vem meddelar administrationen?',
      'ska datumet för nya nivån in nånstans?',
      'måste chefen uppdatera excel när soc ändrat nivån?',
    ],
  },

  // ───────────── 001 Insatsprocess socialt boende med stöd ─────────────
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Uppdrag från kategorirådet',
    words: [
      'varför fick vi en ny process för sbs, vem beställde den?',
      'hänger insatsprocessen ihop med nån större plan för boende?',
      'vem låg bakom att processen togs fram?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Det ekonomiska läget',
    words: [
      'vi upplever att allt ska gå fortare nu, handlar det om budget?',
      'varför ska folk flytta vidare snabbare från boendena?',
      'är processen ett sätt att spara pengar?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Behov att säkerställa att socialtjänstprocessen',
    words: [
      'många på boendet vet inte hur socialtjänstprocessen funkar, var det ett skäl?',
      'varför tjatar man om att vi ska följa processen?',
      'var det ett problem att processen inte följdes tidigare?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Utförare och myndighet måste',
    words: [
      'vi på boendet o soc drar åt olika håll, tar processen upp det?',
      'vi vet inte vad handläggarna gör, behöver vi det?',
      'varför behöver vi gemensamma rutiner med myndigheten?',
    ],
  },

  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Underlätta handläggning',
    words: [
      'vad vinner vi på att följa insatsprocessen i vardagen?',
      'ska processen göra det enklare för oss att ge stödet?',
      'blir soc:s arbete smidigare med processen?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Förstärkt samverkan',
    words: [
      'samarbetet med soc är dåligt, är processen tänkt att hjälpa?',
      'handlar insatsprocessen om att vi o soc ska jobba bättre ihop?',
      'kommer processen ge bättre kontakt med handläggarna?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Ökad kvalitet och följsamhet',
    words: [
      'ska brukarna få bättre stöd tack vare processen?',
      'är poängen att vi ska följa socialtjänstprocessen noggrannare?',
      'förbättrar processen boendeinsatsen?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Ökad rättssäkerhet',
    words: [
      'ska alla brukare få samma behandling oavsett handläggare?',
      'brukare hos olika handläggare får olika, ska processen ändra det?',
      'varför pratar processen om rättssäkerhet?',
    ],
  },

  {
    section: '001 › Göteborg – en stad för alla',
    startsWith: 'Likvärdig service',
    words: [
      'hen bor i en annan stadsdel, ska hen få samma stöd som här?',
      'ska det spela roll var i stan brukaren bor?',
      'ska brukare i hela göteborg få lika bra stöd?',
    ],
  },

  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Två workshops med alla förste',
    words: [
      'var förstesocialsekreterarna med när processen togs fram?',
      'fick enhetscheferna på boendena vara med o tycka till?',
      'hösten 2020, vad hände då med processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fokus på framgångsfaktorer',
    words: [
      'vad diskuterade man på träffarna hösten 2020?',
      'tittade man på vad som funkar bra i socialtjänstprocessen?',
      'pratade de om vad som behöver bli bättre?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Ta fram en processbeskrivning',
    words: [
      'vad bestämdes i december 2020 om processen?',
      'när bestämdes det att sbs skulle få en egen beskrivning?',
      'vad gick handlingsplanen ut på?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Arbetsgrupp med enhetschefer',
    words: [
      'vilka satt o skrev processen våren 2021?',
      'var det chefer från boendena med i gruppen?',
      'vilka jobbade fram processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Konsultstöd',
    words: [
      'tog man hjälp utifrån för att rita processen?',
      'vem gjorde processkartan?',
      'anlitades en konsult till insatsprocessen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Remissrunda',
    words: [
      'fick man tycka till om processen innan den beslutades?',
      'när skickades processen ut för synpunkter?',
      'var det remiss i juni 2021?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Beslutad av avdelningschefs-nätverket',
    words: [
      'när klubbades insatsprocessen?',
      'vilket nätverk godkände processen i augusti?',
      'vem sa ja till processen till slut?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Informationstillfällen via teams',
    words: [
      'hur fick personalen lära sig om processen?',
      'blev det gemensamma teamsträffar för boende o soc?',
      'var det info på teams om processen hösten 2021?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fortsatt implementering',
    words: [
      'ska vi själva jobba in processen på vår enhet?',
      'räcker infomötet eller ska enheten fortsätta med införandet?',
      'vem ser till att processen används hos oss?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Uppföljning med arbetsgruppen',
    words: [
      'följs införandet upp på nåt sätt?',
      'när tittade arbetsgruppen på hur det gick?',
      'blev det nån uppföljning i december?',
    ],
  },

  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Från intranätets startsida',
    words: [
      'jag hittar inte processen på intranätet, var ligger den?',
      'var klickar man för att komma till insatsprocessen?',
      'finns processen bland genvägarna på startsidan?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Spink - samlad placerings',
    words: [
      'soc pratar om spink, vad är det?',
      'vem sköter placeringar o inköp av boendeplatser?',
      'jag ska beställa en boendeplats, vilken funktion sköter det?',
    ],
  },

  {
    section: '001 › Socialtjänstprocessen',
    startsWith: 'Senaste version beslutad 2021-08-26',
    words: [
      'är socialtjänstprocessen vi har uppdaterad?',
      'vilken är den nyaste versionen av socialtjänstprocessen?',
      'vilket datum är socialtjänstprocessen beslutad?',
    ],
  },

  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Syftet med processen är att underlätta',
    words: [
      'varför finns det en process för oss på boendet o soc?',
      'vad har vi i personalgruppen för nytta av processen?',
      'är meningen att vi ska samverka mer med handläggarna?',
      'hur ska processen göra boendet bättre för brukarna?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Beslutad av avdelningschefs nätverket vuxen',
    words: [
      'från vilket datum gäller insatsprocessen?',
      'vem har tagit beslut om insatsprocessen för sbs?',
      'är insatsprocessen ett beslutat dokument?',
    ],
  },

  {
    section: '001 › Placera',
    startsWith: 'Stödmaterial målformulering',
    words: [
      'jag ska skriva mål i uppdraget, finns det hjälp?',
      'vi vet inte hur man skriver bra mål, finns det material?',
      'var hittar jag stöd för mål när jag placerar?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Checklista uppdrag',
    words: [
      'vad måste vara med när soc placerar hos oss?',
      'finns det en lista att bocka av när man skriver uppdrag?',
      'jag skriver uppdrag till boendet, finns det nåt att checka mot?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Mallar för inledande uppdrag',
    words: [
      'finns färdiga exempel på uppdrag vid placering?',
      'jag ska skriva första uppdraget, finns det förlaga?',
      'var finns exempeluppdragen för akut o långsiktigt?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Länk till stöd vid bedömning av stödnivå',
    words: [
      'var hittar jag materialet om nivåer när jag placerar?',
      'hur bedömer jag nivån vid placering, finns det länk?',
      'finns nivåstödet länkat i processen?',
    ],
  },

  {
    section: '001 › Stödmaterial målformulering',
    startsWith: 'MALL: SMART:a mål',
    words: [
      'soc vill att målen ska vara smarta, vad betyder det?',
      'målet i uppdraget är luddigt, hur ska det formuleras?',
      'ska målen vara accepterade av brukaren?',
      'hur gör man ett mål mätbart o tidssatt?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    contains: 'Beskriv det långsiktiga målet',
    words: [
      'vad skriver jag som övergripande mål för placeringen?',
      'hur beskriver man vad insatsen ska leda till på lång sikt?',
      'ska det stora målet förklara syftet med insatsen?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    contains: 'Hur vet vi när målet är uppnått?',
    words: [
      'hur märker vi att brukaren nått sitt delmål?',
      'ska det stå vem som ansvarar för varje delmål?',
      'ska delmålet ha ett datum när det ska vara klart?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    contains: '(mätbart)',
    words: [
      'hur detaljerat ska ett delmål vara?',
      'måste delmålen gå att mäta?',
      'ska delmål vara rimliga o ha en tidsgräns?',
    ],
  },

  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Ett uppdrag till utförare ska enligt SOSFS',
    words: [
      'uppdraget vi fick är jättetunt, vad ska det egentligen innehålla?',
      'finns det regler för vad soc måste skriva i uppdraget?',
      'vilken föreskrift säger vad ett uppdrag ska ha med?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Namn, personnummer',
    words: [
      'brukaren har inget svenskt personnummer, hur identifieras hen i uppdraget?',
      'vi har två brukare med samma namn, vad ska stå så vi inte blandar ihop?',
      'vi har inget sätt att nå nya brukaren, borde numret stått i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'behov av tolk',
    words: [
      'hen pratar knappt svenska, ska det stå i uppdraget?',
      'brukaren behöver bildstöd för att förstå, ska det framgå?',
      'hur vet vi om hen behöver tolk vid inflytt?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om god man',
    words: [
      'hen har förvaltare, ska vi få veta vad förvaltaren sköter?',
      'vem är god man för brukaren, var ser vi det?',
      'ska uppdraget säga vilka uppgifter gode mannen har?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om den enskilde har skyddade',
    words: [
      'brukaren har skyddad adress, ska vi få veta det i uppdraget?',
      'hen har sekretessmarkering, framgår det av uppdraget?',
      'ska vi informeras om att hen har skyddade uppgifter?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken bedömning som gjorts',
    words: [
      'vi vet inte varför soc tycker hen behöver boende, ska det stå?',
      'ska vi få veta vilka behov handläggaren har sett?',
      'ska uppdraget berätta hur soc ser på brukarens behov?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vad som ingår i uppdraget',
    words: [
      'vi vet inte vad vi ska hjälpa hen med, ska det framgå av uppdraget?',
      'uppdraget säger inget om våra arbetsuppgifter, är det fel?',
      'var står det vad vår insats ska innehålla?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilket eller vilka mål som gäller',
    words: [
      'inga mål står i uppdraget, måste de vara med?',
      'hur vet vi vilket mål placeringen har?',
      'ska soc skriva ut mål för insatsen?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'former för uppföljning',
    words: [
      'hur vet vi hur o när insatsen ska följas upp?',
      'ska det stå hur uppföljningen går till just för den här brukaren?',
      'uppdraget säger inget om uppföljning, ska det göra det?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken information som efter en prövning',
    words: [
      'när hen flyttar ut, vad ska vi lämna tillbaka till soc?',
      'vilka uppgifter ska gå tillbaka till nämnden vid avslut?',
      'får vi lämna ut allt till soc när placeringen slutar?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'namn och kontaktuppgifter till ansvarig handläggare',
    words: [
      'vem är handläggare för brukaren, ska det stå i uppdraget?',
      'vi behöver nå soc men vet inte vem, var står det?',
      'ska uppdraget ha handläggarens telefonnummer?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'I uppdraget ska även följande framgå',
    words: [
      'vad mer än det vanliga ska stå i uppdraget till boendet?',
      'finns det extra saker som ska med i uppdraget för sbs?',
      'utöver socialstyrelsens krav, vad ska uppdraget innehålla?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Aktuell stödnivå (1-4)',
    words: [
      'vi vet inte vilken nivå hen har, borde det stå i uppdraget?',
      'måste nivån alltid vara med i uppdraget?',
      'ska soc skriva ettan, tvåan osv när de placerar?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om det finns en samordnad',
    words: [
      'hen har en sip sen tidigare, ska vi få veta det?',
      'ska uppdraget nämna om hen redan har en samordnad plan?',
      'hur vet vi om brukaren redan har sip?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Vid lägenhetsboende ska det framgå',
    words: [
      'hen har flyttat in i lgh, vet vi om hen själv ska betala hyran?',
      'var ser vi om brukaren ska stå för hyran?',
      'uppdraget säger inget om hyra i lägenheten, vad gäller?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om den enskilde ska betala egenavgift',
    words: [
      'hen struntar i att betala egenavgiften, är det vårt ansvar?',
      'ska vi påminna brukaren om egenavgiften?',
      'hur vet vi om hen har egenavgift att betala?',
      'hur aktivt ska vi jobba med att egenavgiften blir betald?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Hot- och våldshistorik',
    words: [
      'hen har hotat personal tidigare, ska vi få veta det i förväg?',
      'brukaren har dömts för misshandel, ska det stå i uppdraget?',
      'får vi veta om det finns risk för våld innan inflytt?',
      'vi var inte förberedda på att hen kan bli våldsam, borde det stått i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Av dokumentationen ska det framgå när uppdraget',
    words: [
      'ska soc dokumentera när de skickat uppdraget till oss?',
      'måste sekretessprövningen av uppdraget journalföras?',
      'hur syns det att uppdraget har lämnats över till boendet?',
    ],
  },

  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Mallen är till som en hjälp',
    words: [
      'uppdraget på akuten ser standard ut, när blir det anpassat efter brukaren?',
      'måste alla punkter i akutmallen vara med?',
      'kan vi ändra uppdraget på akuten efter uppstartsmötet?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Säkerställa behov av daglig tillsyn',
    words: [
      'hur ofta ska vi ha koll på den som bor på akuten?',
      'måste vi se brukaren på akutboendet varje dag?',
      'ingår det att titta till hen dagligen på akuten?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Genomföra boendekartläggning med syfte',
    words: [
      'hen har bott på akuten länge, vad gör vi för att hen ska komma vidare?',
      'hur jobbar vi för att hen ska ta sig ur hemlösheten?',
      'ska vi kartlägga boendesituationen för den som bor akut?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja och motivera till kontakt',
    words: [
      'hen på akuten behöver vård men vill inte, vad gör vi?',
      'ska akutpersonalen stötta hen att kontakta fk?',
      'hen har inte varit hos läkare på länge, ska vi peppa hen?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Boendecoachning',
    words: [
      'hen på akuten vill söka lgh, hjälper vi till?',
      'ingår det att coacha kring bostad när man bor akut?',
      'ska vi på akuten hjälpa hen leta bostad?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift',
    words: [
      'hen på akuten har inte lämnat in inkomstuppgifter, ska vi hjälpa?',
      'det finns ett slutdatum för egenavgiftspappren, vem påminner?',
      'ska vi stötta hen med papper till egenavgiften på akuten?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Återkoppla till socialtjänsten vid första nattens',
    words: [
      'sängen var orörd i morse på akuten, måste handläggaren få veta?',
      'hen kom inte tillbaka igår kväll, ringer vi soc direkt?',
      'vi är oroliga för en akutboende som verkar må dåligt, vem kontaktar vi?',
      'brukaren har inte synts till på ett dygn, vad gör vi?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X har ”tak',
    words: [
      'vad är huvudmålet med att bo på akuten?',
      'räcker det att hen har nånstans att sova som mål?',
      'är målet på akuten att hen inte ska sova ute?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X deltar i kartläggning',
    words: [
      'hen vill inte prata om var hen bott förut, vad är målet?',
      'ska brukaren på akuten medverka när vi kartlägger?',
      'hen struntar i kartläggningen på akuten, är hens medverkan ett mål?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk',
    words: [
      'hen på akuten kommer fortsätta dricka, vad jobbar vi mot då?',
      'hen injicerar, kan målet vara att minska riskerna?',
      'kan målet på akuten vara att hen använder mindre?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet',
    words: [
      'kan nykterhet vara ett mål fast hen bor akut?',
      'hen vill sluta helt med drogerna, finns det som mål på akuten?',
      'är långsiktig drogfrihet med i målen för akutboende?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X ska komma vidare till ett boende',
    words: [
      'hur länge ska hen bo akut, vad är målet?',
      'ska hen flytta vidare nånstans som passar hens behov bättre?',
      'vart ska brukaren på akuten ta vägen sen?',
    ],
  },

  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Mallen är till som en hjälp',
    words: [
      'uppdraget på långsiktigt boende känns generellt, anpassas det senare?',
      'är punkterna i mallen förslag eller krav?',
      'när görs det första uppdraget mer personligt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Säkerställa behov av tillsyn och individuellt stöd',
    words: [
      'hur mycket tillsyn ska vi ha på kortsiktigt boende?',
      'styr nivån hur ofta vi träffar brukaren?',
      'ska stödet på långsiktigt följa den nivå soc satt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att planera för och flytta in',
    words: [
      'hen flyttar in på måndag o har inga möbler, ska vi hjälpa?',
      'hen har flyttlass på lördag, ska vi vara med o planera?',
      'brukaren saknar sängkläder o köksgrejer, är det vårt ansvar?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x med praktiska göromål',
    words: [
      'hen har flyttat in men inte ändrat adress, hjälper vi till?',
      'brukaren har ingen försäkring för lgh, ska vi fixa det med hen?',
      'vilka praktiska saker ska vi hjälpa till med vid inflytt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Gå igenom förväntningar på x avseende hyresrelaterade',
    words: [
      'ny brukare förstår inte vad som gäller med hyran, ska vi förklara?',
      'ska vi gå igenom hyresreglerna med hen i början?',
      'hur vet brukaren vad vi förväntar oss kring hyran?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Påbörja boendekartläggning',
    words: [
      'hen bor på kortsiktigt, hur jobbar vi mot nästa boende?',
      'ska vi börja kartlägga hens boendebehov direkt?',
      'hur tar sig brukaren ur hemlösheten från långsiktigt boende?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att påbörja eller upprätthålla viktiga kontakter',
    words: [
      'hen har frivård, ska vi hjälpa hen hålla tiderna där?',
      'brukaren har tappat kontakten med beroendemottagningen, vad gör vi?',
      'ska vi stötta kontakten med psykiatrin o arbetsförmedlingen?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift',
    words: [
      'hen har inte skickat in pappren för egenavgiften, hjälper vi till?',
      'vem ser till att egenavgiftsunderlaget kommer in i tid?',
      'egenavgiftsunderlaget ska in senast ett visst datum, vad gör vi?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X har en stabil och trygg boendesituation',
    words: [
      'vad vill vi uppnå med att hen bor på långsiktigt?',
      'är det ett mål att hen ska känna sig trygg där hen bor?',
      'ska placeringen ge hen ett boende som håller?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X deltar i kartläggning',
    words: [
      'hen vill inte vara med i kartläggningen på kortsiktigt, vad gäller?',
      'ska brukaren själv delta när vi kartlägger boendet?',
      'är kartläggningen ett mål för kort- o långsiktigt boende?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk',
    words: [
      'hen fortsätter använda, kan målet vara att minska konsekvenserna?',
      'ska vi jobba med att hen dricker mindre på långsiktigt?',
      'hen tänker inte sluta, vad kan målet vara då?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet',
    words: [
      'hen vill bli nykter framöver, står det som mål?',
      'kan drogfrihet vara ett långsiktigt mål i uppdraget?',
      'ska målet vara att hen till slut blir helt drogfri?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd avseende fysisk och psykisk hälsa',
    words: [
      'hen mår psykiskt dåligt, ingår det i målen?',
      'brukaren har dålig kondition o ont, ska vi stötta hälsan?',
      'kan må bättre vara ett mål i placeringen?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X ska komma vidare till ett boende',
    words: [
      'hen trivs o vill bo kvar, kan det vara ett mål?',
      'måste alla flytta vidare från långsiktigt boende?',
      'vad är målet om hen ska bo kvar länge?',
    ],
  },

  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'I samband med att den enskilde har flyttat in',
    words: [
      'hen bor hos oss sen i måndags, vilka ska vara med på första mötet?',
      'ska kontaktpersonen o soc träffa brukaren ihop efter inflytt?',
      'måste vi ha ett möte efter att hen flyttat in?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Syftet med mötet är att',
    words: [
      'varför ska vi ha ett möte med soc direkt efter inflytt?',
      'vad är poängen med första mötet efter inflytten?',
      'hur får vi samma bild av målen som handläggaren?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Vid uppstartsmötet kan det vara bra',
    words: [
      'vad ska vi prata om på mötet efter inflytten?',
      'finns förslag på punkter till uppstarten?',
      'vad brukar man ta upp när man startar i boendet?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur har det fungerat i boendet sedan inflyttning?',
    words: [
      'hen har haft det stökigt första veckan, tar vi upp det på uppstarten?',
      'ska vi berätta hur de första veckorna gått?',
      'hur hen har haft det sen flytten, pratar vi om det då?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Genomgång av uppdraget och revidering',
    words: [
      'uppdraget vi fick var standard, när gör vi om det?',
      'kan uppdraget ändras på uppstarten?',
      'ska vi gå igenom uppdraget med brukaren på första mötet?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Dialog kring den enskildes tankar',
    words: [
      'hur får brukaren säga vad hen vill jobba med först?',
      'hen har egna mål, tas de upp på uppstarten?',
      'vem väljer vilka mål som går först?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur och när ska uppföljning',
    words: [
      'ska vi bestämma datum för uppföljning redan på första mötet?',
      'hur o när följs insatsen upp, bestäms det på uppstarten?',
      'vi glömde boka uppföljning, när skulle det gjorts?',
    ],
  },

  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ligger som grund',
    words: [
      'varför behöver vi en plan när vi redan har uppdraget?',
      'vad ska vi planera vårt arbete utifrån?',
      'vad bygger vi schemat för stödet på?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen tydliggör',
    words: [
      'brukaren vet inte vad vi ska göra, var ska det stå?',
      'hur vet personalen vem som gör vad hos brukaren?',
      'ska det stå när o hur saker ska göras?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Utföraren upprättar genomförandeplanen',
    words: [
      'var ska GP:n skrivas, på papper eller i treserva?',
      'är det soc eller boendet som skriver planen?',
      'vem på boendet gör planen?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Om den enskilde inte ger sitt samtycke',
    words: [
      'hen vägrar prata om planen, vad skriver vi?',
      'brukaren vill inte skriva under, ska planen ändå göras?',
      'hur visar vi att vi försökt få med hen i planen?',
      'brukaren säger att planen är meningslös o vill inte delta, vad gör vi?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Den första genomförandeplanen upprättas inom',
    words: [
      'hen flyttade in för tre veckor sen o vi har ingen plan än, är vi sena?',
      'när senast ska första planen vara klar?',
      'kan vi ändra planen om nåt nytt händer?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Meddela ansvarig handläggare via',
    words: [
      'planen är klar, hur säger vi till soc?',
      'ska handläggaren få veta att vi gjort planen?',
      'vilken funktion i treserva använder vi när GP är färdig?',
    ],
  },

  {
    section: '001 › Genomföra insats',
    startsWith: 'Nyskapade aktiviteter',
    words: [
      'har akut, kort o långsiktigt samma innehåll i stödet?',
      'finns det gemensamma aktiviteter som beskriver vad vi gör?',
      'vad är meningen med de nya aktiviteterna i processen?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendekartläggning – arbete under',
    words: [
      'vi vet inte hur vi ska kartlägga boende, finns det rutin?',
      'är boendekartläggningen klar som metod eller jobbar de fortfarande på den?',
      'vem tar fram hur boendekartläggning ska göras?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Motivera och stödja den enskilde',
    words: [
      'var står det vilket stöd vi erbjuder brukaren?',
      'finns det material om nivåer kopplat till stödet?',
      'hur peppar vi brukaren, finns beskrivning?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Hantera hyresrelaterade frågor',
    words: [
      'hen vill bo kvar i lgh efter placeringen, går det?',
      'vad har hyresgästen för ansvar i en integrerad lägenhet?',
      'var hittar vi info om referenser till hyresvärden?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendecoaching',
    words: [
      'vad betyder det att vi ska coacha hen kring bostad?',
      'vilket stöd ingår när vi boendecoachar?',
      'finns det beskrivning av hur vi hjälper hen hitta bostad?',
    ],
  },

  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Underlag för handläggarens uppföljning dokumenteras',
    words: [
      'var ska vi skriva sammanfattningen till soc inför uppföljning?',
      'i vilken journal lägger vi underlaget till handläggaren?',
      'ska vi mejla underlaget eller skriva det i journalen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Av underlaget/sammanfattningen ska följande',
    words: [
      'vad ska vår sammanfattning till handläggaren innehålla?',
      'vi ska skriva underlag inför uppföljning, vad ska med?',
      'finns en lista på vad som ska stå i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Hur har det fungerat i boendet sedan föregående',
    words: [
      'ska vi skriva hur boendet har gått sedan sist?',
      'hur det gått för hen sen förra mötet, ska det med?',
      'vi ska skriva om hur vardagen i boendet funkat senaste tiden, ska det med?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – har den enskilde betalt',
    words: [
      'hen har missat två hyror, ska det stå i sammanfattningen?',
      'ska vi rapportera att egenavgiften blivit betald?',
      'ska hyresinbetalningarna redovisas till soc?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Händelser av vikt',
    words: [
      'hen var inlagd en vecka, ska det med i underlaget?',
      'det var bråk på boendet, ska det in i sammanfattningen?',
      'polisen var här förra månaden, tar vi med det till uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Uppföljning av uppdraget utifrån eventuella delmål',
    words: [
      'hur skriver vi hur långt hen kommit med målen?',
      'ska vi gå igenom delmålen ett o ett i sammanfattningen?',
      'ska vi bedöma hur väl målen har uppnåtts?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vilka mål är uppfyllda?',
    words: [
      'hen har klarat några mål, ska vi lista dem?',
      'ska det stå vilka mål som är avklarade?',
      'hen har nått målet om egen ekonomi, skriver vi det?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad har uppnåtts och hur?',
    words: [
      'ska vi beskriva hur hen lyckades med sina mål?',
      'hen har börjat betala räkningar själv, hur beskriver vi det?',
      'ska vi skriva vad som blivit bättre o på vilket sätt?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad kvarstår?',
    words: [
      'ska vi skriva det hen inte klarat än?',
      'det som återstår att jobba med, tar vi med det?',
      'hen har mycket kvar att göra, ska det med?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – resultat av genomförd boendekartläggning',
    words: [
      'vi har kartlagt boendet, ska resultatet med till soc?',
      'var redovisar vi vad kartläggningen visade?',
      'ska boendekartläggningen in i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Beskrivning av eventuella behov som tillkommit',
    words: [
      'hen har fått diabetes sen förra uppföljningen, ska det med?',
      'nya problem har dykt upp, skriver vi det till soc?',
      'hen behöver hjälp med saker som inte fanns med förut, var tar vi upp det?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån',
    words: [
      'vi tycker hen ska ha lägre nivå, ska det stå i underlaget?',
      'ska vi föreslå ändrad nivå i sammanfattningen?',
      'hen behöver mer tid än nivån ger, hur tar vi upp det?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'På vilket sätt har den enskildes behov',
    words: [
      'hur beskriver vi att hen behöver mer hjälp nu?',
      'hen klarar mer själv, hur skriver vi det?',
      'ska vi förklara konkret hur behovet förändrats?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad är anledningen till det förändrade behovet?',
    words: [
      'hen har blivit sämre efter ett dödsfall, ska orsaken med?',
      'hen har återfallit, ska vi skriva det som skäl till mer stöd?',
      'ska vi förklara varför hen behöver mer stöd nu?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Varaktighet över tid?',
    words: [
      'är det bara en tillfällig svacka eller långvarigt, ska vi bedöma det?',
      'behovet har ökat en period, ska vi ange hur länge det varat?',
      'tar vi med om förändringen är bestående?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Tänk på att det är viktigt att den enskildes perspektiv',
    words: [
      'hen håller inte med om vår bild, ska hens åsikt med i underlaget?',
      'hur får vi med vad brukaren själv tycker?',
      'hur skriver vi så att brukarens röst hörs i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När sammanställningen är klar skickas',
    words: [
      'sammanfattningen är klar, hur får soc veta det?',
      'ska vi mejla handläggaren eller skicka i treserva?',
      'vi har skrivit underlaget, vad gör vi sen?',
    ],
  },

  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Hur har det fungerat i boendet sedan föregående',
    words: [
      'vad ska soc fråga först på uppföljningsmötet?',
      'går vi igenom hur boendet fungerat sen sist på mötet?',
      'hur hen haft det sen förra mötet, pratar vi om det?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'När aktuellt – har den enskilde betalt',
    words: [
      'kommer soc ta upp att hen inte betalat hyran på mötet?',
      'hen ligger efter med egenavgiften, tas det upp på uppföljningen?',
      'ska hyra o egenavgift stämmas av på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har hänt i processen',
    words: [
      'vi vill att hen ska få beröm för det som gått bra, passar det på mötet?',
      'ska vi lyfta det positiva brukaren gjort?',
      'hur pratar vi om vad som hänt sen sist?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Händelser av vikt',
    words: [
      'det har hänt allvarliga saker, tar vi upp dem på uppföljningsmötet?',
      'hen blev polisanmäld, pratar vi om det på mötet?',
      'ska större händelser diskuteras med soc vid uppföljning?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Avstämning av uppdraget',
    words: [
      'uppdraget känns inaktuellt, tar vi upp det på uppföljningen?',
      'ska vi gå igenom vad vi ska göra framöver på mötet?',
      'kollar soc att uppdraget fortfarande stämmer?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vilka mål är uppfyllda?',
    words: [
      'hen har klarat målet med städningen, tar vi upp det på mötet?',
      'ska vi prata om vilka mål som är klara?',
      'hur ser vi på måluppfyllelsen på uppföljningsmötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har uppnåtts och hur?',
    words: [
      'ska vi berätta på mötet hur hen klarade sina mål?',
      'diskuteras vad som har fungerat o varför?',
      'ska mötet ta upp resultaten av stödet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad kvarstår?',
    words: [
      'ska vi prata om det som inte är klart på uppföljningsmötet?',
      'hur tar vi upp mål hen inte nått?',
      'det hen har kvar att jobba med, pratar vi om det?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Behov som har tillkommit?',
    words: [
      'hen har fått nya svårigheter, tar vi upp det på mötet?',
      'nya behov sen sist, ska de diskuteras?',
      'brukaren behöver hjälp med nya saker, när tar vi upp det?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån',
    words: [
      'vi vill ha högre nivå för hen, kan vi ta det på mötet?',
      'hen tycker själv att hen behöver mindre stöd, tas det upp på mötet?',
      'när tas nivåbehovet upp med soc?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad är anledningen till det förändrade behovet?',
    words: [
      'ska soc fråga varför behovet har ändrats på mötet?',
      'hen mår sämre efter en separation, tar vi upp orsaken?',
      'diskuteras skälet till att hen behöver annat stöd nu?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Varaktighet över tid?',
    words: [
      'pratar vi om behovet är tillfälligt eller bestående?',
      'ska mötet bedöma hur länge det nya behovet varar?',
      'kortvarig kris eller långvarig, tar vi upp det på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tid för nästa uppföljningsmöte',
    words: [
      'ska vi boka in nästa möte innan vi går?',
      'när sätts datumet för nästa uppföljning?',
      'vi glömde boka ny uppföljning, skulle det gjorts på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tänk på att det är viktigt att den enskilde ges utrymme',
    words: [
      'brukaren säger aldrig nåt på mötena, hur får hen komma till tals?',
      'ska hen få berätta hur hen tycker att stödet funkar?',
      'hur hen själv ser på sitt behov av hjälp, ska det tas upp?',
    ],
  },

  {
    section: '001 › Avsluta',
    startsWith: 'När det finns en planering för flytt',
    words: [
      'hen ska flytta till eget, kan vi följa med o titta på nya stället?',
      'brukaren ska till ett annat boende, hur lämnar vi över?',
      'vad gör vi inför att hen flyttar vidare till en ny insats?',
      'får kontaktpersonen gå på besök på nästa boende med hen?',
    ],
  },

  {
    section: '001 › Kontakt',
    startsWith: 'Vid frågor eller synpunkter',
    words: [
      'jag har synpunkter på insatsprocessen, vem hör jag av mig till?',
      'vem kan svara på frågor om processen?',
      'finns det kontaktpersoner för insatsprocessen?',
    ],
  },

  // ───────────── 002 Verksamhetshandbok boendestöd (FFS, 2024) ─────────────
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Beslutad av: Avdelningsledningsgrupp',
    words: [
      'vilken ledning står bakom boendestödshandboken?',
      'vem har godkänt handboken för boendestöd?',
      'är handboken tagen av ledningen för myndighet o socialpsykiatri?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Gäller för: Medarbetare',
    words: [
      'jag jobbar på myndighet, gäller boendestödshandboken mig?',
      'är handboken bara för boendestödjare?',
      'vilka anställda ska följa handboken?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Datum och paragraf för beslutet',
    words: [
      'från när gäller boendestödshandboken?',
      'vilket datum fattades beslutet om handboken?',
      'är handboken från 2024?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Dokumentsort: Rutin',
    words: [
      'är handboken en rutin eller en riktlinje?',
      'vilken typ av dokument är verksamhetshandboken?',
      'räknas boendestödshandboken som rutin?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Giltighetstid: Tillsvidare',
    words: [
      'gäller handboken fortfarande?',
      'går handboken ut nåt visst datum?',
      'hur länge är boendestödshandboken giltig?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Senast reviderad',
    words: [
      'när uppdaterades boendestödshandboken?',
      'har handboken setts över nyligen?',
      'vilken version av handboken är den senaste?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Dokumentansvarig',
    words: [
      'vem ska jag kontakta om fel i handboken?',
      'vem är ansvarig för boendestödshandboken?',
      'vem uppdaterar verksamhetshandboken?',
    ],
  },

  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken syftar till',
    words: [
      'två brukare med samma behov får olika mycket boendestöd, vad säger handboken?',
      'varför har myndighet o utförare en gemensam handbok?',
      'ska handboken göra att stödet kommer när det behövs?',
    ],
  },
  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken är inte heltäckande',
    words: [
      'vi har ett läge som inte står i handboken, vad gör vi?',
      'måste handboken följas exakt i alla lägen?',
      'handboken säger inget om vårt fall, hur ska vi använda den?',
    ],
  },

  {
    section: '002 › Vem omfattas av denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken gäller tills vidare',
    words: [
      'jag är boendestödjare på funktionsstöd, gäller handboken mig?',
      'gäller boendestödshandboken för handläggarna på ffs?',
      'finns det ett slutdatum för när vi ska följa handboken?',
    ],
  },

  {
    section: '002 › Upplägg av verksamhetshandbok',
    startsWith: 'Handboken är en sammanslagning',
    words: [
      'varför finns metodstöd o rutiner i samma handbok?',
      'vad har slagits ihop i verksamhetshandboken?',
      'kan jag följa hela processen i handboken?',
    ],
  },
  {
    section: '002 › Upplägg av verksamhetshandbok',
    startsWith: 'Inledningen är gemensam',
    words: [
      'vi hittade fel i delen om uppdrag, vem ska ändra?',
      'vem ansvarar för texten om genomförande i handboken?',
      'är början av handboken gemensam för myndighet o utförare?',
    ],
  },

  {
    section: '002 › Vad är boendestöd',
    startsWith: 'Boendestöd är ett bistånd',
    words: [
      'hen hyr ett rum hos en kompis, kan hen få boendestöd?',
      'brukaren bor på vandrarhem just nu, kan boendestöd beviljas?',
      'kan en 17-åring få boendestöd?',
      'vilken paragraf i sol gäller boendestöd?',
      'hen har stora svårigheter i vardagen o egen lgh, kan hen få boendestöd?',
    ],
  },

  {
    section: '002 › Innehållet',
    startsWith: 'Boendestödet ska, under hänsynstagande',
    words: [
      'ska vi göra saker åt hen eller hjälpa hen klara det själv?',
      'hen vill att vi bara fixar allt, hur ser boendestödet på det?',
      'är boendestöd till för att hen ska klara vardagen bättre?',
      'kan stödet vara socialt också, inte bara praktiskt?',
    ],
  },

  {
    section: '002 › Platsen',
    startsWith: 'Boendestöd utgår från individens boende',
    words: [
      'hen vill att vi ses på ett café istället för hemma, går det?',
      'kan vi ha boendestöd via videosamtal?',
      'brukaren behöver hjälp att ta sig till jobbet, ingår det?',
      'hen vill ha stöd att komma iväg till gymmet, är det boendestöd?',
    ],
  },

  {
    section: '002 › Relationsaspekten',
    startsWith: 'Boendestöd är ett pedagogiskt',
    words: [
      'brukaren vill att vi diskar åt hen, ska vi göra det?',
      'det kommer nya boendestödjare hela tiden, spelar det nån roll?',
      'kan vi kompensera för det hen inte klarar?',
      'varför ska samma personal gå till hen?',
    ],
  },

  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'Utgångspunkten är att majoriteten',
    words: [
      'hen har gett soc samtycke att prata med mamman, gäller det oss också?',
      'var ser vi om vi får prata med hens psykiatri?',
      'vem ska sköta samarbetet runt brukaren, chefer eller vi närmast?',
      'får boendestödjaren prata med anhöriga om samtycket finns hos soc?',
    ],
  },
  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'För den operativa samverkan',
    words: [
      'vi har svårt att samarbeta med handläggarna, vart vänder vi oss?',
      'finns det fasta möten mellan stödpedagoger o förste soc?',
      'hur löser man samarbetsproblem mellan myndighet o utförare?',
      'ska enhetscheferna ha möten om hur samarbetet funkar?',
    ],
  },

  {
    section: '002 › Socialtjänstprocessen',
    startsWith: 'I socialtjänstprocessen beskrivs',
    words: [
      'var hittar jag hur uppföljningen av boendestöd går till?',
      'vilka steg är lika för alla insatser?',
      'gäller processtegen för alla insatser eller bara boendestöd?',
    ],
  },

  {
    section: '002 › Hantera ansökan',
    startsWith: 'Under processteget Hantera ansökan',
    words: [
      'hen ringde o sa att hen vill ha boendestöd, räknas det som ansökan?',
      'brukaren vill ha fem timmar i veckan i ett halvår, ska det noteras?',
      'vad ska jag registrera när någon söker boendestöd?',
      'kan man söka boendestöd för en viss period?',
    ],
  },

  {
    section: '002 › Att tänka på vid anmälan om behov',
    startsWith: 'En utredning kan först inledas',
    words: [
      'mamman ringer o säger att sonen behöver hjälp hemma, vad gör soc?',
      'psykiatrin hör av sig om en patient som behöver stöd, kan soc utreda direkt?',
      'får soc ringa upp anmälaren o ställa frågor?',
      'anhöriga vill veta hur det går med deras anmälan, får soc berätta?',
    ],
  },

  {
    section: '002 › Inhämta uppgifter',
    startsWith: 'Detta processteg handlar om',
    words: [
      'soc vill ha info från oss om hur hen har det, är det ok?',
      'vilka kan berätta för soc om hens funktionsnedsättning?',
      'hur hen klarar vardagen, vem berättar det för soc?',
    ],
  },

  {
    section: '002 › Inför mötet',
    startsWith: 'Inför mötet om boendestöd kan',
    words: [
      'jag ska träffa en ny sökande, vad kan jag skicka innan?',
      'finns det info att ge brukaren om vad boendestöd är?',
      'finns det en bilaga till broschyren om att söka?',
    ],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Det finns möjlighet att bjuda in medarbetare',
    words: [
      'hen har fullt med saker hemma o söker stöd, kan boendestödet vara med på mötet?',
      'får soc bjuda in oss till ett möte med en sökande?',
      'när är det bra att boendestödet är med på utredningsmötet?',
    ],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Om mötet gäller en återansökan',
    words: [
      'hen har haft boendestöd förut o söker igen, vad gör soc innan mötet?',
      'soc frågar efter vår GP inför ny ansökan, varför?',
      'ska handläggaren prata med oss innan hen träffar brukaren igen?',
    ],
  },

  {
    section: '002 › Under mötet',
    startsWith: 'Under samtalet med individen',
    words: [
      'brukaren är nervös inför mötet, kan hen ta med sin syster?',
      'hen har svårt med ord, kan vi använda bilder på mötet?',
      'kan mötet hållas hemma hos brukaren?',
      'vad är ritprat?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'För att kunna ta reda på',
    words: [
      'hur ska soc fråga för att förstå vad hen behöver?',
      'vad menas med hur hen har det nu o hur hen vill ha det?',
      'vilken typ av frågor ska soc ställa på ett boendestödsmöte?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur ser en dag ut för dig?',
    words: [
      'hur frågar jag om brukarens rutiner på dagarna?',
      'bra sätt att få hen att berätta om sin vardag?',
      'vad kan jag fråga om vanor på mötet?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Finns det något särskilt som stressar dig',
    words: [
      'hur tar jag reda på vad som stressar hen?',
      'hen blir stressad i affären, hur frågar jag om det?',
      'hur frågar man hur hen reagerar i jobbiga lägen?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur reagerar du när saker och ting',
    words: [
      'hur frågar jag vad hen gör när det inte funkar hemma?',
      'hur följer jag upp nåt hen sa tidigare på mötet?',
      'fråga om hur hen tar det när vardagen strular?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur skulle du vilja att det var?',
    words: [
      'hur frågar jag om vad hen vill förändra?',
      'fråga om vad hen vill göra oftare?',
      'hur får jag fram hens önskemål om framtiden?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Hur ofta brukar du göra XX',
    words: [
      'hur frågar jag hur ofta hen städar eller handlar?',
      'fråga om hur ofta hen gör sina sysslor?',
      'hur tar jag reda på hur ofta hen gör saker o hur det känns?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Kan du ge några exempel',
    words: [
      'hen säger bara att allt är svårt, hur frågar jag vidare?',
      'hur får jag konkreta exempel på svårigheter?',
      'hur får jag hen att ge exempel på det som känns tungt?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Om vi ses om ett halvår',
    words: [
      'hur frågar jag om hens förväntningar framåt?',
      'fråga om vad som ska vara annorlunda om sex månader?',
      'hur får jag hen att tänka framåt på mötet?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Vad behöver du för att det ska fungera bättre?',
    words: [
      'hur frågar jag vad som skulle hjälpa hen?',
      'fråga om vad som behövs för att vardagen ska gå lättare?',
      'vad kan jag fråga för att hitta lösningar ihop med hen?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'Vad behöver du för stöd för att nå ditt mål?',
    words: [
      'hur frågar jag vilken hjälp hen vill ha för sitt mål?',
      'fråga om stödbehov kopplat till det hen vill uppnå?',
      'hen har ett mål, hur tar jag reda på vad hen behöver?',
    ],
  },

  {
    section: '002 › Efter mötet – kommunicering av underlag',
    startsWith: 'Kommunicering av inkomna uppgifter',
    words: [
      'hen orkar inte läsa utredningen, måste soc skicka den ändå?',
      'brukaren har inte läst beslutsunderlaget, hur vet vi det i boendestödet?',
      'kan soc gå igenom utredningen med hen på telefon?',
      'var i uppdraget står det att hen tackat nej till att läsa?',
    ],
  },

  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer vilken tidsomfattning',
    words: [
      'hen vill bara ha stöd på helger, måste soc gå efter det?',
      'hur kommer soc fram till antal timmar?',
      'brukaren tycker tiden är för lite, vad styr bedömningen?',
    ],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreteraren följer upp pågående',
    words: [
      'hen har bara använt hälften av timmarna, ska vi skriva det?',
      'beslutet går ut snart, vad kan vi bidra med till soc?',
      'soc är osäker på hur mycket tid som är rimligt, vem kan hen fråga?',
      'vi märker att tiden inte räcker, var ska det synas?',
    ],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer hur länge',
    words: [
      'nytt ärende, varför fick hen bara beslut i tre månader?',
      'kan ett första beslut gälla ett år?',
      'hur långt brukar ett första boendestödsbeslut vara?',
    ],
  },

  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Ibland är det inte just insatsen',
    words: [
      'hen har boendestöd men ramlar ofta, kan hen få larm också?',
      'brukaren lagar ingen mat, kan hen få matlådor utöver boendestödet?',
      'kostar trygghetslarmet för brukaren?',
      'vad kostar det om hen får både boendestöd o matleverans?',
    ],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Däremot är boendestöd och hemtjänst',
    words: [
      'hen behöver hjälp med både städning o stöd i vardagen, hemtjänst eller boendestöd?',
      'brukaren har hemtjänst o vill ha boendestöd också, går det?',
      'hur väljer soc mellan hemtjänst o boendestöd?',
      'hens behov kräver specialkunskap hos personalen, påverkar det valet av insats?',
    ],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Boendestöd ska heller inte kombineras',
    words: [
      'hen bor på sbs o vill ha boendestöd, får hen det?',
      'brukaren ska flytta till eget från stödboende, kan boendestöd starta innan?',
      'hen har boendestöd o blir vräkt, försvinner stödet när hen flyttar till sbs?',
      'varför får man inte ha boendestöd på socialt boende?',
    ],
  },

  {
    section: '002 › Att tänka på om annan huvudmans ansvar',
    startsWith: 'En viktig aspekt att beakta',
    words: [
      'hen förstår inte vad doktorn sagt, är det vårt jobb att förklara?',
      'vården skickar krångliga brev, vem ska se till att hen fattar?',
      'brukaren söker om saker som inte är soc:s ansvar, vad gäller?',
    ],
  },

  {
    section: '002 › Att tänka på vid egenvård',
    startsWith: 'Egenvård är när individen själv',
    words: [
      'hen behöver hjälp att ta sina insulinsprutor, är det egenvård?',
      'vi vet inte om hen kan sköta medicinen själv, vems ansvar är det?',
      'när räknas vårdåtgärder som egenvård?',
      'vi har börjat dela hens tabletter, är det ok?',
    ],
  },
  {
    section: '002 › Att tänka på vid egenvård',
    startsWith: 'Egenvård kan till exempel vara',
    words: [
      'hen har övningar från sjukgymnasten, räknas det som egenvård?',
      'vem avgör om boendestödet kan hjälpa till med en vårdåtgärd?',
      'soc ska hämta in ett intyg om egenvård, när görs det?',
    ],
  },

  {
    section: '002 › Besluta',
    startsWith: 'För alla beslut som utformas med frekvens',
    words: [
      'handläggarna skriver timmarna olika i besluten, finns det en gemensam linje?',
      'kan soc skriva beslutet annorlunda än stadens inriktning?',
      'varför är det bra om alla anger tiden likadant i besluten?',
    ],
  },
  {
    section: '002 › Besluta',
    startsWith: 'Beslut om boendestöd fattas enligt',
    words: [
      'hur skrivs tiden i ett boendestödsbeslut?',
      'vem får besluta om boendestöd, vad säger delegationen?',
      'kan besluten om boendestöd vara olika långa?',
    ],
  },

  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Ett beslut om insats kan förses',
    words: [
      'kan soc dra in boendestödet om förutsättningarna ändras?',
      'vad betyder det när det står förbehåll i beslutet?',
      'får myndigheten ändra ett beslut så det blir sämre för hen?',
    ],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Notera att kortare beslut',
    words: [
      'nytt beslut på fyra månader, ska det kunna dras in?',
      'hen fick ett kort beslut, får det ha förbehåll?',
      'var står hur soc gör när ett beslut ska ändras till hens nackdel?',
    ],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Om det blir aktuellt att ändra beslutet',
    words: [
      'soc tänker minska hens timmar, ska vi få veta innan?',
      'handläggaren ska dra ner beslutet, pratar hen med oss först?',
      'beslutet ändras p.g.a. förbehåll, hur får boendestödet veta?',
    ],
  },

  {
    section: '002 › Utforma och skicka uppdrag',
    startsWith: 'Uppdrag skickas via Treserva',
    words: [
      'hen bor i en annan stadsdel, vilken enhet får uppdraget?',
      'hur får boendestödsenheten uppdraget från soc?',
      'vem delar upp samlarteamets tid mellan enheterna?',
    ],
  },

  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'För att säkerställa att individens behov',
    words: [
      'uppdraget kom för två veckor sen o vi har inte börjat, är det ok?',
      'vem har ansvar för att stödet kommer igång snabbt?',
      'ska soc hålla kontakt med brukaren tills vi startar?',
      'var läser jag mer om hur boendestödet startar upp insatsen?',
    ],
  },
  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'Om insatsen inte har kunnat verkställas',
    words: [
      'vi har inte kommit igång på tre månader, vad händer?',
      'hen har slutat ta emot oss, måste soc få veta?',
      'vi har bara startat en del av stödet, hur visar vi det?',
      'vem rapporterar till IVO när stödet inte kommit igång?',
    ],
  },

  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'Vid akuta och/eller nya behov',
    words: [
      'hen ska skrivas ut från psyk nästa vecka, kan vi vara med innan?',
      'hyresvärden hotar med vräkning, kan boendestödet komma in fort?',
      'soc kallar till vårdplanering, ska boendestödet delta?',
      'kan vi lova samma personal när stödet startar efter sjukhuset?',
    ],
  },
  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'För uppdrag som kräver tätare',
    words: [
      'hen har LPT i öppenvård, vad gäller för uppföljningen?',
      'brukaren har barn som får stöd från barn o unga, vad gäller?',
      'hen har rättspsykiatrisk öppenvård, hur får stödpedagogen veta?',
      'ärende som behöver följas upp ofta, hur meddelar soc stödpedagogen?',
    ],
  },

  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    startsWith: 'Förste socialsekreterare på myndighetsenheten',
    words: [
      'vi har fått ett ärende med skyddad identitet men kommer inte åt det i treserva, varför?',
      'vem bestämmer vilka boendestödjare som får jobba i skyddade ärenden?',
      'hur länge tar det att få behörighet till sekretessärendet?',
      'ska soc säga till oss när ett skyddat uppdrag skickats?',
    ],
  },
  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    startsWith: 'Socialekreterare ansvarar för att tydligt',
    words: [
      'hen har skyddad adress, hur gör vi med gruppaktiviteter?',
      'får vi ringa anhöriga när hen har skyddade personuppgifter?',
      'hur ska vi kontakta brukaren med sekretessmarkering?',
      'vem berättar för oss hur skyddet ska se ut?',
    ],
  },

  {
    section: '002 › Planera genomförande',
    startsWith: 'Boendestödet ska påbörja planeringen',
    words: [
      'nytt uppdrag kom, hur snabbt ska vi börja planera?',
      'uppdraget är otydligt om vad hen behöver, vad gör vi?',
      'hen har samlarproblematik, hur kopplar vi in samlarteamet?',
      'räknas en brukare som redan har stöd hos oss som nytt uppdrag?',
    ],
  },
  {
    section: '002 › Planera genomförande',
    startsWith: 'Boendestödet ska därefter förbereda',
    words: [
      'hen vill inte ha oss hemma, kan vi ses på kontoret?',
      'kan vi ge en del av stödet på teams?',
      'var ska vi ha träffarna för att nå målen?',
      'vilka metoder ska vi välja inför starten?',
    ],
  },

  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Boendestödet tar kontakt med individen',
    words: [
      'vi fick uppdraget i fredags, när måste vi ha ringt brukaren?',
      'hen vill bara ha stöd på kvällar, ska vi planera dagtid ändå?',
      'soc har skrivit att vi ska vänta med kontakt, vad gäller?',
      'vad ska vi bestämma med hen när vi tar första kontakten?',
    ],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'I samband med att uppdraget inkommit',
    words: [
      'ingen kontaktperson är utsedd än, vem dokumenterar?',
      'var skriver vi innan uppdraget fördelats?',
      'samlarteamet ska in, hur mycket tid ska fördelas dit?',
    ],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Verkställande bör ske skyndsamt',
    words: [
      'uppdraget kom för fem veckor sen o vi har inte startat, är vi sena?',
      'vilken dag räknas beslutet som verkställt?',
      'räknas det som igång när vi haft uppstartsmöte?',
      'hur länge får vi vänta innan vi startar ett nytt ärende?',
    ],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Om boendestödet inte får kontakt',
    words: [
      'vi har ringt o knackat flera gånger utan svar, vad gör vi?',
      'hen ställer in uppstarten gång på gång, ska handläggaren få veta?',
      'anhöriga svarar inte heller, när meddelar vi soc?',
      'hur många gånger måste vi försöka nå hen?',
      'hen svarar aldrig när vi ska boka första träffen, vad gör vi?',
    ],
  },

  {
    section: '002 › Uppstartsmöte',
    startsWith: 'Vid uppstartsmötet informerar boendestödet',
    words: [
      'vad ska vi säga om hur vi jobbar på första mötet?',
      'hinner vi inte börja på planen vid uppstarten, vad gäller?',
      'ska vi läsa uppdraget ihop med hen på första träffen?',
    ],
  },
  {
    section: '002 › Uppstartsmöte',
    startsWith: 'I undantagsfall kan socialsekreteraren delta',
    words: [
      'helt nytt ärende o vi vet inget om hen, kan soc vara med på uppstarten?',
      'ärendet är jättekomplicerat, kan handläggaren följa med första gången?',
      'vi väntar på att soc ska kunna komma till uppstarten, är det ok att dröja?',
    ],
  },

  {
    section: '002 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ska påbörjas omgående',
    words: [
      'uppstarten var för tre veckor sen, när ska planen vara klar?',
      'räknas fyra veckor från verkställigheten eller från uppdraget?',
      'måste vi börja på GP:n direkt efter första mötet?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Individens deltagande i utformningen',
    words: [
      'brukaren vill att hens bror är med när vi gör planen, går det?',
      'hen vill inte vara med o göra planen, varför är det viktigt?',
      'hur får hen bestämma över sitt eget stöd?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Boendestödet ska undersöka om det finns andra planer',
    words: [
      'hen går på daglig verksamhet, ska vi kolla deras plan?',
      'brukaren har en IPS-coach, ska vi samordna med den?',
      'finns det andra planer vi måste ta hänsyn till?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Boendestödet ska ha en förståelse',
    words: [
      'hur vet vi om aktiviteterna i GP motsvarar uppdraget?',
      'behöver vi kunna om funktionsnedsättningar för att skriva planen?',
      'vad gör en GP bra?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Att skapa SMARTA',
    words: [
      'hur ska delmålen formuleras i GP?',
      'ska det stå hur hen vill att vi bemöter hen?',
      'vad ska stå om hur vi jobbar i planen?',
      'ska delmålen kopplas till olika livsområden?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'I genomförandeplanen bör en krisplan',
    words: [
      'hen mår dåligt ibland o vi vet inte vem vi ska ringa, var ska det stå?',
      'får brukaren en egen kopia av planen?',
      'vem ska informeras när planen är klar?',
      'hen blir psykotisk ibland, vad ska planen säga om det?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Om individen ingår i samlarteamet',
    words: [
      'samlarteamet jobbar med hens hem o vi har vanligt stöd, hur skriver vi i GP?',
      'hen har bara samlarteam, vem gör planen?',
      'var noterar vi att samlarteamet sköter samlandet?',
    ],
  },

  {
    section: '002 › Individstödande aktiviteter',
    startsWith: 'Nedan tabell är förslag',
    words: [
      'vi vet inte vad vi ska göra med hen, finns det idéer?',
      'finns exempel på vad boendestödet kan hjälpa till med?',
      'vilka aktiviteter kan vi föreslå i GP?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Lärande och att tillämpa kunskap',
    words: [
      'hen fastnar när nåt oväntat händer o vet inte vad hen ska göra, hur stöttar vi?',
      'brukaren har svårt att ta reda på saker själv, vad kan vi göra?',
      'hen kan inte bestämma sig för nånting, hur hjälper vi?',
      'hen ger upp direkt när nåt krånglar, hur tränar vi att lösa problem?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Allmänna uppgifter och krav',
    words: [
      'hen glömmer tider o har ingen dygnsrytm, vad kan vi jobba med?',
      'brukaren blir stressad av allt som ska göras, hur stöttar vi?',
      'hen behöver påminnelser, kan vi hjälpa hen få hjälpmedel för minnet?',
      'hen har massor av saker hemma, vart vänder vi oss?',
      'hen kommer aldrig upp på morgonen, kan vi hjälpa med rutiner?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'hur individen tar emot information',
    words: [
      'hen har svårt att förstå vad andra säger, hur stöttar vi?',
      'brukaren kan inte använda mobilen, vad kan vi göra?',
      'hen behöver kanske ett hjälpmedel för att prata, vem bedömer det?',
      'hen förstår inte sms o mejl, hur kan vi stötta?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Förflyttning till exempel',
    words: [
      'hen hittar inte till vårdcentralen, kan vi träna på vägen?',
      'brukaren vågar inte åka spårvagn, kan vi hjälpa?',
      'hen har svårt att bära matkassar, vart vänder vi oss?',
      'hen behöver sjukresor, hjälper vi med ansökan?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Personlig vård handlar om',
    words: [
      'hen duschar sällan o luktar, hur kan boendestödet jobba med det?',
      'brukaren tar inte hand om sin hälsa, vad gör vi?',
      'hen glömmer borsta tänderna, ingår det att stötta rutiner?',
      'hen har slutat tvätta kläderna o sig själv, hur stöttar vi?',
      'brukaren slarvar med sin hälsa o säkerhet hemma, vad gör vi?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Hemliv handlar om',
    words: [
      'det är så smutsigt att hyresvärden klagar, hur stöttar vi?',
      'elementet är trasigt o hen gör inget, kan vi hjälpa?',
      'hen har barn o glömmer deras aktiviteter, ingår det?',
      'hen har kackerlackor i lgh, kan vi hjälpa till med sanering?',
      'brukaren vill flytta, kan vi hjälpa hen söka bostad på nätet?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Mellanmänskliga interaktioner',
    words: [
      'hen har inga vänner o träffar aldrig folk, hur jobbar vi?',
      'brukaren missförstår sociala situationer, hur stöttar vi?',
      'hen vill söka bidrag men vågar inte, kan vi hjälpa?',
      'hen vill träffa sin familj mer, kan vi stötta det?',
      'brukaren är helt ensam o pratar bara med oss, vad kan vi göra?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Utbildning, arbete, sysselsättning',
    words: [
      'hen har skulder o vet inte var pengarna tar vägen, vad gör vi?',
      'brukaren vill plugga, vem kan vi koppla in?',
      'hen har inga pengar till mat, ska vi hjälpa hen söka försörjningsstöd?',
      'hen betalar aldrig räkningarna i tid, hur stöttar vi?',
      'hen har fått inkasso, kan vi hjälpa hen till skuldrådgivning?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Samhällsgemenskap, socialt',
    words: [
      'hen vill hitta nån fritidsaktivitet, vad finns det?',
      'brukaren vill träffa andra med liknande erfarenheter, tips?',
      'det är val snart o hen vet inte hur man gör, kan vi hjälpa?',
      'hen har psykisk ohälsa o vill träffa andra i samma sits, finns det grupper?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Känsla av trygghet handlar om',
    words: [
      'hen är rädd att gå ut, hur kan vi jobba med det?',
      'brukaren känner sig osäker hemma, vad gör vi?',
      'hen blir orolig i nya situationer, hur stöttar vi?',
      'hen vågar inte sova ensam i lgh, hur kan vi hjälpa?',
    ],
  },

  {
    section: '002 › Utföra uppdrag enligt genomförandeplan',
    startsWith: 'Att genomföra insats innebär',
    words: [
      'hen behöver mycket mer än uppdraget säger, vad gör vi?',
      'brukaren klarar inte sina räkningar o borde ha god man, vem säger vi till?',
      'hen behöver annat stöd nu, ska vi uppmuntra hen att själv höra av sig till handläggaren?',
      'insatsen passar inte längre för hen, vad gäller?',
      'vi ser att hen inte kan sköta sin ekonomi alls längre, vad gör vi?',
    ],
  },

  {
    section: '002 › Att tänka på under genomförandet',
    startsWith: 'Individens behov det vill säga',
    words: [
      'hen tar inte emot stöd alls just nu, är det ok?',
      'vi märker att hen behöver mer, vem pratar vi med först?',
      'timmarna räcker inte i perioder, vad gör vi?',
      'måste vi sammanställa anteckningarna när behovet ändras?',
      'hen har en dålig period o vi får göra mer åt hen, är det ok?',
    ],
  },
  {
    section: '002 › Att tänka på under genomförandet',
    startsWith: 'Om individen inte är hemma',
    words: [
      'vi står utanför dörren o hen svarar inte, vilken rutin?',
      'brukaren var inte hemma o hade inte ställt in, vad gör vi nu?',
      'hen svarar inte i telefon när vi ska komma, vad händer?',
      'vi kom dit enligt schemat men ingen öppnade, vad gäller?',
      'hen har inte hört av sig men är inte där när vi kommer, vad gör vi?',
    ],
  },

  {
    section: '002 › Om individen är frånvarande',
    startsWith: 'I de fall individen kommer vara frånvarande',
    words: [
      'hen ska åka till sin hemstad i sex veckor, vad händer med boendestödet?',
      'brukaren är borta länge o vi når hen inte, vad kan soc göra?',
      'kan vi pausa stödet under semestern?',
      'hen har varit borta tre månader men vill inte avsluta, vad gäller?',
      'hen ska vara hos släkten utomlands hela sommaren, vad gör vi?',
    ],
  },
  {
    section: '002 › Om individen är frånvarande',
    startsWith: 'I de fall individen blir inlagd',
    words: [
      'vi fick veta att hen ligger på sjukhus, ska vi ringa soc?',
      'soc vet att hen ska skrivas ut, ska de meddela oss?',
      'hen har legat inne en månad, avslutas stödet?',
      'var kollar soc info om inskrivning på sjukhus?',
    ],
  },

  {
    section: '002 › Metoder och förhållningssätt',
    startsWith: 'Det är viktigt att individ och boendestöd',
    words: [
      'hen har svårt att förstå oss, vad kan vi använda?',
      'brukaren får träffa nya personer hela tiden, hur många ska gå dit?',
      'vi gör mycket åt hen just nu, är det ok en period?',
      'ska alla som går till hen ha läst GP?',
    ],
  },

  {
    section: '002 › Ett Självständigt Liv (ESL)',
    startsWith: 'Boendestödet arbetar med den socialpedagogiska',
    words: [
      'hen sover dåligt, finns det material vi kan jobba med?',
      'brukaren har återfallit flera gånger, finns en metod?',
      'hen har svårt att småprata med folk, hur kan vi träna?',
      'kan vi ge hemuppgifter till brukaren?',
    ],
  },

  {
    section: '002 › Motiverande samtal (MI)',
    startsWith: 'MI är en samtalsmetod',
    words: [
      'hen vill inte ändra nåt, hur pratar vi med hen?',
      'brukaren säger att hen vill sluta dricka men gör inget, hur jobbar vi?',
      'hur hjälper vi hen hitta egna skäl att förändra sig?',
      'hen är kluven till att sluta röka, hur pratar vi?',
    ],
  },

  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'LAB är ett tillvägagångssätt',
    words: [
      'hen skriker o kastar saker när vi kommer, hur bemöter vi det?',
      'brukaren blir aggressiv när vi pratar om städning, vad gör vi?',
      'hur undviker vi bråk med en brukare som lätt blir arg?',
      'hen blev hotfull under besöket, hur hanterar vi det tryggt?',
      'hen blir arg när vi kommer för tidigt, kan vi ändra nåt runt omkring?',
    ],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Ansvarsprincipen',
    words: [
      'hen blir frustrerad över allt hen inte kan ändra, hur tänker vi?',
      'hur minskar vi frustrationen hos brukaren?',
      'ska vi lägga fokus på sånt hen själv rår på?',
    ],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Kontrollprincipen',
    words: [
      'hen tappar kontrollen helt ibland, vad är vår uppgift då?',
      'hur hjälper vi brukaren att lugna ner sig?',
      'vad gör vi när hen håller på att tappa det?',
    ],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Principen om affektsmitta',
    words: [
      'jag blir själv irriterad när brukaren skäller, spelar det roll?',
      'hur påverkar våra känslor brukaren?',
      'jag höjer rösten när hen gör det, är det ett problem?',
    ],
  },

  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    startsWith: 'Det är personal inom hälso-och sjukvård',
    words: [
      'hen glömmer sina tabletter, får vi hjälpa hen komma ihåg?',
      'arbetsterapeuten har gett hen övningar, kan vi stötta dem?',
      'vi har inget intyg om egenvård, får vi ändå påminna?',
      'hen har träningsprogram från sjukgymnast men gör det aldrig, får vi påminna?',
    ],
  },
  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    startsWith: 'I de fall där individen har läkemedel',
    words: [
      'hen har epilepsi o har akutmedicin hemma, vad gäller för oss?',
      'vi ska kanske ge brukaren medicin, vem ska vi kontakta?',
      'vem är med när det planeras hur vi ska ge medicinen?',
      'något händer med medicinen, vart vänder vi oss?',
    ],
  },

  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    startsWith: 'Samlarteamet är ett specialiserat',
    words: [
      'hen har fullt med saker i lgh, finns det specialiststöd?',
      'samlarteamet har fullt, hur många kan de ha samtidigt?',
      'hen vill inte rensa, fortsätter samlarteamet ändå?',
      'kan samlarteamet hjälpa till i källarförrådet?',
      'när ska soc prata med samlarteamet, före beslut?',
    ],
  },
  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    startsWith: 'Följande checklista bör användas',
    words: [
      'hen svarar ja på en fråga i checklistan, räcker det för samlarteamet?',
      'vilken sändlista ska vi använda för samlarteamet?',
      'hur avgör vi om vi ska kontakta samlarteamet?',
    ],
  },

  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'Stämmer detta in på dig?',
    words: [
      'hur frågar vi brukaren om samlandet innan vi kontaktar teamet?',
      'finns det frågor att gå igenom med hen innan samlarteam?',
      'ska brukaren själv säga om hen känner igen sig?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårt att använda ett eller flera rum',
    words: [
      'hen kan inte sova i sängen för alla saker, vad gör vi?',
      'det går inte att ta sig in i sovrummet, samlarteamet?',
      'badrummet är fullt av grejer, är det samlarproblem?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'får ångest eller känner mig ledsen',
    words: [
      'hen gråter när vi försöker slänga tidningar, vad betyder det?',
      'brukaren mår jättedåligt när vi ska rensa, hur går vi vidare?',
      'hen blir ledsen av att göra sig av med grejer, är det ett tecken?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårt att motstå att köpa saker',
    words: [
      'hen tar hem möbler från grovsoprummet, är det samlarsyndrom?',
      'brukaren kan inte låta bli att handla prylar, vad gör vi?',
      'hen släpar hem saker hela tiden, ska vi kontakta samlarteamet?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'Mängden av saker i mitt hem orsakar problem',
    words: [
      'alla saker gör att hen inte kan laga mat, kan samlarteamet hjälpa?',
      'hens familj vill inte komma hem till hen pga prylarna, vad gör vi?',
      'hen lägger alla pengar på grejer, är det ett samlarproblem?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårigheter i att fatta beslut om vad jag ska slänga',
    words: [
      'hen kan inte välja vad som ska kastas, samlarteam?',
      'brukaren vill spara allt, hur går vi vidare?',
      'hen klarar inte av att välja vad som ska bort, tecken på samlarsyndrom?',
    ],
  },

  {
    section: '002 › Daganteckningar',
    startsWith: 'En noggrann dokumentation är avgörande',
    words: [
      'jag är vikarie, måste jag skriva anteckningar?',
      'hen har fått en ny rollator, ska det in i anteckningarna?',
      'när får vi radera daganteckningarna?',
      'brukaren klagade på stödet, var skriver vi det?',
      'hen avbokar ofta, ska det dokumenteras?',
    ],
  },

  {
    section: '002 › Sammanställningar av daganteckningar',
    startsWith: 'Sammanställningen av daganteckningar möjliggör',
    words: [
      'hur ofta ska vi föra över anteckningarna till journalen?',
      'det har gått 95 dagar sen förra sammanställningen, är det för länge?',
      'vad använder soc sammanställningen till?',
      'ska vi revidera GP utifrån sammanställningen?',
    ],
  },
  {
    section: '002 › Sammanställningar av daganteckningar',
    startsWith: 'Samlarteamet för anteckningar direkt',
    words: [
      'var skriver samlarteamet sina anteckningar?',
      'samlarteamet har varit inne i tre månader, vad händer nu?',
      'ska soc vara med när samlarteamet utvärderar?',
    ],
  },

  {
    section: '002 › Avsluta och utvärdera ärendet',
    startsWith: 'Efter att uppdraget är genomfört',
    words: [
      'hen vill inte ha boendestöd längre, vad ska vi dokumentera?',
      'boendestödet avslutas, måste vi skriva varför?',
      'vem dokumenterar vid avslut, vi eller soc?',
    ],
  },
  {
    section: '002 › Avsluta och utvärdera ärendet',
    startsWith: 'Innan socialsekreteraren avslutar ärendet',
    words: [
      'soc avslutar ärendet, när ska vi skriva slutanteckningen?',
      'handläggaren stängde ärendet utan att säga till, vad gäller?',
      'hur snabbt måste slutanteckningen skrivas?',
    ],
  },

  // ───────────── 003 Stödnivåer i socialt boende med stöd – lägenhetsboende (2025: låg/medel/hög) ─────────────
  {
    section: '003 › Syftet med dokumentet',
    startsWith: 'Ett gemensamt stödmaterial för de fyra',
    words: [
      'jag jobbar på ett externt boende, gäller 2025-nivåerna oss?',
      'är låg/medel/hög-dokumentet gemensamt för soc o funktionsstöd?',
      'gäller nivåmaterialet för interna utförare också?',
    ],
  },
  {
    section: '003 › Syftet med dokumentet',
    startsWith: 'Stöd i bedömning och hantering av stödnivåer inom',
    words: [
      'vi har lägenhetsboende, vilket dokument ska vi använda för att bedöma nivå?',
      'finns det stöd för hur nivåerna i lgh ska hanteras?',
      'vad är det nya nivådokumentet för lägenheter till för?',
    ],
  },

  {
    section: '003 › Stödnivåer',
    startsWith: 'Från och med 1 april 2025',
    words: [
      'hen bor i lgh hos oss, har vi fortfarande nivå 1-4?',
      'vi har ramavtal, ska vi använda låg medel hög nu?',
      'när bytte lägenheterna till tre nivåer?',
      'ettan–fyran eller låg–hög, vad gäller i lgh idag?',
    ],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Stödnivåerna avser omfattningen',
    words: [
      'hen har medel, kan vi själva lägga upp hur många besök vi gör?',
      'brukaren i lgh behöver mycket mer stöd nu, måste hen flytta?',
      'soc satte låg men vi ser ett större behov, räknas vår bedömning?',
      'får vi planera när vi ska träffa hen inom nivån?',
    ],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan vara aktuella',
    words: [
      'ny brukare flyttar in i lgh o verkar stabil, kan hen starta på låg?',
      'hen har bott länge i lgh, kan hen ändå få hög?',
      'kan placeringen i lgh börja på den nivå som ger mest stöd?',
    ],
  },

  {
    section: '003 › Boendereferenser',
    startsWith: 'Möjlighet till referenser ska erbjudas',
    words: [
      'brukaren på hög betalar hyran själv o sköter sig, får hen referenser?',
      'hen slarvar med hyran, kan vi ändå ge referens?',
      'måste man vara på låg för att få referenser?',
      'vad krävs av hyresgästen för att vi ska lämna referens?',
    ],
  },

  {
    section: '003 › Individuellt stöd',
    startsWith: 'Insatserna på boendet ska vara individuellt',
    words: [
      'hur ska vi lägga upp stödet i lgh, tillsammans med brukaren?',
      'hen ska så småningom flytta till eget, ingår det att göra hen redo?',
      'ska vi mest göra praktiska saker eller prata?',
      'hen ska flytta till ett annat boende, ingår det att förbereda hen?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Om den enskildes behov visar sig vara mer omfattande',
    words: [
      'hen i lgh klarar inte längre sin hygien, kan vi göra det åt hen?',
      'brukaren behöver mer än vi kan ge i lägenheten, vad ska soc fundera på?',
      'kan hen få hemtjänst som komplement i lgh?',
      'hen borde kanske bo på särskilt boende, vad säger dokumentet?',
      'hen kan inte ta sig ur sängen själv, ska vi hjälpa till med det i lgh?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stödet till den enskilde utgår från',
    words: [
      'vad ska stödet i lgh innehålla enligt nya nivåerna?',
      'hur vet vi vad vi ska göra hos hen i lgh?',
      'vem bestämmer vad vi ska stötta med, soc i uppdraget?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Motiverande samtal med den enskilde som syftar',
    words: [
      'hen i lgh dricker mycket, hur jobbar vi med det?',
      'brukaren vill inte söka vård, ska vi motivera hen?',
      'hen har ingen struktur på dagarna, ska vi prata med hen om det?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stöd till den enskilde att sköta sin vardagsekonomi',
    words: [
      'hen i lägenheten öppnar aldrig posten, ska vi hjälpa till?',
      'brukaren missar sina tider hela tiden, ingår det att hjälpa?',
      'hen förstår inte brevet från fk, är det vår uppgift?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Möjliggöra och ge stöd till den enskilde vid kontakt',
    words: [
      'hen i lgh ska till psykiatrin, kan vi stötta?',
      'brukaren vill söka annan insats, hjälper vi till med kontakten?',
      'hen har svårt att få tag på vårdcentralen, ingår det att hjälpa?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Arbeta för att de olika aktörerna samverkar',
    words: [
      'massa aktörer runt hen o ingen vet vem som gör vad, kan vi ta initiativ?',
      'psykiatrin o soc drar åt olika håll, får vi kalla till sip?',
      'vem ska få alla runt brukaren att jobba ihop?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stödja den enskilde till sysselsättning',
    words: [
      'hen hjälper till i vår verksamhet, räknas det som sysselsättning?',
      'brukaren vill ha nåt att göra på dagarna, ska vi hjälpa hen?',
      'ska sysselsättningen vara nåt annat än det vi erbjuder på boendet?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Boendecoachning, dvs',
    words: [
      'hen vill ha eget kontrakt, hjälper vi till att söka?',
      'brukaren behöver registrera sig hos boplats, ingår det?',
      'hen hittat en annons för andrahand, kan vi ringa hyresvärden ihop?',
      'får vi hjälpa brukaren leta rum att hyra?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Under pågående referensperiod',
    words: [
      'ska vi kolla att hen betalar hyran varje månad?',
      'hur ofta ska vi kontrollera lägenheten under referenstiden?',
      'hen verkar inte sköta lgh, ska vi kontrollera det?',
      'ingår det att vi kollar att hen följer hyresreglerna?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    contains: 'Restid till och från brukaren',
    words: [
      'körtiden till brukaren i lgh, ska den med i timmarna?',
      'jag skriver journal en halvtimme efter varje besök, räknas det i nivån?',
      'mejlar soc om brukaren, räknas det som stödtid på medel?',
      'planerar inför besöket, räknas det?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    contains: 'Transporttid med brukaren',
    words: [
      'vi skjutsar brukaren till vårdcentralen, räknas det i timmarna på hög?',
      'jag ringer hen varje kväll, räknas det som brukartid?',
      'vi handlade tillsammans, räknas det in i nivån?',
      'sip-möte med hen, räknas den tiden?',
    ],
  },

  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'varannan vecka cirka en (1) timme',
    words: [
      'hen ska flytta snart o behöver bara referenser, vilken nivå i lgh?',
      'vi ses varannan vecka ungefär en timme, vad är det för nivå?',
      'kan vi boendecoacha på låg?',
      'brukaren har annan insats som täcker det mesta, räcker låg?',
    ],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'Fysisk tillsyn en (1) till två (2) gånger i veckan',
    words: [
      'hen behöver oss en–två gånger i veckan, vilken nivå?',
      'brukaren behöver runt tre timmar i veckan, blir det medel?',
      'hur många gånger i veckan ska vi ses på mellannivån?',
    ],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'Kontakt ska tas varje dag varav fysisk tillsyn',
    words: [
      'hen behöver kontakt varje dag o besök flera ggr i veckan, vad blir det?',
      'måste vi kunna göra hembesök på lördagar o söndagar på hög?',
      'hen vill inte prata varje dag, kan vi komma överens om annat på hög?',
      'brukaren behöver åtta timmar i veckan, vad gäller?',
      'hen på hög vill bara ha sms vissa dagar, är det ok?',
    ],
  },

  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare utreder brukarens ansökan om insats',
    words: [
      'jag är handläggare på funktionsstöd, vilket beslut fattar jag för lgh?',
      'var skriver vi stödnivån i utredningen för lägenhetsboende?',
      'hen fick medel nyss men mår mycket sämre, kan nivån ändras innan en månad?',
      'ska brukaren få veta vilken nivå hen bedömts till?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'I förfrågningsunderlaget till Spink',
    words: [
      'när ska hen börja betala hyran i lgh, var står det?',
      'vi är extern utförare, var står nivån för oss?',
      'soc glömde skriva startdatum för hyran i uppdraget, vad gäller?',
      'ska soc stämma av startdatumet med oss?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Registrera stödnivå i Excelfil',
    words: [
      'hen har flyttat in i lgh, vem rapporterar nivån till administrationen?',
      'ska vi personal fylla i excel när någon flyttar in?',
      'vem håller listan över nivåerna uppdaterad vid inflytt?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Vid uppstartsmötet (se insatsprocessen',
    words: [
      'efter inflytt i lgh märker vi att nivån inte stämmer, tas det upp på uppstarten?',
      'hur länge gäller nivån i lgh innan den kan ändras?',
      'kan vi gå från låg till medel direkt efter första mötet?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'I underlag för uppföljning av genomförandet',
    words: [
      'hen har blivit mycket stabilare, hur skriver vi för att sänka till låg?',
      'vad ska vi motivera om vi vill att hen får hög?',
      'ska vi skriva hur länge det ökade behovet väntas hålla i sig?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Vid uppföljningsmötet följs stödnivån upp',
    words: [
      'kan nivån i lgh höjas utan att vänta på uppföljningsmötet?',
      'pratar soc med brukaren om nivån på uppföljningen?',
      'hen har haft hög länge o mår bättre, när blir det ändring?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare tar ställning',
    words: [
      'vi vill ha hög men soc säger medel, vem bestämmer?',
      'var skrivs skälen när nivån ändras i lgh?',
      'ska ny nivå registreras i treserva?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ny stödnivå, och datum',
    words: [
      'nivån har sänkts, vem för in det i excelfilen?',
      'från vilket datum gäller nya nivån, var registreras det?',
      'soc har ändrat nivån, vem meddelar administrationen?',
    ],
  },

  // ───────────── 004 Projektförslag Boendestöd på stödboende (2009, bakgrund) ─────────────
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'I Socialstyrelsens riktlinjer',
    words: [
      'varför satsar man mer på öppenvård än institution?',
      'vilket budskap har socialstyrelsen om missbruksvården?',
      'varför kritiseras institutionsvården?',
    ],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Socialtjänst- och arbetsmarknadsförvaltningen genomför',
    words: [
      'hur organiserades förvaltningen om 2009?',
      'vilka typer av verksamheter fanns i nya organisationen?',
      'fanns utsluss o boendestöd som egen verksamhet?',
    ],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Projektet innebär att Boende- och behandlingsenheten',
    words: [
      'varför skulle boendestödjare jobba på stödboendet?',
      'vad gör en boendestödjare hemma hos klienten?',
      'ska klienterna flytta snabbare till eget?',
      'vilken kompetens skulle boendestödjarna ha?',
    ],
  },

  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Förvaltningen driver idag fem',
    words: [
      'får man dricka på lågtröskelboendet?',
      'varför startades lågtröskelboendena?',
      'hur länge har lågtröskelboendena funnits?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Dessa intentioner kan sägas',
    words: [
      'varför behöver lågtröskelboenden personal hela dygnet?',
      'klienterna är stökiga o dricker, varför är det svårt att motivera dem?',
      'leder placeringarna till nån förändring för klienterna?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Olika försök att arbeta med strukturerade',
    words: [
      'varför följer klienterna inte planeringen?',
      'saknas arbetsplan för vissa klienter?',
      'vad händer med handlingsplanerna när klienten mår dåligt?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Erfarenheter av boendestöd riktat',
    words: [
      'funkar boendestöd för folk med både psykos o missbruk?',
      'vad har boendestöd för effekt på tungt missbrukande?',
      'hur har praktiskt stöd hemma fungerat för de här klienterna?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Inför Boende- och behandlingsenhetens nya',
    words: [
      'vad hände med blockförhyrningarna i omorganisationen?',
      'var boendestödjarna o blockförhyrningarna samma enhet förut?',
      'vilken enhet hade blockförhyrningarna innan?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Relativt dyra alternativ',
    words: [
      'varför satsa på kvalificerat stöd i stödboendena, blir det billigare?',
      'är små boenden med mycket personal för dyra?',
      'hur kan klienten nå eget boende billigare?',
    ],
  },

  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet är tänkt att fungera',
    words: [
      'vem passar för projektet, de som inte klarar eget direkt?',
      'kan boendestödjaren samordna vårdkontakterna?',
      'kan stadsdelen jämföra kostnaderna med sitt eget boendestöd?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Man brukar ha som en tumregel',
    words: [
      'klienten behöver besök fyra dagar i veckan, är boendestöd rätt då?',
      'hur mycket boendestöd är för mycket?',
      'när blir institution billigare än boendestöd?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet syftar till att minska',
    words: [
      'klienter bor på institution i flera år, ska projektet ändra det?',
      'varför startas projektet?',
      'vad ska projektet minska?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'I en idealisk situation',
    words: [
      'kan klienten få behålla träningslägenheten?',
      'blir försökslägenheten till eget kontrakt sen?',
      'vad skulle projektet kunna erbjuda med fler lägenheter?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet förläggs till en av',
    words: [
      'klienten har haft återfall i träningslgh, vart kan hen ta vägen?',
      'var börjar klienten sin tid i projektet?',
      'är det samma boendestödjare hela vägen?',
      'köper stadsdelen boendestöd efter försöksboendet?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektets huvudsakliga verktyg',
    words: [
      'vad är det viktigaste arbetsredskapet för boendestödjarna?',
      'görs planen tillsammans med soc?',
      'vilka skriver planen för klienten?',
    ],
  },

  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Det finns en grupp omvårdnadskrävande',
    words: [
      'finns det klienter som aldrig kan bo själva?',
      'kan vistelsetiderna på lågtröskelboende bli kortare?',
      'behövs institutioner även framöver?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Låtröskelboenden skulle med boendestödjare',
    words: [
      'vad kan lågtröskelboenden ge dem som inte klarar eget direkt?',
      'kan boendestödjare ge en röd tråd från början?',
      'vad vinner lågtröskelboendena på boendestödjare?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Många är de projekt och försök',
    words: [
      'vad har case management-försöken kommit fram till?',
      'ska en person hjälpa klienten med både vård o vardag?',
      'hur vet man vem som klarar eget boende?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Av stor vikt är att i arbetsplanen',
    words: [
      'klienten ligger efter med hyran, hur ska boendestödjaren hålla soc informerad?',
      'vad ska arbetsplanen säga om kontakt med socialsekreteraren?',
      'hur är boendestödjarna organiserade kring lägenheterna?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'I projektet ingår också att fortsätta samarbetet',
    words: [
      'vilka bostadsaktörer jobbar projektet med?',
      'ska projektet jobba med bostadsförmedlingen?',
      'ingår samarbete med de kommunala hyresvärdarna?',
    ],
  },

  {
    section: '004 › 2.1 Intern effektivisering',
    startsWith: 'Målet med projektet är att öka andelen',
    words: [
      'vad vill projektet uppnå för dem som bor på institution?',
      'hur ska klienterna gå vidare från lågtröskelboende?',
      'vad är slutmålet för klienterna i projektet?',
    ],
  },
  {
    section: '004 › 2.1 Intern effektivisering',
    startsWith: 'Om fler klienter kan erbjudas',
    words: [
      'kan pengar flyttas från vård till boendestöd?',
      'kan fler klienter komma ur hemlösheten med projektet?',
      'blir kvaliteten bättre för den som bor där?',
    ],
  },

  {
    section: '004 › 2.2 Nollalternativ',
    startsWith: 'Konsekvenserna kan bli',
    words: [
      'vad händer om stadsdelarna tycker boendena är för dyra?',
      'var hamnar klienterna om lågtröskelboendena läggs ner?',
      'varför kan hotellhem bli en följd?',
    ],
  },

  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna arbetar företrädesvis',
    words: [
      'när på dagen är det bäst att träffa klienterna?',
      'varför jobbar boendestödjarna mest på morgonen?',
      'när är klienterna nyktra?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna har ett särskilt ansvar',
    words: [
      'vem informerar kranskommunerna om projektet?',
      'vilka ska boendestödjarna samarbeta mest med?',
      'vem håller enheten för hemlösa uppdaterad?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Tre boendestödjare anställs',
    words: [
      'vem får flytta in på stödboendet med boendestöd?',
      'vem gör arbetsplanen o med vilka?',
      'ska beroendevården o psykiatrin vara med i planen?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyran är viktigast',
    words: [
      'klienten prioriterar annat än hyran, vad säger arbetsplanen?',
      'vad ska klienten prioritera först?',
      'är hyresbetalningen det viktigaste i projektet?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyreslagen gäller',
    words: [
      'måste klienterna följa samma regler som andra hyresgäster?',
      'gäller vanliga hyresregler i träningslägenheten?',
      'är hyresgästens skyldigheter en del av arbetsplanen?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'vilka behandlingsresurser som krävs',
    words: [
      'ska planen ta upp vilken behandling klienten behöver?',
      'hur kartläggs behovet av behandling i projektet?',
      'klienten behöver avgiftning, hör det hemma i arbetsplanen?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: '”jag ska kunna ha klienten som granne”',
    words: [
      'klienten stör grannarna, vad säger arbetsplanen?',
      'vad menas med att man ska kunna bo granne med klienten?',
      'ska klienten fungera bland andra hyresgäster?',
    ],
  },

  {
    section: '004 › Benchmarking',
    startsWith: 'Genom åren har en rad olika projekt',
    words: [
      'finns det exempel på lyckade boendestödsprojekt?',
      'vad var gungnergruppen?',
      'går det att ha missbrukare i egen lgh med stöd?',
    ],
  },

  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Om resultatet av projektet blir gott',
    words: [
      'vem har huvudansvaret för att projektet funkar?',
      'måste stadsdelarna fortsätta köpa platser för att det ska funka?',
      'blir arbetssättet permanent om det går bra?',
    ],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Projektet ska ha en styrgrupp',
    words: [
      'vem sitter i projektets ledning?',
      'är stadsdelarna representerade i styrgruppen?',
      'är chefen för boende- o behandlingsenheten med och styr?',
    ],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'I det dagliga arbetet har verksamhetsområdeschefen',
    words: [
      'vem ser till att boendestödjarna jobbar enligt metoden?',
      'hur förankras förändringar i projektet?',
      'hur många delrapporter blir det?',
    ],
  },

  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    startsWith: 'Institutet för utveckling',
    words: [
      'finns det forskning om att boendestöd fungerar?',
      'vilka insatser har bäst stöd i forskningen?',
      'saknas kunskap om daglig sysselsättning?',
    ],
  },
  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    startsWith: 'Det finns således inte så mycket',
    words: [
      'varför kan projektet fungera fast evidens saknas?',
      'finns det erfarenhet av boendestöd på enheten för hemlösa?',
      'vad har man för grund att stå på i projektet?',
    ],
  },

  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Projektets totala externa budget',
    words: [
      'vad landar projektet på i kronor?',
      'hur dyrt blir stödboendeprojektet sammanlagt?',
      'hur fördelas projektbudgeten?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Kostnad för boendestödjare',
    words: [
      'vad kostar de tre boendestödjarna?',
      'hur mycket går till personal i projektet?',
      'är boendestödjarna budgeterade för två år?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Övriga kostnader',
    words: [
      'finns det pengar för utbildning o handledning?',
      'vad kostar telefoner o utbildning i projektet?',
      'hur mycket går till annat än lön?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Totalt uppskattar förvaltningen att interna resurser',
    words: [
      'hur många timmar i veckan går åt från cheferna?',
      'vilka chefer lägger tid på projektet?',
      'hur många timmar ger VO-cheferna projektet?',
    ],
  },

  {
    section: '004 › 7. RESURSBEHOV',
    startsWith: 'Nedan redovisas troligt resursbehov',
    words: [
      'hur mycket personal krävs för projektet?',
      'vilka resurser behövs för att projektet ska ge nytta?',
      'vad är resursbehovet?',
    ],
  },
  {
    section: '004 › 7. RESURSBEHOV',
    contains: 'Heltid',
    words: [
      'jobbar boendestödjarna i projektet på deltid?',
      'är tjänsterna tidsbegränsade till projekttiden?',
      'vilka roller behövs i projektet?',
    ],
  },

  {
    section: '004 › 8. RISKER',
    startsWith: 'Nedan beskrivs de största riskerna',
    words: [
      'vad kan hindra att projektet ger effekt?',
      'finns det förslag på åtgärder mot riskerna?',
      'vad är det som kan gå snett i projektet?',
    ],
  },
  {
    section: '004 › 8. RISKER',
    contains: 'Att man inte följer arbetsplanen',
    words: [
      'boendestödjarna följer inte planen, vem reagerar?',
      'vad görs om man slarvar med arbetsplanen?',
      'vem har koll på att arbetet följer planen?',
    ],
  },
  {
    section: '004 › 8. RISKER',
    contains: 'inte placerar på stödboenden',
    words: [
      'stadsdelarna skickar inga klienter, är det en risk?',
      'vad om ingen placerar på stödboendena?',
      'enheten för hemlösa slutar köpa platser, hotar det projektet?',
    ],
  },

  {
    section: '004 › 9. UPPFÖLJNING',
    startsWith: 'Vid tertialrapporter och verksamhetsberättelse',
    words: [
      'hur mäts om projektet lyckas?',
      'räknas hur många som får eget kontrakt?',
      'när redovisas hur många som placerats?',
    ],
  },
  {
    section: '004 › 9. UPPFÖLJNING',
    startsWith: 'Mätning sker huruvida vårdtiderna',
    words: [
      'blir vårdtiderna kortare, mäts det?',
      'följs kostnaderna för lågtröskelboende upp?',
      'hur vet man om projektet sparar pengar?',
    ],
  },
]);
