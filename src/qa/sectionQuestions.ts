/**
 * Example staff questions per passage ("doc2query"): what boendepersonal, boendestödjare,
 * enhetschefer and socialsekreterare would type in a Teams chat when the answer is in that
 * passage. Written from the five source documents only; same entry format and matching rules as
 * SECTION_VOCABULARY (./sectionVocabulary, `vocabularyOf`). Indexed with the passages, never shown.
 */
import type { VocabularyEntry } from './sectionVocabulary';

export const SECTION_QUESTIONS: readonly VocabularyEntry[] = Object.freeze([
  // ───────────── 000 Stödnivåer i Socialt boende med stöd (2021, Sydväst) ─────────────
  {
    section: '000 › Syftet med dokumentet',
    startsWith: 'Ett gemensamt stödmaterial för socialförvaltningarnas',
    words: [
      'vem är stödnivådokumentet från 2021 till för?',
      'gäller nivåmaterialet både myndighet och utförare?',
      'vad är syftet med dokumentet om stödnivåer i sydväst?',
    ],
  },
  {
    section: '000 › Syftet med dokumentet',
    startsWith: 'Stöd i bedömning och hantering av stödnivåer',
    words: [
      'finns det nåt stöd för hur vi bedömer nivåerna?',
      'vad ska nivådokumentet hjälpa oss med?',
    ],
  },

  {
    section: '000 › Stödnivåer',
    startsWith: 'Från och med 1 april 2021',
    words: [
      'sen när har vi stödnivåer på kortsiktigt och långsiktigt boende?',
      'gäller nivåerna även externa boenden med ramavtal?',
      'har egen regi också nivåer eller bara privata utförare?',
      'när infördes nivå 1-4?',
    ],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Stödnivåerna avser omfattningen på det individuella stöd',
    words: [
      'vem bestämmer vilken nivå brukaren får, soc eller vi?',
      'måste brukaren flytta om hen behöver mer stöd?',
      'räknas vår bedömning när handläggaren sätter nivån?',
      'vad mäter stödnivån egentligen?',
      'hen behöver mindre stöd nu, kan hen bo kvar?',
    ],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan vara aktuella under hela placeringstiden',
    words: [
      'kan man börja direkt på fyran vid inflytt?',
      'måste alla börja på nivå 1 när de flyttar in?',
      'vilken nivå får man ha i början av placeringen?',
    ],
  },
  {
    section: '000 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan ge referenstid',
    words: [
      'ger alla nivåer referenstid?',
      'kan brukaren på ettan få boendereferens?',
      'vad krävs för att hen ska få referenser?',
      'hen stör grannarna, får hen ändå referens?',
    ],
  },

  {
    section: '000 › Individuellt stöd',
    startsWith: 'Det individuella stödet innebär ett förändringsinriktat',
    words: [
      'ingår omvårdnad i socialt boende med stöd?',
      'brukaren kommer behöva hjälp länge, ska vi söka hemtjänst?',
      'kan man ha hemtjänst samtidigt som boendet?',
      'är stödet tänkt att minska över tid?',
      'hen behöver hjälp att duscha, ingår det hos oss?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödet till den enskilde utgår från den enskildes behov',
    words: [
      'var står det vad vi ska hjälpa brukaren med?',
      'vad kan det individuella stödet innehålla?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Motiverande samtal med den enskilde i syfte',
    words: [
      'ska vi ha MI-samtal med brukarna?',
      'får vi jobba med att hen drar ner på drogerna?',
      'kan vi motivera hen att ta emot hjälp från vården?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Bistå vid kontakt med myndigheter',
    words: [
      'får vi hjälpa brukaren att ringa försäkringskassan?',
      'ingår det att stötta i kontakt med vårdcentralen?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Ledsagning i kontakt med myndigheter',
    words: [
      'kan vi följa med hen till läkaren?',
      'ingår ledsagning till lägenhetsvisning?',
      'följer personalen med på möten med myndigheter?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Vid behov initiera och samordna en Samordnad',
    words: [
      'kan vi på boendet kalla till SIP?',
      'vem tar initiativ till samordnad individuell plan?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stöd till den enskilde att sköta sin vardagsekonomi',
    words: [
      'får vi hjälpa till att öppna posten?',
      'hen förstår inte breven hen får, kan vi hjälpa?',
      'ingår hjälp med blanketter och att hålla koll på tider?',
      'kan vi stötta med ekonomin i vardagen?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödja den enskilde till sysselsättning',
    words: [
      'ska vi hjälpa brukaren att hitta jobb?',
      'ingår stöd till sysselsättning utanför boendet?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    startsWith: 'Stödja och hjälpa den enskilde med struktur och motivation',
    words: [
      'ska vi städa åt brukaren eller med hen?',
      'kan vi laga mat och handla tillsammans med hen?',
      'ingår praktiska sysslor hemma i stödet?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    contains: 'Restid till och från brukaren',
    words: [
      'räknas restiden till brukaren in i nivån?',
      'räknas dokumentation som brukartid?',
      'räknas husmöten och matrutiner i stödtiden?',
      'ska planering inför besöket nivåbedömas?',
    ],
  },
  {
    section: '000 › Individuellt stöd',
    contains: 'Transporttid med brukaren',
    words: [
      'räknas telefonsamtal och sms som direkt brukartid?',
      'vad räknas som direkt tid med brukaren?',
      'räknas det när vi kör hen till ett ärende?',
      'räknas SIP-planering med brukaren in i timmarna?',
    ],
  },

  {
    section: '000 › Referenstid',
    startsWith: 'Samtliga stödnivåer kan ge referenstid under förutsättning',
    words: [
      'när börjar referenstiden räknas?',
      'hen har god man som betalar hyran, får hen referens ändå?',
      'måste brukaren betala hyran själv för att få referenstid?',
      'räknas referens innan hen skrivit andrahandskontrakt?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn ¹ varje dag',
    words: [
      'vad innebär nivå 1 i lägenhet?',
      'hur ofta ska vi träffa någon på ettan?',
      'brukaren behöver mer än tio timmar i veckan, vad gör vi?',
      'hur många timmar stöd är det på ettan?',
      'måste vi ses varje dag på nivå 1?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'varje dag varav fysisk minst två gånger',
    words: [
      'vad gäller för tvåan?',
      'räcker det att ringa vissa dagar på nivå 2?',
      'hur många fysiska besök i veckan på tvåan?',
      'får tillsynen ske via facetime på nivå 2?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn en gång per vecka',
    words: [
      'hur ofta ska vi träffa brukare på trean?',
      'hur många timmar ska nivå 3 ha?',
      'vad skiljer trean från fyran?',
      'räcker 4 timmar i månaden på nivå 3?',
    ],
  },
  {
    section: '000 › Referenstid',
    contains: 'Fysisk tillsyn/personligt möte en gång per månad',
    words: [
      'vad ingår på fyran?',
      'när används nivå 4?',
      'får brukaren på fyran ringa oss mellan besöken?',
      'hur ofta träffar man någon på nivå 4?',
    ],
  },
  {
    section: '000 › Referenstid',
    startsWith: '¹ Fysisk tillsyn innebär',
    words: [
      'vad menas med fysisk tillsyn?',
      'räknas ett telefonsamtal som fysisk tillsyn?',
    ],
  },
  {
    section: '000 › Referenstid',
    startsWith: '² Tillsyn innebär',
    words: [
      'vad är skillnaden mellan tillsyn och fysisk tillsyn?',
      'räknas sms och facetime som tillsyn?',
    ],
  },

  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    contains: 'individuellt stöd minst 4 h i veckan',
    words: [
      'vad gäller för nivå 1 i kollektiv?',
      'hur många timmar stöd är ettan i kollektivet?',
      'kollektiv nivå 1 men behöver mer än tio timmar, vad gör vi?',
    ],
  },
  {
    section: '000 › Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)',
    contains: 'individuellt stöd minst 2 h i veckan',
    words: [
      'vad är nivå 2 på kollektivt boende?',
      'måste vi ha tillsyn varje dag på tvåan i kollektiv?',
      'hur många timmar i veckan är tvåan i kollektivet?',
    ],
  },

  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare utreder brukarens ansökan om bistånd',
    words: [
      'var dokumenterar soc stödnivån, står den i beslutet?',
      'hur registreras nivån i treserva?',
      'hur länge gäller den första nivån?',
      'kan nivån ändras innan en månad gått?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'I förfrågningsunderlaget till SPINK',
    words: [
      'ska stödnivån stå i uppdraget till oss?',
      'vad ska stå i förfrågan till spink?',
      'står det i uppdraget om brukaren ska betala hyra?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Registrera stödnivå i Excel-fil',
    words: [
      'vem registrerar stödnivån i excel-filen?',
      'ska enhetschefen föra in nivån till administrationen vid inflytt?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Vid uppstartsmötet (se insatsprocessen',
    words: [
      'stäms nivån av på uppstartsmötet?',
      'kan vi ändra nivån direkt efter inflytt?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'I underlag för uppföljning av genomförandet',
    words: [
      'vad ska vi skriva i underlaget om nivån behöver ändras?',
      'hen behöver mer stöd nu, hur motiverar vi högre nivå?',
      'vem skriver underlaget om stödnivån inför uppföljning?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Vid uppföljningsmötet följs stödnivån upp',
    words: [
      'när brukar nivån justeras?',
      'måste vi vänta till uppföljningsmötet för att ändra nivå?',
      'pratar vi nivå med brukaren på uppföljningen?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare tar ställning till det fortsatta',
    words: [
      'vem beslutar om ny stödnivå?',
      'var dokumenteras ändrad nivå?',
      'nivån ändras vid omprövning, var skrivs det?',
      'ska ny nivå stå i beslutet?',
    ],
  },
  {
    section: '000 › Hantering av stödnivåer – process',
    contains: 'Ny stödnivå, och datum från när den ska gälla',
    words: [
      'vem för in ny nivå i excel?',
      'ny nivå från vilket datum, var registreras det?',
    ],
  },

  // ───────────── 001 Insatsprocess socialt boende med stöd ─────────────
  {
    section: '001 › Praktisk information',
    startsWith: 'Ställ frågor genom att skriva i chatten',
    words: [
      'hur ställer man frågor under infomötet om insatsprocessen?',
      'ska vi skriva frågorna i chatten på genomgången?',
    ],
  },
  {
    section: '001 › Praktisk information',
    startsWith: 'Bildspelet läggs i chatten',
    words: [
      'var hittar jag bildspelet från genomgången?',
      'får vi presentationen om insatsprocessen efteråt?',
    ],
  },

  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Uppdrag från kategorirådet',
    words: [
      'vem gav uppdraget att ta fram insatsprocessen?',
      'vad har kategoriplanen med insatsprocessen att göra?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Det ekonomiska läget',
    words: [
      'varför har vi fått en insatsprocess, handlar det om pengar?',
      'varför ska flödet i boendeärendena öka?',
      'ska boendeinsatserna bli mer kostnadseffektiva?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Behov att säkerställa att socialtjänstprocessen',
    words: [
      'är ett skäl att alla ska känna till socialtjänstprocessen?',
      'varför är det viktigt att följa socialtjänstprocessen?',
    ],
  },
  {
    section: '001 › Bakgrund – varför en insatsprocess?',
    startsWith: 'Utförare och myndighet måste',
    words: [
      'varför ska myndighet och utförare ha gemensamma rutiner?',
      'vad menas med en socialtjänst?',
      'behöver vi veta mer om handläggarnas roll?',
    ],
  },

  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Underlätta handläggning',
    words: [
      'vad är syftet med insatsprocessen?',
      'ska processen göra det lättare för handläggare och personal?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Förstärkt samverkan',
    words: [
      'ska insatsprocessen förbättra samverkan?',
      'bättre samarbete med soc, är det ett mål med processen?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Ökad kvalitet och följsamhet',
    words: [
      'ska processen ge bättre kvalitet på boendet?',
      'syftar insatsprocessen till att vi följer socialtjänstprocessen bättre?',
    ],
  },
  {
    section: '001 › Syfte med insatsprocessen',
    startsWith: 'Ökad rättssäkerhet',
    words: [
      'handlar processen om rättssäkerhet?',
      'ska alla brukare behandlas lika med insatsprocessen?',
    ],
  },

  {
    section: '001 › Göteborg – en stad för alla',
    startsWith: 'Likvärdig service',
    words: [
      'ska servicen vara lika oavsett stadsdel?',
      'vad betyder en stad för alla?',
    ],
  },

  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Två workshops med alla förste',
    words: [
      'vilka var med på workshoparna om insatsprocessen?',
      'hur många workshops hölls inför processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fokus på framgångsfaktorer',
    words: [
      'vad handlade workshoparna om?',
      'diskuterades utvecklingsområden i socialtjänstprocessen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Ta fram en processbeskrivning',
    words: [
      'vad stod i handlingsplanen från dec 2020?',
      'när bestämdes det att en processbeskrivning skulle tas fram?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Arbetsgrupp med enhetschefer',
    words: [
      'vilka satt i arbetsgruppen för insatsprocessen?',
      'vem tog fram processbeskrivningen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Konsultstöd',
    words: [
      'hade de konsult för att rita processen?',
      'vem ritade insatsprocessen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Remissrunda',
    words: [
      'gick insatsprocessen på remiss?',
      'när var remissrundan?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Beslutad av avdelningschefs-nätverket',
    words: [
      'vem beslutade insatsprocessen?',
      'vilken månad beslutades processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Informationstillfällen via teams',
    words: [
      'hur har insatsprocessen införts?',
      'blir det infomöten på teams om processen?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Fortsatt implementering',
    words: [
      'ska varje enhet jobba vidare med implementeringen själv?',
      'vem implementerar processen på vår enhet?',
    ],
  },
  {
    section: '001 › Hur har insatsprocessen arbetats fram?',
    startsWith: 'Uppföljning med arbetsgruppen',
    words: [
      'när följs implementeringen upp?',
      'följer arbetsgruppen upp införandet?',
    ],
  },

  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Från intranätets startsida',
    words: [
      'var hittar jag insatsprocessen på intranätet?',
      'hur hittar man välfärdens processer?',
      'länk till insatsprocessen?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Spink - samlad placerings',
    words: [
      'vad står spink för?',
      'vad är spink för något?',
    ],
  },
  {
    section: '001 › Hitta till insatsprocessen',
    startsWith: 'Treserva - support',
    words: [
      'var hittar jag support för treserva?',
      'finns det treserva-support på intranätet?',
    ],
  },

  {
    section: '001 › Socialtjänstprocessen',
    startsWith: 'Senaste version beslutad 2021-08-26',
    words: [
      'vilken version av socialtjänstprocessen gäller?',
      'när beslutades senaste socialtjänstprocessen?',
      'vem har beslutat socialtjänstprocessen?',
    ],
  },

  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Syftet med processen är att underlätta',
    words: [
      'vad är syftet med insatsprocessen för socialt boende med stöd?',
      'varför ska vi boendepersonal följa processen?',
      'handlar processen om samverkan mellan soc och boendet?',
    ],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Beslutad av avdelningschefs nätverket vuxen',
    words: [
      'vem har beslutat processen och när?',
      'vilket datum beslutades insatsprocessen?',
    ],
  },

  {
    section: '001 › Placera',
    startsWith: 'Stödmaterial målformulering',
    words: [
      'finns det stöd för att formulera mål vid placering?',
      'var hittar jag material om SMARTa mål?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Checklista uppdrag',
    words: [
      'finns det en checklista för uppdraget vid placering?',
      'vad finns under steget placera i processen?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Mallar för inledande uppdrag',
    words: [
      'finns det mallar för första uppdraget?',
      'var finns mall för inledande uppdrag?',
    ],
  },
  {
    section: '001 › Placera',
    startsWith: 'Länk till stöd vid bedömning av stödnivå',
    words: [
      'var finns stödet för att bedöma stödnivå?',
      'finns det en länk till nivåbedömningen i processen?',
    ],
  },

  {
    section: '001 › Stödmaterial målformulering',
    startsWith: 'MALL: SMART:a mål',
    words: [
      'vad betyder SMART?',
      'hur skriver man smarta mål?',
      'vad står M och T för i smart?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    contains: 'Beskriv det långsiktiga målet',
    words: [
      'vad ska stå under långsiktigt mål i mallen?',
      'hur beskriver vi det långsiktiga målet med insatsen?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    contains: 'Hur vet vi när målet är uppnått?',
    words: [
      'vad ska delmålen innehålla?',
      'ska det stå vem som är ansvarig för delmålet?',
      'vilka kolumner har mallen för delmål?',
    ],
  },
  {
    section: '001 › Stödmaterial målformulering',
    contains: '(mätbart)',
    words: [
      'ska delmålet vara mätbart och tidssatt?',
      'måste delmålen vara realistiska?',
    ],
  },

  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Ett uppdrag till utförare ska enligt SOSFS',
    words: [
      'vad måste stå i uppdraget till utföraren?',
      'vilken föreskrift styr vad uppdraget ska innehålla?',
      'checklista för uppdrag från soc?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Namn, personnummer',
    words: [
      'brukaren saknar personnummer, vad ska stå i uppdraget?',
      'ska kontaktuppgifter till brukaren stå i uppdraget?',
      'kan man använda samordningsnummer i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'behov av tolk',
    words: [
      'ska tolkbehov framgå i uppdraget?',
      'hen behöver tolk, står det i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om god man',
    words: [
      'ska god man stå med i uppdraget?',
      'behöver vi kontaktuppgifter till förvaltaren i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'uppgifter om den enskilde har skyddade',
    words: [
      'ska skyddade personuppgifter framgå i uppdraget?',
      'hen har skyddad identitet, står det i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken bedömning som gjorts',
    words: [
      'ska soc:s bedömning av behoven stå i uppdraget?',
      'står behovsbedömningen i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vad som ingår i uppdraget',
    words: [
      'måste uppdraget beskriva vad som ingår?',
      'ska det stå i uppdraget vad vi ska göra?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilket eller vilka mål som gäller',
    words: [
      'ska målen för insatsen stå i uppdraget?',
      'var hittar vi målen för placeringen?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'former för uppföljning',
    words: [
      'ska det stå hur insatsen följs upp i uppdraget?',
      'står uppföljningsformerna i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'vilken information som efter en prövning',
    words: [
      'vilken info ska vi lämna tillbaka till nämnden när insatsen slutar?',
      'ska uppdraget säga vad som återförs till soc vid avslut?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'namn och kontaktuppgifter till ansvarig handläggare',
    words: [
      'var hittar jag handläggarens kontaktuppgifter?',
      'ska handläggarens namn stå i uppdraget?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Aktuell stödnivå (1-4)',
    words: [
      'ska nivån stå i uppdraget?',
      'uppdraget saknar stödnivå, ska den vara med?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om det finns en samordnad',
    words: [
      'ska det stå i uppdraget om brukaren har SIP?',
      'ska uppdraget nämna samordnad individuell plan?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Vid lägenhetsboende ska det framgå',
    words: [
      'ska det stå om hen ska betala hyra i lgh?',
      'hur vet vi om brukaren ska betala hyra?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Om den enskilde ska betala egenavgift',
    words: [
      'brukaren betalar inte egenavgiften, vad ska vi göra?',
      'ska vi jobba med att hen betalar egenavgift?',
      'var står det om brukaren ska ha egenavgift?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Hot- och våldshistorik',
    words: [
      'ska hot och våld stå i uppdraget?',
      'får vi veta om brukaren har våldshistorik?',
    ],
  },
  {
    section: '001 › Checklista uppdrag',
    startsWith: 'Av dokumentationen ska det framgå när uppdraget',
    words: [
      'ska det dokumenteras när uppdraget lämnats till utföraren?',
      'sekretessprövning innan uppdraget skickas, dokumenteras det?',
    ],
  },

  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Mallen är till som en hjälp',
    words: [
      'måste vi följa mallen för akutboende exakt?',
      'när blir uppdraget på akuten mer individanpassat?',
      'finns det mall för första uppdraget på akutboende?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Säkerställa behov av daglig tillsyn',
    words: [
      'ska akutboendet ha daglig tillsyn?',
      'ingår daglig tillsyn i uppdraget på akuten?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Genomföra boendekartläggning med syfte',
    words: [
      'ska vi göra boendekartläggning på akuten?',
      'varför gör vi boendekartläggning?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja och motivera till kontakt',
    words: [
      'ska akutboendet motivera till kontakt med vården?',
      'ingår stöd till myndighetskontakter på akutboende?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Boendecoachning',
    words: [
      'ingår boendecoachning på akutboende?',
      'ska vi boendecoacha på akuten?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift',
    words: [
      'ska vi hjälpa hen lämna in underlag för egenavgift?',
      'när ska underlaget för egenavgift in på akutboendet?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Återkoppla till socialtjänsten vid första nattens',
    words: [
      'brukaren sov inte på akuten inatt, måste vi ringa soc?',
      'när ska vi höra av oss till soc vid frånvaro?',
      'vi är oroliga för en boende, ska soc kontaktas?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X har ”tak',
    words: [
      'vad är målet med akutboende?',
      'är målet på akuten bara tak över huvudet?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X deltar i kartläggning',
    words: [
      'är det ett mål att hen deltar i kartläggningen?',
      'hen vill inte vara med i boendekartläggningen, är det ett mål?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk',
    words: [
      'är skademinskning ett mål på akutboende?',
      'ska vi jobba med att hen minskar missbruket?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet',
    words: [
      'är nykterhet ett mål i akutuppdraget?',
      'drogfrihet som mål, står det i mallen?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X ska komma vidare till ett boende',
    words: [
      'ska vi jobba för att hen kommer vidare från akuten?',
      'vad är målet efter akutboendet?',
    ],
  },

  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Mallen är till som en hjälp',
    words: [
      'finns det mall för uppdrag på kort- och långsiktigt boende?',
      'anpassas mallpunkterna efter ärendet?',
      'när görs uppdraget mer individuellt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Säkerställa behov av tillsyn och individuellt stöd',
    words: [
      'ska tillsynen följa stödnivån?',
      'vad står först i uppdraget för långsiktigt boende?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att planera för och flytta in',
    words: [
      'ska vi hjälpa brukaren med inflyttningen?',
      'ska vi se till att hen har det som behövs vid inflytt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x med praktiska göromål',
    words: [
      'ska vi hjälpa till med adressändring?',
      'hemförsäkring vid inflytt, hjälper vi till?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Gå igenom förväntningar på x avseende hyresrelaterade',
    words: [
      'ska vi prata om hyran med nya brukaren?',
      'går vi igenom vad som förväntas kring hyran?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Påbörja boendekartläggning',
    words: [
      'ska vi börja boendekartläggning på långsiktigt?',
      'boendekartläggning på kortsiktigt boende, gör vi det?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att påbörja eller upprätthålla viktiga kontakter',
    words: [
      'ska vi stötta kontakten med kriminalvården?',
      'hjälper vi brukaren hålla kontakt med beroendevården?',
      'vilka kontakter ska vi stödja brukaren med?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift',
    words: [
      'ska vi stötta brukaren med underlag för egenavgift?',
      'underlag för egenavgift, vem hjälper brukaren?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X har en stabil och trygg boendesituation',
    words: [
      'vad är målet med långsiktigt boende?',
      'är trygg boendesituation ett mål?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X deltar i kartläggning',
    words: [
      'ska brukaren delta i kartläggningen?',
      'är deltagande i boendekartläggning ett mål på långsiktigt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk',
    words: [
      'är skademinskning ett mål på kortsiktigt boende?',
      'ska hen ta emot stöd för att minska drickandet?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet',
    words: [
      'är drogfrihet målet på sikt?',
      'ska nykterhet stå som mål i uppdraget?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd avseende fysisk och psykisk hälsa',
    words: [
      'är hälsan ett mål i uppdraget?',
      'ska vi stötta brukarens psykiska hälsa?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X ska komma vidare till ett boende',
    words: [
      'kan målet vara att hen bor kvar i långsiktigt boende?',
      'ska brukaren vidare eller stabiliseras där hen bor?',
    ],
  },

  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'I samband med att den enskilde har flyttat in',
    words: [
      'vilka ska vara med på uppstartsmötet?',
      'när ska uppstartsmötet vara?',
      'ska handläggaren delta på uppstarten?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Syftet med mötet är att',
    words: [
      'varför har vi uppstartsmöte?',
      'vad är syftet med uppstarten?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Vid uppstartsmötet kan det vara bra',
    words: [
      'vad tar vi upp på uppstartsmötet?',
      'agenda för uppstartsmöte?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur har det fungerat i boendet sedan inflyttning?',
    words: [
      'ska vi fråga hur det gått sen inflytt på uppstarten?',
      'pratar vi om första tiden i boendet på uppstartsmötet?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Genomgång av uppdraget och revidering',
    words: [
      'revideras det standardiserade uppdraget på uppstarten?',
      'när görs uppdraget om efter inflytt?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Dialog kring den enskildes tankar',
    words: [
      'ska brukaren få prioritera mål på uppstartsmötet?',
      'hur får brukaren säga sitt om målen?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur och när ska uppföljning',
    words: [
      'när bokas första uppföljningsmötet?',
      'ska vi boka uppföljning redan på uppstarten?',
    ],
  },

  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ligger som grund',
    words: [
      'vad används genomförandeplanen till?',
      'varför behövs en GP på boendet?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen tydliggör',
    words: [
      'vad ska GP:n visa?',
      'ska det stå vem som gör vad i genomförandeplanen?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Utföraren upprättar genomförandeplanen',
    words: [
      'vem skriver genomförandeplanen, vi eller soc?',
      'var upprättas genomförandeplanen?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Om den enskilde inte ger sitt samtycke',
    words: [
      'brukaren vill inte vara med och göra GP, vad gör vi?',
      'hen vägrar genomförandeplan, hur dokumenterar vi?',
      'vad gör vi om hen inte samtycker till genomförandeplan?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Den första genomförandeplanen upprättas inom',
    words: [
      'hur snabbt ska GP vara klar på boendet?',
      'inom hur många dagar ska första genomförandeplanen göras?',
      'får vi ändra GP:n innan uppföljningen?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Meddela ansvarig handläggare via',
    words: [
      'ska vi meddela soc när GP är klar?',
      'hur säger vi till handläggaren att genomförandeplanen är upprättad?',
    ],
  },

  {
    section: '001 › Genomföra insats',
    startsWith: 'Nyskapade aktiviteter',
    words: [
      'vilka aktiviteter finns i genomförandet?',
      'är aktiviteterna samma för akut, kort och långsiktigt?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendekartläggning – arbete under',
    words: [
      'finns det en färdig rutin för boendekartläggning?',
      'vad gäller för boendekartläggning just nu?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Motivera och stödja den enskilde',
    words: [
      'var finns beskrivningen av stödet vi erbjuder?',
      'finns det länk till stödnivåmaterialet under genomföra?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Hantera hyresrelaterade frågor',
    words: [
      'kan brukaren bo kvar i lgh med kommunalt kontrakt?',
      'var står det om hyresgästens ansvar?',
      'finns info om boendereferenser i processen?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendecoaching',
    words: [
      'vad innebär boendecoachning?',
      'finns det en beskrivning av boendecoaching?',
    ],
  },

  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Underlag för handläggarens uppföljning dokumenteras',
    words: [
      'var ska underlaget till uppföljningen skrivas?',
      'ska uppföljningsunderlaget ligga i genomförandejournalen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Av underlaget/sammanfattningen ska följande',
    words: [
      'vad ska stå i underlaget inför uppföljning?',
      'checklista för sammanfattningen till soc?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Hur har det fungerat i boendet sedan föregående',
    words: [
      'ska underlaget beskriva hur det gått sen förra uppföljningen?',
      'hur har boendet fungerat, ska det med i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – har den enskilde betalt',
    words: [
      'ska vi skriva om hen betalat hyran i underlaget?',
      'egenavgiften är obetald, ska det med i uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Händelser av vikt',
    words: [
      'ska viktiga händelser med i underlaget?',
      'incident på boendet, ska det stå i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Uppföljning av uppdraget utifrån eventuella delmål',
    words: [
      'ska vi beskriva måluppfyllelse i underlaget?',
      'hur följer vi upp delmålen i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vilka mål är uppfyllda?',
    words: [
      'ska det framgå vilka mål hen nått?',
      'skriver vi uppfyllda mål i underlaget?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad har uppnåtts och hur?',
    words: [
      'ska vi skriva vad som uppnåtts och hur?',
      'hur beskriver vi framstegen i underlaget?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad kvarstår?',
    words: [
      'ska det stå vad som är kvar att jobba med?',
      'vad återstår, ska det med i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – resultat av genomförd boendekartläggning',
    words: [
      'ska boendekartläggningen redovisas i underlaget?',
      'var skriver vi resultatet av kartläggningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Beskrivning av eventuella behov som tillkommit',
    words: [
      'brukaren har fått nya behov, ska det med i underlaget?',
      'ska nya behov beskrivas inför uppföljning?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån',
    words: [
      'ska vi skriva om nivån behöver ändras i underlaget?',
      'hen behöver högre nivå, var tar vi upp det?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'På vilket sätt har den enskildes behov',
    words: [
      'hur beskriver vi att stödbehovet ökat eller minskat?',
      'ska vi förklara på vilket sätt behovet har förändrats?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad är anledningen till det förändrade behovet?',
    words: [
      'måste vi skriva varför behovet har ändrats?',
      'anledningen till förändrat behov, ska den med?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Varaktighet över tid?',
    words: [
      'spelar det roll hur länge det ökade behovet varar?',
      'ska vi skriva om behovet är varaktigt?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Tänk på att det är viktigt att den enskildes perspektiv',
    words: [
      'ska brukarens egen syn stå i sammanfattningen?',
      'hur får vi med brukarens perspektiv i underlaget?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När sammanställningen är klar skickas',
    words: [
      'hur meddelar vi soc att underlaget är klart?',
      'ska vi skicka meddelande i treserva när sammanställningen är klar?',
      'vem ska veta att uppföljningsunderlaget finns i systemet?',
    ],
  },

  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Hur har det fungerat i boendet sedan föregående',
    words: [
      'vad pratar man om på uppföljningsmötet?',
      'tas det upp hur det gått sen förra uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'När aktuellt – har den enskilde betalt',
    words: [
      'tar soc upp hyran på uppföljningsmötet?',
      'pratar vi om egenavgiften på uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har hänt i processen',
    words: [
      'ska vi lyfta brukarens framsteg på uppföljningen?',
      'hur pratar vi om utvecklingen på uppföljningsmötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Händelser av vikt',
    words: [
      'ska viktiga händelser tas upp på uppföljningsmötet?',
      'tar vi upp incidenter på uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Avstämning av uppdraget',
    words: [
      'stäms uppdraget av på uppföljningsmötet?',
      'gås uppdraget igenom vid uppföljning?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vilka mål är uppfyllda?',
    words: [
      'går vi igenom uppfyllda mål på mötet?',
      'pratar vi om målen på uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har uppnåtts och hur?',
    words: [
      'diskuteras vad som uppnåtts på uppföljningsmötet?',
      'pratar vi om hur hen nått sina mål?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad kvarstår?',
    words: [
      'tar vi upp vad som återstår på mötet?',
      'vad är kvar att göra, tas det upp vid uppföljning?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Behov som har tillkommit?',
    words: [
      'nya behov, tas det upp på uppföljningen?',
      'ska vi lyfta tillkomna behov på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån',
    words: [
      'pratar vi nivåjustering på uppföljningsmötet?',
      'när tas ändrad stödnivå upp med brukaren?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad är anledningen till det förändrade behovet?',
    words: [
      'diskuteras varför behovet förändrats på mötet?',
      'tar soc upp orsaken till ändrat stödbehov?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Varaktighet över tid?',
    words: [
      'pratar man om hur länge behovet väntas vara?',
      'är varaktigheten viktig när nivån diskuteras på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tid för nästa uppföljningsmöte',
    words: [
      'bokas nästa uppföljning på mötet?',
      'när bestäms nästa uppföljningsmöte?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tänk på att det är viktigt att den enskilde ges utrymme',
    words: [
      'hur får brukaren komma till tals på uppföljningen?',
      'ska brukaren få berätta hur hen upplever insatsen?',
    ],
  },

  {
    section: '001 › Avsluta',
    startsWith: 'När det finns en planering för flytt',
    words: [
      'får kontaktpersonalen följa med på studiebesök på nya boendet?',
      'hen ska flytta, hur gör vi överlämningen?',
      'vad gör vi när placeringen ska avslutas?',
      'ska vi planera överlämning till nästa boendeinsats?',
    ],
  },

  {
    section: '001 › Kontakt',
    startsWith: 'Vid frågor eller synpunkter',
    words: [
      'vem kontaktar jag med frågor om insatsprocessen?',
      'vart skickar man synpunkter på processen?',
    ],
  },

  // ───────────── 002 Verksamhetshandbok boendestöd (FFS) ─────────────
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Beslutad av: Avdelningsledningsgrupp',
    words: [
      'vem har beslutat boendestödshandboken?',
      'vilken ledningsgrupp tog handboken?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Gäller för: Medarbetare',
    words: [
      'vilka gäller handboken för?',
      'gäller verksamhetshandboken både myndighet och boendestöd?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Datum och paragraf för beslutet',
    words: [
      'när beslutades boendestödshandboken?',
      'vilket datum togs handboken?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Giltighetstid: Tillsvidare',
    words: [
      'hur länge gäller handboken?',
      'har verksamhetshandboken ett slutdatum?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Senast reviderad',
    words: [
      'när reviderades handboken senast?',
      'är boendestödshandboken uppdaterad?',
    ],
  },
  {
    section: '002 › Förvaltningen för funktionsstöds gemensamma verksamhetshandbok för myndighet och utförare av boendestöd',
    startsWith: 'Dokumentansvarig',
    words: [
      'vem ansvarar för boendestödshandboken?',
      'vem äger verksamhetshandboken?',
    ],
  },

  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken syftar till',
    words: [
      'vad är syftet med boendestödshandboken?',
      'varför finns en gemensam handbok för myndighet och utförare?',
      'ska besluten om boendestöd bli mer lika?',
    ],
  },
  {
    section: '002 › Syftet med denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken är inte heltäckande',
    words: [
      'täcker handboken alla situationer?',
      'vår situation står inte i handboken, hur ska vi se på den?',
    ],
  },

  {
    section: '002 › Vem omfattas av denna gemensamma verksamhetshandbok',
    startsWith: 'Verksamhetshandboken gäller tills vidare',
    words: [
      'vilka omfattas av boendestödshandboken?',
      'gäller handboken för boendestödjare i ffs?',
      'gäller verksamhetshandboken för socialsekreterare också?',
    ],
  },

  {
    section: '002 › Upplägg av verksamhetshandbok',
    startsWith: 'Handboken är en sammanslagning',
    words: [
      'vad innehåller boendestödshandboken?',
      'varför slogs rutinerna ihop till en handbok?',
    ],
  },
  {
    section: '002 › Upplägg av verksamhetshandbok',
    startsWith: 'Inledningen är gemensam',
    words: [
      'vem reviderar delarna om genomförandet?',
      'vilka processteg ansvarar myndigheten för?',
      'vem uppdaterar handbokens delar om ansökan och uppdrag?',
    ],
  },

  {
    section: '002 › Vad är boendestöd',
    startsWith: 'Boendestöd är ett bistånd',
    words: [
      'vad är boendestöd?',
      'kan man få boendestöd på vandrarhem?',
      'enligt vilken lag ges boendestöd?',
      'kan hen få boendestöd som inneboende?',
    ],
  },

  {
    section: '002 › Innehållet',
    startsWith: 'Boendestödet ska, under hänsynstagande',
    words: [
      'vad ska boendestödet innehålla?',
      'är boendestöd praktiskt eller socialt stöd?',
      'vad är syftet med boendestöd?',
    ],
  },

  {
    section: '002 › Platsen',
    startsWith: 'Boendestöd utgår från individens boende',
    words: [
      'får boendestöd ges utanför hemmet?',
      'kan vi ge boendestöd digitalt?',
      'kan vi följa med brukaren på ärenden inom boendestödet?',
      'ska boendestödet alltid ske hemma hos brukaren eller kan vi ses någon annanstans?',
    ],
  },

  {
    section: '002 › Relationsaspekten',
    startsWith: 'Boendestöd är ett pedagogiskt',
    words: [
      'ska boendestödet göra saker åt brukaren?',
      'varför är kontinuitet viktigt i boendestöd?',
      'får boendestöd vara kompenserande ibland?',
      'jobbar vi med eller åt individen?',
    ],
  },

  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'Utgångspunkten är att majoriteten',
    words: [
      'gäller samtycket både soc och boendestödjare?',
      'var ser vi vilka samtycken brukaren har lämnat?',
      'vem sköter samarbetet runt individen?',
    ],
  },
  {
    section: '002 › Samverkan och samarbete',
    startsWith: 'För den operativa samverkan',
    words: [
      'ska stödpedagoger och 1:e soc ha regelbundna möten?',
      'samarbetet med handläggarna funkar inte, hur lyfter vi det?',
      'vilka samverkansmöten ska finnas i stadsområdet?',
    ],
  },

  {
    section: '002 › Socialtjänstprocessen',
    startsWith: 'I socialtjänstprocessen beskrivs',
    words: [
      'var beskrivs stegen för att följa upp boendestöd?',
      'vad är socialtjänstprocessen för boendestöd?',
    ],
  },

  {
    section: '002 › Hantera ansökan',
    startsWith: 'Under processteget Hantera ansökan',
    words: [
      'vad registreras när någon söker boendestöd?',
      'kan man söka boendestöd muntligt?',
      'kan brukaren söka ett visst antal timmar i veckan?',
    ],
  },

  {
    section: '002 › Att tänka på vid anmälan om behov',
    startsWith: 'En utredning kan först inledas',
    words: [
      'anhöriga ringer och säger att hen behöver boendestöd, vad händer?',
      'kan soc starta utredning utan ansökan?',
      'får soc berätta för anmälaren vad som händer?',
      'sjukvården anmäler behov av boendestöd, hur hanteras det?',
    ],
  },

  {
    section: '002 › Inhämta uppgifter',
    startsWith: 'Detta processteg handlar om',
    words: [
      'vilka uppgifter hämtar soc in i utredningen?',
      'kan boendestödet lämna uppgifter till utredningen?',
    ],
  },

  {
    section: '002 › Inför mötet',
    startsWith: 'Inför mötet om boendestöd kan',
    words: [
      'finns det en broschyr om att söka boendestöd?',
      'vad kan soc skicka till individen innan mötet?',
    ],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Det finns möjlighet att bjuda in medarbetare',
    words: [
      'kan boendestödet vara med på soc:s möte med individen?',
      'ansökan om stöd kring samlande, kan boendestödjare bjudas in?',
    ],
  },
  {
    section: '002 › Inför mötet',
    startsWith: 'Om mötet gäller en återansökan',
    words: [
      'hur förbereder sig soc vid återansökan om boendestöd?',
      'läser handläggaren våra daganteckningar vid ny ansökan?',
      'ska soc kontakta oss inför en återansökan?',
    ],
  },

  {
    section: '002 › Under mötet',
    startsWith: 'Under samtalet med individen',
    words: [
      'får brukaren ta med en boendestödjare på mötet med soc?',
      'kan man ha tolk eller bildstöd på mötet?',
      'vad är AKK?',
      'hur gör soc brukaren delaktig i samtalet?',
    ],
  },
  {
    section: '002 › Under mötet',
    startsWith: 'För att kunna ta reda på',
    words: [
      'vilka frågor ska soc ställa på mötet?',
      'vad menas med aktuellt och önskat funktionstillstånd?',
      'hur tar man reda på behoven i samtalet?',
    ],
  },
  {
    section: '002 › Under mötet',
    words: [
      'exempel på frågor till den som söker boendestöd?',
      'vad kan man fråga om vardagen och rutiner?',
      'bra frågor om mål och vilket stöd hen behöver?',
      'hur frågar man vad som stressar brukaren?',
      'fråga hur det ser ut om ett halvår?',
    ],
  },

  {
    section: '002 › Efter mötet – kommunicering av underlag',
    startsWith: 'Kommunicering av inkomna uppgifter',
    words: [
      'brukaren vill inte läsa utredningen, vad gäller?',
      'måste soc kommunicera utredningen innan beslut?',
      'hur får vi veta att brukaren inte tagit del av beslutsunderlaget?',
      'kan utredningen kommuniceras via teams eller telefon?',
    ],
  },

  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer vilken tidsomfattning',
    words: [
      'hur bedömer soc hur många timmar boendestöd?',
      'brukaren vill ha stöd på kvällar, måste önskemålet följas?',
      'styr brukarens önskemål när stödet ges?',
    ],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreteraren följer upp pågående',
    words: [
      'ska vi skriva i sammanställningen hur timmarna använts?',
      'hen avbokar ofta, ska det med i sammanställningen?',
      'vi ser att hen behöver mer tid, hur visar vi det för soc?',
      'vem kan soc rådfråga om rimlig tid?',
    ],
  },
  {
    section: '002 › Att tänka på vid bedömning av tid',
    startsWith: 'När socialsekreterare bedömer hur länge',
    words: [
      'hur länge ska första beslutet om boendestöd gälla?',
      'varför blir första beslutet så kort?',
      'kan ett nytt beslut vara långt?',
    ],
  },

  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Ibland är det inte just insatsen',
    words: [
      'kan boendestöd kombineras med trygghetslarm?',
      'kostar matdistribution för brukare med boendestöd?',
      'kan man ha matdistribution och boendestöd samtidigt?',
    ],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Däremot är boendestöd och hemtjänst',
    words: [
      'kan man ha hemtjänst och boendestöd samtidigt?',
      'hur avgör soc om det blir hemtjänst eller boendestöd?',
      'varför går inte boendestöd ihop med hemtjänst?',
    ],
  },
  {
    section: '002 › Att tänka på om andra insatser',
    startsWith: 'Boendestöd ska heller inte kombineras',
    words: [
      'kan brukaren ha boendestöd när hen bor på socialt boende med stöd?',
      'hen blir vräkt och flyttar till stödboende, får hen behålla boendestödet?',
      'kan boendestödet börja innan hen flyttat till egen lgh?',
      'finns undantag för boendestöd och socialt boende samtidigt?',
    ],
  },

  {
    section: '002 › Att tänka på om annan huvudmans ansvar',
    startsWith: 'En viktig aspekt att beakta',
    words: [
      'ska boendestödet förklara vad läkaren sagt?',
      'vem ansvarar för att hen förstår läkaren?',
      'ligger allt brukaren söker inom soc:s ansvar?',
    ],
  },

  {
    section: '002 › Att tänka på vid egenvård',
    startsWith: 'Egenvård är när individen själv',
    words: [
      'vad är egenvård?',
      'vems ansvar är det om det inte är egenvård?',
    ],
  },
  {
    section: '002 › Att tänka på vid egenvård',
    startsWith: 'Egenvård kan till exempel vara',
    words: [
      'vem bedömer om något är egenvård?',
      'vad är ett egenvårdsintyg?',
      'räknas det som egenvård att ta sina mediciner?',
    ],
  },

  {
    section: '002 › Besluta',
    startsWith: 'För alla beslut som utformas med frekvens',
    words: [
      'finns gemensamma frekvenser för beslut i staden?',
      'varför ska alla beslut ange frekvens på samma sätt?',
    ],
  },
  {
    section: '002 › Besluta',
    startsWith: 'Beslut om boendestöd fattas enligt',
    words: [
      'anges boendestöd i timmar per vecka?',
      'hur långa är besluten om boendestöd?',
      'vilken paragraf beslutas boendestöd enligt?',
    ],
  },

  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Ett beslut om insats kan förses',
    words: [
      'vad är återkallelseförbehåll?',
      'kan soc ändra ett beslut till brukarens nackdel?',
    ],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Notera att kortare beslut',
    words: [
      'ska ett beslut på 3 månader ha återkallelseförbehåll?',
      'har nya beslut om boendestöd återkallelseförbehåll?',
      'var står hur soc ändrar beslut till individens nackdel?',
    ],
  },
  {
    section: '002 › Att tänka på om återkallelseförbehåll',
    startsWith: 'Om det blir aktuellt att ändra beslutet',
    words: [
      'soc ska ändra beslutet, får vi veta det?',
      'ska handläggaren prata med boendestödet innan beslutet ändras?',
    ],
  },

  {
    section: '002 › Utforma och skicka uppdrag',
    startsWith: 'Uppdrag skickas via Treserva',
    words: [
      'hur skickas uppdraget till boendestödet?',
      'vilken enhet får uppdraget?',
      'vem fördelar samlarteamets timmar?',
    ],
  },

  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'För att säkerställa att individens behov',
    words: [
      'hur snabbt ska boendestödet verkställa?',
      'vem bevakar att insatsen kommer igång?',
    ],
  },
  {
    section: '002 › Att tänka på när uppdrag har skickats',
    startsWith: 'Om insatsen inte har kunnat verkställas',
    words: [
      'när rapporteras ett ej verkställt beslut till IVO?',
      'hen vill inte ta emot boendestödet längre, ska vi meddela soc?',
      'hur visar vi att beslutet är verkställt?',
      'delvis verkställt beslut, ska det in i treserva?',
    ],
  },

  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'Vid akuta och/eller nya behov',
    words: [
      'brukaren skrivs ut från sjukhus, kan boendestöd starta snabbt?',
      'ska boendestödet vara med på vårdplaneringen?',
      'akut risk för vräkning, kan uppdraget hanteras snabbare?',
    ],
  },
  {
    section: '002 › Att tänka på om uppdrag som behöver snabbare hantering',
    startsWith: 'För uppdrag som kräver tätare',
    words: [
      'hur ofta följs samlarteamets ärenden upp?',
      'brukaren har öppen psykiatrisk tvångsvård, vad gäller?',
      'hen har barn med insatser, blir det tätare uppföljning?',
      'hur får stödpedagogen veta om tätare uppföljning?',
    ],
  },

  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    startsWith: 'Förste socialsekreterare på myndighetsenheten',
    words: [
      'vem får hantera sekretessmarkerade ärenden i treserva?',
      'hur lång tid tar det att få behörighet till skyddat ärende?',
      'vem beställer behörighet för sekretessmarkerade ärenden?',
    ],
  },
  {
    section: '002 › Att tänka på om uppdrag i sekretessmarkerade ärenden',
    startsWith: 'Socialekreterare ansvarar för att tydligt',
    words: [
      'brukaren har skyddade personuppgifter, hur gör vi med deltagarlistor?',
      'vem informerar oss om skyddad identitet?',
      'finns det rutin för skyddade personuppgifter?',
      'hur gör vi med tolk när hen har skyddade uppgifter?',
    ],
  },

  {
    section: '002 › Planera genomförande',
    startsWith: 'Boendestödet ska påbörja planeringen',
    words: [
      'hur kontaktar man samlarteamet?',
      'vi är osäkra på behoven i uppdraget, vad gör vi?',
      'vad räknas som ett nytt uppdrag?',
      'mejladress till samlarteamet?',
    ],
  },
  {
    section: '002 › Planera genomförande',
    startsWith: 'Boendestödet ska därefter förbereda',
    words: [
      'var ska vi träffa brukaren, hemma eller på kontoret?',
      'kan insatsen göras digitalt?',
      'hur väljer vi plats för boendestödet?',
    ],
  },

  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Boendestödet tar kontakt med individen',
    words: [
      'inom hur många dagar ska vi kontakta nya brukaren?',
      'ska boendestödet ges dagtid?',
      'vad gör vi när vi fått ett nytt uppdrag?',
    ],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'I samband med att uppdraget inkommit',
    words: [
      'vem dokumenterar innan kontaktpersonal är utsedd?',
      'hur många timmar går till samlarteamet?',
      'när startar vi genomförandejournalen?',
    ],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Verkställande bör ske skyndsamt',
    words: [
      'hur lång tid har vi på oss att verkställa?',
      'när räknas beslutet som verkställt?',
      'senast när ska boendestödet starta?',
    ],
  },
  {
    section: '002 › Att verkställa beslutat bistånd',
    startsWith: 'Om boendestödet inte får kontakt',
    words: [
      'vi får inte tag på brukaren, vad gör vi?',
      'hen avbokar uppstartsmötet hela tiden, ska soc meddelas?',
      'hur många försök innan vi meddelar handläggaren?',
    ],
  },

  {
    section: '002 › Uppstartsmöte',
    startsWith: 'Vid uppstartsmötet informerar boendestödet',
    words: [
      'vad gör vi på uppstartsmötet i boendestöd?',
      'måste GP:n börjas på uppstartsmötet?',
      'vi hann inte börja på genomförandeplanen, vad gäller?',
    ],
  },
  {
    section: '002 › Uppstartsmöte',
    startsWith: 'I undantagsfall kan socialsekreteraren delta',
    words: [
      'ska handläggaren vara med på uppstarten?',
      'när kan soc delta på uppstartsmöte i boendestöd?',
      'vem avgör om soc är med på uppstarten?',
    ],
  },

  {
    section: '002 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ska påbörjas omgående',
    words: [
      'när ska GP vara klar i boendestöd?',
      'hur många veckor har vi på oss med genomförandeplanen?',
      'när ska vi börja på genomförandeplanen?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Individens deltagande i utformningen',
    words: [
      'får brukaren ha med någon när vi gör GP?',
      'varför ska brukaren vara med och göra genomförandeplanen?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Boendestödet ska undersöka om det finns andra planer',
    words: [
      'ska vi kolla om hen har SIP eller IPS?',
      'hen har daglig verksamhet, ska vi samordna planerna?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Boendestödet ska ha en förståelse',
    words: [
      'vad ska en bra genomförandeplan innehålla?',
      'ska individstödande aktiviteter stå i GP:n?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Att skapa SMARTA',
    words: [
      'vad betyder smarta delmål?',
      'ska arbetsmetod och bemötande stå i genomförandeplanen?',
      'hur skriver vi delmål i GP?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'I genomförandeplanen bör en krisplan',
    words: [
      'ska det finnas en krisplan i genomförandeplanen?',
      'vem ska få kopia på GP:n?',
      'hen mår sämre, vem ska vi kontakta enligt planen?',
      'ska soc meddelas när GP är klar?',
    ],
  },
  {
    section: '002 › Genomförandeplan',
    startsWith: 'Om individen ingår i samlarteamet',
    words: [
      'hen har både samlarteam och vanligt boendestöd, vem skriver GP?',
      'vem gör genomförandeplan om bara samlarteamet är inne?',
    ],
  },

  {
    section: '002 › Individstödande aktiviteter',
    startsWith: 'Nedan tabell är förslag',
    words: [
      'vilka aktiviteter kan boendestödet jobba med?',
      'finns exempel på individstödande aktiviteter?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Lärande och att tillämpa kunskap',
    words: [
      'hur stöttar vi problemlösning?',
      'brukaren har svårt att fatta beslut, vad kan vi göra?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Allmänna uppgifter och krav',
    words: [
      'hen har svårt med stress och rutiner, vilka aktiviteter passar?',
      'kan vi hjälpa till med kognitiva hjälpmedel?',
      'hur stöttar vi vardagsstruktur?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'hur individen tar emot information',
    words: [
      'hen behöver kommunikationshjälpmedel, hur stöttar vi?',
      'stöd i att kommunicera med andra, vad kan vi göra?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Förflyttning till exempel',
    words: [
      'kan vi lära hen åka buss med ToGo-appen?',
      'hjälper boendestödet till med färdtjänstansökan?',
      'stöd med bostadsanpassning, ingår det?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Personlig vård handlar om',
    words: [
      'hur stöttar vi brukaren med hygienen?',
      'kan boendestöd hjälpa till med personlig vård?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Hemliv handlar om',
    words: [
      'hen riskerar vräkning, hur kan boendestödet stötta?',
      'ska vi hjälpa hen söka ny bostad?',
      'kan vi hjälpa till med felanmälan till hyresvärden?',
      'kan vi stötta med barnens aktiviteter?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Mellanmänskliga interaktioner',
    words: [
      'brukaren är isolerad, hur kan vi stötta?',
      'vad är sociala berättelser?',
      'kan vi hjälpa hen förbereda ett läkarbesök?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Utbildning, arbete, sysselsättning',
    words: [
      'kan vi hjälpa hen göra en hushållsbudget?',
      'hen vill ha jobb, vem kan boendestödet koppla in?',
      'kan vi stötta ansökan om god man?',
      'hjälp med autogiro och räkningar?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Samhällsgemenskap, socialt',
    words: [
      'kan vi hjälpa brukaren att rösta?',
      'finns aktivitetshus eller friskvårdsklubb för brukarna?',
      'tips på fritidsaktiviteter och peer support?',
    ],
  },
  {
    section: '002 › Individstödande aktiviteter',
    contains: 'Känsla av trygghet handlar om',
    words: [
      'hen känner sig otrygg, vad kan boendestödet göra?',
      'hur jobbar vi med trygghet?',
    ],
  },

  {
    section: '002 › Utföra uppdrag enligt genomförandeplan',
    startsWith: 'Att genomföra insats innebär',
    words: [
      'brukaren behöver annat stöd nu, vem ska vi kontakta?',
      'vi tror hen behöver god man, vad gör vi?',
      'ska vi eller brukaren ringa soc om insatsen behöver ändras?',
    ],
  },

  {
    section: '002 › Att tänka på under genomförandet',
    startsWith: 'Individens behov det vill säga',
    words: [
      'hen behöver mer stöd just nu, vem kontaktar vi först?',
      'vad gör boendestödjaren vid förändrade behov?',
      'kan vi vara mer kompenserande i perioder?',
    ],
  },
  {
    section: '002 › Att tänka på under genomförandet',
    startsWith: 'Om individen inte är hemma',
    words: [
      'brukaren öppnar inte och har inte avbokat, vad gör vi?',
      'när startar 3-dagarsrutinen?',
      'hen svarar inte när vi kommer, vilken rutin gäller?',
    ],
  },

  {
    section: '002 › Om individen är frånvarande',
    startsWith: 'I de fall individen kommer vara frånvarande',
    words: [
      'brukaren åker bort i två månader, pausar vi boendestödet?',
      'kan boendestödet pausas?',
      'vad krävs för att avsluta insatsen helt?',
      'hen går inte att nå, kan beslutet omprövas?',
    ],
  },
  {
    section: '002 › Om individen är frånvarande',
    startsWith: 'I de fall individen blir inlagd',
    words: [
      'brukaren är inlagd på sjukhus, vem meddelar soc?',
      'avslutas boendestödet när hen blir inlagd?',
      'hur länge pausas insatsen vid sjukhusvistelse?',
      'vem bevakar SAMSA när någon är inlagd?',
    ],
  },

  {
    section: '002 › Metoder och förhållningssätt',
    startsWith: 'Det är viktigt att individ och boendestöd',
    words: [
      'hur många boendestödjare ska vara kopplade till en brukare?',
      'får vi göra saker åt brukaren ibland?',
      'använder vi tolk eller AKK i boendestödet?',
      'vilket förhållningssätt har boendestödet?',
    ],
  },

  {
    section: '002 › Ett Självständigt Liv (ESL)',
    startsWith: 'Boendestödet arbetar med den socialpedagogiska',
    words: [
      'vad är ESL?',
      'jobbar ni med ESL i grupp eller individuellt?',
      'vilka teman finns i ESL?',
      'var hittar jag ESL-materialet?',
    ],
  },

  {
    section: '002 › Motiverande samtal (MI)',
    startsWith: 'MI är en samtalsmetod',
    words: [
      'vad är MI?',
      'vad är vår roll i motiverande samtal?',
      'hur använder boendestödet MI?',
    ],
  },

  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'LAB är ett tillvägagångssätt',
    words: [
      'vad är lågaffektivt bemötande?',
      'brukaren blir utåtagerande, hur bemöter vi hen?',
      'hur förebygger vi konflikter med brukaren?',
    ],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Ansvarsprincipen',
    words: [
      'vad är ansvarsprincipen i LAB?',
      'varför fokusera på det hen själv kan påverka?',
    ],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Kontrollprincipen',
    words: [
      'vad betyder kontrollprincipen?',
      'hur hjälper vi hen behålla självkontrollen?',
    ],
  },
  {
    section: '002 › Lågaffektivt bemötande (LAB)',
    startsWith: 'Principen om affektsmitta',
    words: [
      'vad är affektsmitta?',
      'varför ska vi hålla oss lugna när brukaren är arg?',
    ],
  },

  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    startsWith: 'Det är personal inom hälso-och sjukvård',
    words: [
      'kan vi påminna brukaren om medicinen utan egenvårdsintyg?',
      'vem tar fram egenvårdsintyget?',
      'får vi hjälpa hen med träningsprogram från fysioterapeut?',
    ],
  },
  {
    section: '002 › Att tänka på vid egenvård (utförare)',
    startsWith: 'I de fall där individen har läkemedel',
    words: [
      'brukaren har buccolam, vem ger oss instruktioner?',
      'ska vi ge läkemedel i boendestödet?',
      'vem är med i planeringen när vi hanterar medicin?',
      'krävs riskbedömning innan vi ger läkemedel?',
    ],
  },

  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    startsWith: 'Samlarteamet är ett specialiserat',
    words: [
      'vad är samlarteamet?',
      'hur många ärenden kan samlarteamet ta?',
      'hur många timmar i veckan jobbar samlarteamet med brukaren?',
      'rensar samlarteamet i förråd och garage?',
      'hen vill inte jobba med samlandet, vad händer?',
    ],
  },
  {
    section: '002 › Samlarteamet – ett specialiserat boendestödsteam',
    startsWith: 'Följande checklista bör användas',
    words: [
      'när ska vi kontakta samlarteamet?',
      'hur många ja på checklistan behövs för samlarteamet?',
      'hur når man samlarteamet?',
    ],
  },

  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'Stämmer detta in på dig?',
    words: [
      'finns det en checklista för samlarproblematik?',
      'vilka frågor går vi igenom innan samlarteamet?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårt att använda ett eller flera rum',
    words: [
      'hen kan inte använda köket för alla saker, samlarteam?',
      'rummen är fulla av saker, vad frågar vi?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'får ångest eller känner mig ledsen',
    words: [
      'hen får ångest när hen ska slänga saker, vad gör vi?',
      'brukaren mår dåligt av att rensa, tecken på samlarsyndrom?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårt att motstå att köpa saker',
    words: [
      'brukaren plockar hem saker från soprummet, vad gör vi?',
      'hen köper saker hela tiden, kan samlarteamet hjälpa?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'Mängden av saker i mitt hem orsakar problem',
    words: [
      'sakerna påverkar hens hälsa och ekonomi, vad gör vi?',
      'samlandet skapar problem i relationer, samlarteamet?',
    ],
  },
  {
    section: '002 › Checklista tillsammans med individ innan rekommendation till samlarteamet',
    contains: 'svårigheter i att fatta beslut om vad jag ska slänga',
    words: [
      'hen kan inte bestämma vad som ska slängas, vad gör vi?',
      'svårt att välja vad som ska behållas, samlarsyndrom?',
    ],
  },

  {
    section: '002 › Daganteckningar',
    startsWith: 'En noggrann dokumentation är avgörande',
    words: [
      'ska vikarier också skriva daganteckningar?',
      'hur länge sparas daganteckningar?',
      'vad ska stå i daganteckningarna?',
      'ska klagomål från brukaren dokumenteras?',
    ],
  },

  {
    section: '002 › Sammanställningar av daganteckningar',
    startsWith: 'Sammanställningen av daganteckningar möjliggör',
    words: [
      'hur ofta ska daganteckningarna sammanställas?',
      'max hur många dagar mellan sammanställningarna?',
      'var ska sammanställningen föras in?',
    ],
  },
  {
    section: '002 › Sammanställningar av daganteckningar',
    startsWith: 'Samlarteamet för anteckningar direkt',
    words: [
      'var dokumenterar samlarteamet?',
      'när utvärderas samlarteamets insats?',
    ],
  },

  {
    section: '002 › Avsluta och utvärdera ärendet',
    startsWith: 'Efter att uppdraget är genomfört',
    words: [
      'vad ska dokumenteras när boendestödet avslutas?',
      'måste skälen för avslut anges?',
    ],
  },
  {
    section: '002 › Avsluta och utvärdera ärendet',
    startsWith: 'Innan socialsekreteraren avslutar ärendet',
    words: [
      'ska soc säga till innan ärendet avslutas i treserva?',
      'när skriver vi slutanteckning?',
    ],
  },

  // ───────────── 003 Stödnivåer i lägenhetsboende (2025: låg/medel/hög) ─────────────
  {
    section: '003 › Syftet med dokumentet',
    startsWith: 'Ett gemensamt stödmaterial för de fyra',
    words: [
      'vilka gäller nya stödnivådokumentet för?',
      'gäller stödnivåerna från 2025 även externa utförare?',
      'gäller 2025 års nivåer för ffs också?',
    ],
  },
  {
    section: '003 › Syftet med dokumentet',
    startsWith: 'Stöd i bedömning och hantering av stödnivåer inom',
    words: [
      'finns det stöd för nivåbedömning i lägenhetsboende?',
      'vad handlar nya nivådokumentet om?',
    ],
  },

  {
    section: '003 › Stödnivåer',
    startsWith: 'Från och med 1 april 2025',
    words: [
      'vilka stödnivåer finns i lägenhetsboende nu?',
      'sen när gäller låg, medel och hög?',
      'gäller nya nivåerna externa leverantörer också?',
    ],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Stödnivåerna avser omfattningen',
    words: [
      'får vi själva bestämma antal besök inom nivån?',
      'vem sätter stödnivån i lgh?',
      'måste brukaren byta boende om behovet ökar?',
      'räknas vår bedömning in när nivån bestäms?',
    ],
  },
  {
    section: '003 › Stödnivåer',
    startsWith: 'Samtliga stödnivåer kan vara aktuella',
    words: [
      'kan man börja på hög direkt vid inflytt?',
      'måste alla börja på låg i lägenheten?',
    ],
  },

  {
    section: '003 › Boendereferenser',
    startsWith: 'Möjlighet till referenser ska erbjudas',
    words: [
      'kan brukare på hög få boendereferenser?',
      'vad krävs för att få referens i lgh?',
      'ger alla nivåer referenser?',
    ],
  },

  {
    section: '003 › Individuellt stöd',
    startsWith: 'Insatserna på boendet ska vara individuellt',
    words: [
      'ska vi förbereda brukaren för eget boende?',
      'vilken inriktning ska stödet i lägenhetsboende ha?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Om den enskildes behov visar sig vara mer omfattande',
    words: [
      'hen behöver mer stöd än lgh ger, vad gör vi?',
      'ingår omvårdnad i lägenhetsboende?',
      'kan man ha kompletterande hemtjänst i lägenhetsboendet?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stödet till den enskilde utgår från',
    words: [
      'vad ska stödet i lägenhetsboende bestå av?',
      'var står det vad vi ska stötta med?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Motiverande samtal med den enskilde som syftar',
    words: [
      'ska vi ha motiverande samtal i lgh?',
      'jobbar vi med minskad droganvändning i lägenhetsboende?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stöd till den enskilde att sköta sin vardagsekonomi',
    words: [
      'hjälper vi till med post och blanketter i lgh?',
      'ingår stöd med ekonomin i lägenhetsboende?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Möjliggöra och ge stöd till den enskilde vid kontakt',
    words: [
      'ska vi stötta kontakter med sjukvård och myndigheter?',
      'ingår stöd vid myndighetskontakter i lägenhetsboende?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Arbeta för att de olika aktörerna samverkar',
    words: [
      'ska boendepersonalen initiera SIP?',
      'vem samordnar aktörerna runt brukaren i lgh?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Stödja den enskilde till sysselsättning',
    words: [
      'ska sysselsättningen vara utanför boendets verksamhet?',
      'kan boendets egen verksamhet räknas som sysselsättning?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Boendecoachning, dvs',
    words: [
      'vad är boendecoachning?',
      'ska vi hjälpa brukaren söka egen lgh?',
      'hjälper vi till att boka visningar?',
      'kan vi hjälpa hen hitta inneboende?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    startsWith: 'Under pågående referensperiod',
    words: [
      'ska vi kontrollera att hyran betalas under referenstiden?',
      'vad kontrollerar vi under referensperioden?',
      'ska vi kolla hur hen sköter lägenheten?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    contains: 'Restid till och från brukaren',
    words: [
      'räknas restid i nivån i lägenhetsboende?',
      'räknas dokumentation som brukartid på låg, medel, hög?',
      'räknas avstämning med myndigheter utan brukaren?',
    ],
  },
  {
    section: '003 › Individuellt stöd',
    contains: 'Transporttid med brukaren',
    words: [
      'räknas sms och telefonsamtal in i stödtiden?',
      'vad är direkt brukartid i lgh?',
      'räknas ärenden med brukaren in i timmarna?',
    ],
  },

  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'varannan vecka cirka en (1) timme',
    words: [
      'vad gäller för låg nivå?',
      'hur ofta träffar vi någon på låg?',
      'kan boendecoachning ingå på låg?',
      'när används stödnivå låg?',
    ],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'Fysisk tillsyn en (1) till två (2) gånger i veckan',
    words: [
      'hur många timmar är medel?',
      'hur ofta ses vi på medelnivån?',
      'vad innebär stödnivå medel?',
    ],
  },
  {
    section: '003 › Bedömningsstöd för stödnivåer',
    contains: 'Kontakt ska tas varje dag varav fysisk tillsyn',
    words: [
      'hen har hög men behöver mer än 6 timmar, vad gör vi?',
      'måste vi ha kontakt varje dag på hög?',
      'räknas helger på hög nivå?',
      'hur många fysiska besök i veckan på hög?',
      'får kontakten på hög vara via videosamtal?',
    ],
  },

  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare utreder brukarens ansökan om insats',
    words: [
      'var dokumenteras stödnivån för lägenhetsboende?',
      'hur registrerar ffs nivån i treserva?',
      'hur länge gäller första nivåbedömningen?',
      'vilket beslut fattar ffs för lägenhetsboende?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'I förfrågningsunderlaget till Spink',
    words: [
      'från vilket datum ska hen betala hyra?',
      'står stödnivån i avtalet med externa?',
      'ska uppdraget säga om brukaren betalar hyra i lgh?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Registrera stödnivå i Excelfil',
    words: [
      'vem lägger in nivån i excelfilen vid inflytt?',
      'ska enhetschefen registrera stödnivån?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Vid uppstartsmötet (se insatsprocessen',
    words: [
      'kan nivån ändras redan efter uppstartsmötet?',
      'stäms låg, medel eller hög av på uppstarten?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'I underlag för uppföljning av genomförandet',
    words: [
      'hen behöver gå från medel till hög, vad skriver vi?',
      'ska vi motivera ändrad nivå i uppföljningsunderlaget?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Vid uppföljningsmötet följs stödnivån upp',
    words: [
      'när justeras stödnivån i lägenhetsboende?',
      'kan nivån ändras innan uppföljningsmötet?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ansvarig socialsekreterare tar ställning',
    words: [
      'vem bestämmer om brukaren ska ner till låg?',
      'var dokumenteras ny stödnivå?',
      'ska ändrad nivå stå i beslutet?',
    ],
  },
  {
    section: '003 › Hantering av stödnivåer – process',
    contains: 'Ny stödnivå, och datum',
    words: [
      'vem registrerar ny nivå och datum?',
      'ny stödnivå, var förs den in?',
    ],
  },

  // ───────────── 004 Projektförslag Boendestöd på stödboende (2009) ─────────────
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'I Socialstyrelsens riktlinjer',
    words: [
      'varför krymper institutionsvården?',
      'vad säger socialstyrelsens riktlinjer om missbruksvård?',
    ],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Socialtjänst- och arbetsmarknadsförvaltningen genomför',
    words: [
      'hur många verksamhetsområden fick förvaltningen 2009?',
      'när började omorganisationen?',
    ],
  },
  {
    section: '004 › I. BAKGRUND OCH NULÄGE',
    startsWith: 'Projektet innebär att Boende- och behandlingsenheten',
    words: [
      'vad går stödboendeprojektet ut på?',
      'vad menas med boendestöd i projektet?',
      'hur många boendestödjare anställdes i projektet?',
      'jobbar samma personal på stödboendet och i lägenheten?',
    ],
  },

  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Förvaltningen driver idag fem',
    words: [
      'hur många lågtröskelboenden fanns det?',
      'har lågtröskelboendena drogtolerans?',
      'vad var syftet med lågtröskelboendena?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Dessa intentioner kan sägas',
    words: [
      'varför har lågtröskelboenden personal dygnet runt?',
      'varför tycker stadsdelarna att placeringarna är dyra?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Olika försök att arbeta med strukturerade',
    words: [
      'varför har handlingsplanerna inte fungerat?',
      'vad stoppar planeringen med klienterna?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Erfarenheter av boendestöd riktat',
    words: [
      'funkar boendestöd för personer med tungt missbruk?',
      'vilken erfarenhet finns av boendestöd vid svår psykiatrisk problematik?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Inför Boende- och behandlingsenhetens nya',
    words: [
      'var hamnade blockförhyrningarna?',
      'vilket verksamhetsområde tillhör blockförhyrningarna?',
    ],
  },
  {
    section: '004 › Nulägesbeskrivning',
    startsWith: 'Relativt dyra alternativ',
    words: [
      'varför vill man ha boendestöd redan på stödboendet?',
      'är lågtröskelboende för dyrt på sikt?',
    ],
  },

  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet är tänkt att fungera',
    words: [
      'vilka klienter är projektet till för?',
      'vad gör boendestödjaren i projektet?',
      'kan boendestödjaren vara länk till vården?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Man brukar ha som en tumregel',
    words: [
      'hur många boendestödsbesök i veckan är max?',
      'klienten behöver fyra besök i veckan, vad gäller då?',
      'när är institution bättre än boendestöd?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet syftar till att minska',
    words: [
      'vad är syftet med stödboendeprojektet?',
      'ska projektet minska långa institutionsvistelser?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'I en idealisk situation',
    words: [
      'kan klienten ta över träningslägenheten?',
      'vad är målet med träningslägenheterna?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektet förläggs till en av',
    words: [
      'vad händer om klienten får återfall i träningslägenheten?',
      'vilka är stegen från stödboende till egen lgh?',
      'hur var kedjan tänkt, vart går klienten vidare efter stödboendet?',
      'vem tar över boendestödet efter försöksboendet?',
    ],
  },
  {
    section: '004 › I.1 Beskrivning av planerat projekt',
    startsWith: 'Projektets huvudsakliga verktyg',
    words: [
      'vad är projektets viktigaste verktyg?',
      'vem gör handlingsplanen i projektet?',
    ],
  },

  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Det finns en grupp omvårdnadskrävande',
    words: [
      'behövs institutionsvård fortfarande?',
      'kan boendetiderna kortas med boendestödjare?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Låtröskelboenden skulle med boendestödjare',
    words: [
      'vad kan lågtröskelboenden erbjuda med boendestödjare?',
      'vad menas med en sammanhållen kedja av insatser?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Många är de projekt och försök',
    words: [
      'vad visar case management-projekten?',
      'ska projektet identifiera vilka som kan bo själva?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'Av stor vikt är att i arbetsplanen',
    words: [
      'risk för hyresskulder, hur ska kontakten med soc se ut?',
      'hur många boendestödjare knyts till lägenheterna?',
    ],
  },
  {
    section: '004 › 2. NYTTAN/EFFEKTEN AV PROJEKTET',
    startsWith: 'I projektet ingår också att fortsätta samarbetet',
    words: [
      'samarbetar projektet med bostadsförmedlingen?',
      'ingår allmännyttan i projektet?',
    ],
  },

  {
    section: '004 › 2.1 Intern effektivisering',
    startsWith: 'Målet med projektet är att öka andelen',
    words: [
      'vad är målet med projektet?',
      'går klienterna från träningslägenhet till eget kontrakt?',
    ],
  },
  {
    section: '004 › 2.1 Intern effektivisering',
    startsWith: 'Om fler klienter kan erbjudas',
    words: [
      'kan vårdbudgeten flyttas över till boendestöd?',
      'blir det billigare med träningslägenhet och boendestöd?',
    ],
  },

  {
    section: '004 › 2.2 Nollalternativ',
    startsWith: 'Konsekvenserna kan bli',
    words: [
      'vad händer om projektet inte blir av?',
      'vad är nollalternativet?',
      'kan lågtröskelboenden läggas ner?',
    ],
  },

  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna arbetar företrädesvis',
    words: [
      'vilka tider jobbar boendestödjarna i projektet?',
      'varför jobba på förmiddagar med klienterna?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Boendestödjarna har ett särskilt ansvar',
    words: [
      'vem håller stadsdelarna informerade om projektet?',
      'vem ska boendestödjarna samverka med?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'Tre boendestödjare anställs',
    words: [
      'vilka klienter erbjuds plats i projektet?',
      'vilka livsområden fokuserar arbetsplanen på?',
      'var placeras boendestödjarna?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyran är viktigast',
    words: [
      'vad är viktigast i arbetsplanen?',
      'är hyran det viktigaste för klienten?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'hyreslagen gäller',
    words: [
      'ingår hyreslagen i arbetsplanen?',
      'gäller hyreslagen för klienterna i projektet?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: 'vilka behandlingsresurser som krävs',
    words: [
      'ska arbetsplanen ta upp behandlingsresurser?',
      'vilka behandlingar som behövs, ingår det i planen?',
    ],
  },
  {
    section: '004 › 3.1 Omfattning',
    startsWith: '”jag ska kunna ha klienten som granne”',
    words: [
      'ska man kunna ha klienten som granne?',
      'är grannperspektivet ett livsområde i arbetsplanen?',
    ],
  },

  {
    section: '004 › Benchmarking',
    startsWith: 'Genom åren har en rad olika projekt',
    words: [
      'funkar boendestöd för missbrukare i egna lägenheter?',
      'vilka projekt visar att boendestöd fungerar?',
      'varför är samverkan mellan huvudmän viktig?',
    ],
  },

  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Om resultatet av projektet blir gott',
    words: [
      'vem ansvarar för stödboendeprojektet?',
      'vad krävs för att projektet ska lyckas?',
      'vad händer om projektet går bra?',
    ],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'Projektet ska ha en styrgrupp',
    words: [
      'vilka sitter i styrgruppen?',
      'har projektet en styrgrupp?',
    ],
  },
  {
    section: '004 › 4. FÖRUTSÄTTNINGAR FÖR ATT LYCKAS MED PROJEKTET OCH NÅ AVSEDD NYTTA',
    startsWith: 'I det dagliga arbetet har verksamhetsområdeschefen',
    words: [
      'hur redovisas projektresultatet?',
      'vem ser till att metoden följs?',
    ],
  },

  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    startsWith: 'Institutet för utveckling',
    words: [
      'finns det evidens för boendestöd?',
      'vilka insatser har starkt vetenskapligt stöd?',
      'vad säger IMS om boendestöd?',
    ],
  },
  {
    section: '004 › 5. EVIDENSBASERADE MODELLER',
    startsWith: 'Det finns således inte så mycket',
    words: [
      'vad bygger projektet på när evidensen saknas?',
      'finns evidensbaserade metoder för boendestöd?',
    ],
  },

  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Projektets totala externa budget',
    words: [
      'vad kostar projektet?',
      'hur stor är budgeten för stödboendeprojektet?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Kostnad för boendestödjare',
    words: [
      'vad kostar boendestödjarna i projektet?',
      'hur länge anställs boendestödjarna?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Övriga kostnader',
    words: [
      'hur mycket går till utbildning och handledning?',
      'vilka övriga kostnader har projektet?',
    ],
  },
  {
    section: '004 › 6.1 Projektets kostnader',
    startsWith: 'Totalt uppskattar förvaltningen att interna resurser',
    words: [
      'hur mycket tid lägger enhetscheferna på projektet?',
      'vilka interna resurser går åt?',
    ],
  },

  {
    section: '004 › 7. RESURSBEHOV',
    startsWith: 'Nedan redovisas troligt resursbehov',
    words: [
      'vilket resursbehov har projektet?',
      'hur mycket personal behöver projektet?',
    ],
  },
  {
    section: '004 › 7. RESURSBEHOV',
    contains: 'Heltid',
    words: [
      'jobbar boendestödjarna heltid i projektet?',
      'hur länge är boendestödjarna anställda i projektet?',
    ],
  },

  {
    section: '004 › 8. RISKER',
    startsWith: 'Nedan beskrivs de största riskerna',
    words: [
      'vilka risker finns med projektet?',
      'vad kan göra att projektet inte ger nytta?',
    ],
  },
  {
    section: '004 › 8. RISKER',
    contains: 'Att man inte följer arbetsplanen',
    words: [
      'vad gör man om arbetsplanen inte följs?',
      'vem bevakar att arbetsplanen följs?',
    ],
  },
  {
    section: '004 › 8. RISKER',
    contains: 'inte placerar på stödboenden',
    words: [
      'vad är risken om stadsdelarna inte placerar?',
      'risk att enheten för hemlösa inte placerar på stödboende?',
    ],
  },

  {
    section: '004 › 9. UPPFÖLJNING',
    startsWith: 'Vid tertialrapporter och verksamhetsberättelse',
    words: [
      'hur följs projektet upp?',
      'vad mäts i tertialrapporterna?',
    ],
  },
  {
    section: '004 › 9. UPPFÖLJNING',
    startsWith: 'Mätning sker huruvida vårdtiderna',
    words: [
      'mäts det om vårdtiderna på lågtröskelboenden kortas?',
      'följs kostnaderna upp i projektet?',
    ],
  },
]);
