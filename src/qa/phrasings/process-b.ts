/** Example staff questions (third set): Insatsprocess (001), second half. Written from the source document only. */
import type { VocabularyEntry } from '../sectionVocabulary';

export const PHRASINGS_PROCESS_B: readonly VocabularyEntry[] = Object.freeze([
  // ───────────── Mallar för inledande uppdrag Akutboende (mål) ─────────────
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X har ”tak över huvudet”',
    words: [
      'är hela poängen med akutplatsen att hen får en säng inomhus?',
      'vad vill vi uppnå när nån placeras akut?',
      'hen ska bara slippa gatan just nu, är det målet på akuten?',
      'varför placeras hen på akutboende, för att ha nånstans att bo i natt?',
      'räcker det som mål att hen har ett ställe att sova på?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X deltar i kartläggning',
    words: [
      'ska hen på akutplatsen vara med när vi reder ut var hen kan bo?',
      'hen på akuten vägrar svara på frågor om boende, går det emot målen?',
      'måste den som bor akut ställa upp på kartläggningen?',
      'är hens medverkan ett mål när vi kartlägger boendebehovet på akutboendet?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk och de nega',
    words: [
      'hen på akutplatsen tar droger varje dag, kan målet vara att det går mindre illa?',
      'måste hen på akuten bli nykter eller räcker det att minska skadorna?',
      'jobbar vi med att minska skadorna av drickandet på akutboende?',
      'kan målet på akuten vara färre överdoser o mindre risker?',
      'hen super på akutboendet, ska vi ändå stötta hen att dra ner?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet/ nykter',
    words: [
      'hen på akuten säger att hen vill bli ren, kan det bli ett mål?',
      'hen på akutplatsen vill lägga av med spriten så småningom, står det i målen?',
      'kan målet på akutboendet vara att hen blir helt fri från droger i längden?',
      'ska vi stötta nån som bor akut att bli nykter med tiden?',
    ],
  },
  {
    section: '001 › Mallar för inledande uppdrag Akutboende',
    startsWith: 'Att X ska komma vidare till ett boende som motsvarar Xs beho',
    words: [
      'hen har bott på akuten länge, vad ska hända sen?',
      'är meningen att hen ska gå vidare från akutplatsen till nåt som passar bättre?',
      'hen fastnar på akutboendet, vad är målet?',
      'ska vi hjälpa hen från akuten till rätt sorts boende?',
      'är akutplatsen tänkt att vara tillfällig tills hen hittar ett boende som passar?',
    ],
  },

  // ───────────── Mall för inledande uppdrag vid placering i kort- och långsiktigt boende ─────────────
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Mallen är till som en hjälp vid formulering av det inledande',
    words: [
      'måste vi följa uppdragsmallen exakt när hen placeras på långsiktigt?',
      'mallen för kortsiktigt boende passar inte hen, får punkterna ändras?',
      'varför ser alla första uppdrag på kort- och långsiktigt likadana ut?',
      'finns det en färdig text att utgå från när första uppdraget för kortsiktigt boende skrivs?',
      'uppdraget från soc är samma som för alla, när blir det anpassat efter hen?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Vad som ingår i uppdraget',
    words: ['vad ska vi göra enligt uppdraget på långsiktigt boende?', 'vilka uppgifter ingår i uppdraget när hen placeras på kortsiktigt?'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Säkerställa behov av tillsyn och individuellt stöd i enlighe',
    words: [
      'hur mycket ska vi titta till hen på långsiktigt, beror det på nivån?',
      'hen har tvåan, hur ofta ska vi kolla läget?',
      'vad avgör hur mycket vi ska se till hen på kortsiktigt boende?',
      'ska koll o individuellt stöd anpassas efter nivån soc beslutat?',
      'hur mycket enskilt stöd ska hen få på långsiktigt boende?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att planera för och flytta in i boendet samt säkers',
    words: [
      'ska vi hjälpa till att förbereda o planera flytten in?',
      'hen kommer till lgh helt utan grejer, ska vi ordna det hen behöver?',
      'hjälper personalen till när nån ska flytta in på kortsiktigt?',
      'vem ser till att hen har allt nödvändigt när hen kommer till boendet?',
      'ska vi stötta hen att packa o ta sig till det nya boendet?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x med praktiska göromål som följer med ett nytt boend',
    words: [
      'hen har ingen försäkring för hemmet, ska vi hjälpa hen skaffa?',
      'ska vi hjälpa hen göra flyttanmälan?',
      'posten går fortfarande till hens gamla adress, är det vårt jobb att fixa?',
      'vilka praktiska grejer ingår när hen flyttat in, typ papper o försäkringar?',
      'hemförsäkring o ny adress, ingår det i uppdraget på långsiktigt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Gå igenom förväntningar på x avseende hyresrelaterade frågor',
    words: [
      'ska vi förklara vad som gäller kring hyra o lägenheten när hen flyttar in?',
      'vad förväntas av hen som hyresgäst, ska vi gå igenom det?',
      'hen fattar inte att hyran måste in i tid, ska vi ta det i början?',
      'ska vi gå igenom hens ansvar som hyresgäst när placeringen startar?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Påbörja boendekartläggning med syfte att x kommer vidare och',
    words: [
      'ska vi börja kolla upp hens boendebehov redan på kortsiktigt?',
      'hen har placerats långsiktigt, ska vi redan börja reda ut nästa steg mot egen bostad?',
      'hur hjälper vi hen att lämna hemlösheten bakom sig?',
      'ingår det i uppdraget att börja kartlägga var hen kan bo framöver?',
      'varför ska vi kartlägga boendet när hen precis flyttat in?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x att påbörja eller upprätthålla viktiga kontakter i ',
    words: [
      'ska vi hjälpa hen med kontakten med vårdcentralen?',
      'hen har tid hos frivården, ska vi stötta att hen går dit?',
      'ska vi hjälpa hen att komma igång med jobb eller daglig sysselsättning?',
      'hen har tappat kontakten med försäkringskassan, är det vår uppgift?',
      'vilka myndigheter o vårdkontakter ska vi hjälpa hen hålla i?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Stödja x i att inkomma med underlag för egenavgift senast (d',
    words: [
      'hen måste visa sin inkomst för avgiften på boendet, är det vår sak att hjälpa?',
      'när måste underlaget för egenavgift vara inne?',
      'hen förstår inte blanketten om avgiften, ska vi hjälpa hen fylla i?',
      'ska vi påminna hen om att lämna in uppgifter till egenavgiften före ett visst datum?',
      'hen på långsiktigt har inte lämnat inkomstuppgifter, vad gör vi?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Mål med insatserna',
    words: ['vilka mål står i mallen för kortsiktigt o långsiktigt boende?'],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X har en stabil och trygg boendesituation',
    words: [
      'vad ska placeringen på långsiktigt ge hen?',
      'hen har flyttat runt hela tiden, är målet att hen ska få bo lugnt nu?',
      'ska hen få ett boende där hen känner sig säker?',
      'är ett stadigt boende första målet på kortsiktigt?',
      'vad är huvudmålet när nån placeras på kortsiktigt eller långsiktigt boende?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X deltar i kartläggning',
    words: [
      'ska hen på långsiktigt själv vara med o berätta om sina boendebehov?',
      'hen på kortsiktigt boende ställer inte upp på kartläggningen, står det i målen?',
      'måste hen på långsiktigt svara på frågor om boende framåt?',
      'är hens medverkan när vi kartlägger ett mål på kort- och långsiktigt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att minska sitt missbruk och de nega',
    words: [
      'hen på långsiktigt vill fortsätta dricka, kan vi jobba med att minska skadorna?',
      'är skademinskning okej som mål när hen bor på långsiktigt?',
      'hen på kortsiktigt använder fortfarande, ska vi stötta att hen tar mindre risker?',
      'måste hen på långsiktigt sluta eller räcker det att hen drar ner?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd för att på sikt uppnå drogfrihet/ nykter',
    words: [
      'hen på långsiktigt vill bli ren i framtiden, kan det stå som mål?',
      'kan nykterhet på lång sikt vara med i målen för kortsiktigt boende?',
      'ska vi stötta hen på långsiktigt att lägga av helt med drogerna?',
      'hen vill bli spritfri framöver, står det som mål i uppdraget?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X tar emot stöd avseende fysisk och psykisk hälsa',
    words: [
      'ska vi hjälpa hen ta hand om kroppen o måendet?',
      'hen äter o sover dåligt, hör det till målen?',
      'hen mår inte bra i huvudet, kan det vara ett mål att hen får hjälp med det?',
      'gäller hälsomålet både kroppen och psyket?',
      'hen har ont o mår dåligt, ingår det i målen på långsiktigt?',
    ],
  },
  {
    section: '001 › Mall för inledande uppdrag vid placering i kort- och långsiktigt boende',
    startsWith: 'Att X ska komma vidare till ett boende som motsvarar Xs beho',
    words: [
      'hen har bott på långsiktigt i flera år, måste hen flytta?',
      'kan målet vara att hen landar o blir kvar där hen bor?',
      'får hen stanna i sitt långsiktiga boende om det funkar bra?',
      'vad är slutmålet på långsiktigt, flytta vidare eller bli stabil där?',
      'hen vill inte byta boende, kan målet vara att det blir stabilt där hen är?',
    ],
  },

  // ───────────── Flytta in ─────────────
  {
    section: '001 › Flytta in',
    startsWith: 'Hantera avvikelse',
    words: ['vad gör vi med en avvikelse när hen flyttar in?'],
  },
  {
    section: '001 › Flytta in',
    startsWith: 'Förbereda för att flytta in',
    words: ['vad ska förberedas inför en inflytt?'],
  },
  {
    section: '001 › Flytta in och påbörja genomförande',
    startsWith: 'Upstartsmöte – ramar och förslag på innehåll',
    words: ['vilka steg kommer när hen har flyttat in o stödet ska börja?'],
  },
  {
    section: '001 › Flytta in och påbörja genomförande',
    startsWith: 'Genomförandeplan',
    words: ['kommer genomförandeplanen efter inflytten?'],
  },

  // ───────────── Uppstartsmöte ─────────────
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'I samband med att den enskilde har flyttat in i boendet ska ',
    words: [
      'vem bjuder vi in till första mötet när hen flyttat in?',
      'ska kontaktpersonalen vara med när soc träffar hen efter flytten?',
      'måste brukaren själv sitta med på uppstarten?',
      'ska vi ses alla tre, hen, handläggaren o vi, när hen har flyttat in?',
      'när ska startmötet hållas, före eller efter inflytt?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Syftet med mötet är att tillsammans gå igenom och konkretise',
    words: [
      'vad ska vi komma fram till på uppstartsmötet?',
      'vad vill man uppnå med uppstarten?',
      'hur blir vi överens med soc o brukaren om vad målen är?',
      'uppdraget är luddigt, är det på uppstarten vi gör det konkret?',
      'varför ska vi gå igenom uppdraget tillsammans i början?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Vid uppstartsmötet kan det vara bra att ta upp följande:',
    words: [
      'vilka frågor bör vi ta upp när vi har uppstart?',
      'finns det en lista med punkter för uppstartsmötet?',
      'vad ska vi förbereda till första mötet med soc efter inflytt?',
      'vad kan vara bra att prata om när vi startar upp?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur har det fungerat i boendet sedan inflyttning?',
    words: [
      'ska vi börja uppstarten med att berätta hur första tiden gått?',
      'hen har haft svårt att komma till ro sen flytten, tas det upp på startmötet?',
      'hur hen landat i boendet, pratar vi om det på uppstarten?',
      'första dagarna i lgh har varit kaos, ska det upp på uppstartsmötet?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Genomgång av uppdraget och revidering av det standardiserade',
    words: [
      'uppdraget från placeringen stämmer inte, kan vi ändra det på uppstarten?',
      'när anpassas mallens uppdrag efter hen?',
      'ska standarduppdraget skrivas om när hen flyttat in?',
      'vi fick ett allmänt uppdrag innan inflytt, när går vi igenom o justerar det?',
      'kan vi stryka eller lägga till punkter i uppdraget på första mötet?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Dialog kring den enskildes tankar och mål med insatsen. Vilk',
    words: [
      'vad vill hen själv få ut av boendet, när frågar vi det?',
      'hen vill jobba med ekonomin först, får hen välja det?',
      'får brukaren bestämma vad som är viktigast att jobba med?',
      'hur får vi med hens egna tankar om insatsen från start?',
      'ska brukarens egna önskemål om mål tas upp på uppstarten?',
    ],
  },
  {
    section: '001 › Uppstartsmöte – ramar och förslag på innehåll',
    startsWith: 'Hur och när ska uppföljning av insatsen ske? Tid för ett för',
    words: [
      'när ska soc följa upp första gången, bestäms det på uppstarten?',
      'ska vi sätta tid för första uppföljningen innan vi går från uppstartsmötet?',
      'hur ofta ska insatsen följas upp, när kommer vi överens om det?',
      'bokar vi in nästa möte med handläggaren redan på uppstarten?',
    ],
  },

  // ───────────── Genomförandeplan ─────────────
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen ligger som grund för verksamhetens planer',
    words: [
      'vad är GP:n till för i vardagen på boendet?',
      'är det genomförandeplanen som styr hur vi lägger upp arbetet?',
      'vad ligger till grund när vi planerar hur uppdraget ska utföras?',
      'hur hänger uppdraget från soc ihop med vår plan?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Genomförandeplanen tydliggör både för den enskilde och för p',
    words: [
      'vad ska GP:n innehålla?',
      'hur detaljerad ska planen vara, vem gör vad o när?',
      'ska brukaren kunna läsa i planen vad som ska hända?',
      'hur skriver vi planen så både hen o kollegorna förstår vad som gäller?',
      'ska det framgå i planen hur saker ska göras?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Utföraren upprättar genomförandeplanen i verksamhetssystemet',
    words: [
      'ska GP göras i Treserva?',
      'var skriver vi in genomförandeplanen, i systemet?',
      'är det vi på boendet som ska skriva GP:n eller handläggaren?',
      'räcker en plan på papper eller ska den ligga digitalt?',
      'vem ansvarar för att GP:n kommer in i datasystemet?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Om den enskilde inte ger sitt samtycke eller inte önskar med',
    words: [
      'hen vill inte ha nån plan, hur skriver vi då?',
      'brukaren säger nej till GP, måste vi markera det?',
      'hur dokumenterar vi att vi försökt göra hen delaktig?',
      'hen vill inte sitta med när vi gör planen, vad gäller?',
      'hen har inte godkänt planen, vad ska stå i den?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Den första genomförandeplanen upprättas inom ca 14 dagar. De',
    words: [
      'hur lång tid har vi på oss att göra GP efter inflytt?',
      'två veckor för genomförandeplanen, stämmer det?',
      'hen har bott här en vecka, när måste första planen vara klar?',
      'måste vi vänta till uppföljningen för att ändra GP:n?',
      'får vi göra om planen när som helst?',
    ],
  },
  {
    section: '001 › Genomförandeplan',
    startsWith: 'Meddela ansvarig handläggare via meddelandefunktionen i Tres',
    words: [
      'hur får soc veta att GP:n är färdig?',
      'ska vi skicka ett meddelande till handläggaren när planen är skriven?',
      'GP klar, ska vi mejla eller ringa handläggaren?',
      'vem ska vi meddela när genomförandeplanen är upprättad?',
      'måste vi informera ansvarig handläggare om att planen finns?',
    ],
  },

  // ───────────── Genomföra insats ─────────────
  {
    section: '001 › Genomföra insats',
    startsWith: 'Nyskapade aktiviteter som tydliggör det gemensamma innehålle',
    words: [
      'vad är det för nya aktiviteter i genomförandedelen?',
      'varför har man gjort nya aktiviteter för akut, kort o långsiktigt boende?',
      'har alla tre boendeformerna samma syfte enligt processen?',
      'vad ska de nya aktiviteterna göra tydligt?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendekartläggning – arbete under utveckling inom ',
    words: [
      'hur ska vi göra boendekartläggningen, finns en färdig metod?',
      'är rutinen för att kartlägga boendet klar än?',
      'vem håller på att ta fram boendekartläggningen?',
      'boendekartläggning, är det nåt som fortfarande utvecklas?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Motivera och stödja den enskilde – beskrivning av vilket stö',
    words: [
      'hur motiverar vi brukaren, finns det stöd i processen?',
      'var hittar jag stödmaterialet om stödnivåerna?',
      'finns det en länk till nivåmaterialet?',
      'hen saknar motivation, var står det hur vi ska stötta?',
      'vad för stöd kan vi erbjuda hen, finns det beskrivet?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Hantera hyresrelaterade frågor – beskrivning av hyresgästens',
    words: [
      'vad ansvarar hen själv för som hyresgäst?',
      'kan hen få ta över lgh:n med kommunalt kontrakt?',
      'hen behöver referens från hyresvärden, finns info om det?',
      'får hen bo kvar i den integrerade lägenheten när insatsen är slut?',
      'hur hjälper vi till med hyresfrågor under placeringen?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Genomföra boendecoaching – beskrivning av vad det innebär oc',
    words: [
      'vad är boendecoachning för nåt?',
      'vad gör vi när vi coachar hen mot eget boende?',
      'ingår boendecoachning i vårt stöd, hur ser det ut?',
      'hur jobbar vi med att hjälpa hen söka bostad, står det nåt om coachning?',
    ],
  },
  {
    section: '001 › Genomföra insats',
    startsWith: 'Checklista underlag för uppföljning',
    words: ['finns det en checklista för vad vi ska skriva inför uppföljningen?'],
  },

  // ───────────── Checklista underlag för uppföljning (utföraren skriver) ─────────────
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Underlag för handläggarens uppföljning dokumenteras i genomf',
    words: [
      'var dokumenterar vi inför handläggarens uppföljning?',
      'i vilken del av Treserva lägger vi sammanfattningen till soc?',
      'ska sammanfattningen skrivas som anteckning i journalen?',
      'vart skriver vi rapporten till soc inför uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Av underlaget/sammanfattningen ska följande framgå:',
    words: [
      'vad måste framgå i sammanfattningen inför uppföljning?',
      'hur ska rapporten till handläggaren se ut?',
      'vilka rubriker ska underlaget ha?',
      'vi skriver sammanställning till soc, vad ska vara med?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Hur har det fungerat i boendet sedan föregående uppföljning?',
    words: [
      'ska rapporten till soc börja med hur det gått i boendet sen förra uppföljningen?',
      'hur boendet funkat senaste perioden, ska det skrivas till handläggaren?',
      'ska vi beskriva läget i boendet sen sist i journalen inför uppföljning?',
      'i sammanställningen, ska vi skriva hur hen haft det sen förra uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – har den enskilde betalt hyra/egenavgift?',
    words: [
      'ska vi skriva i journalen om hen ligger efter med hyran inför uppföljning?',
      'hen har inte betalat avgiften till boendet, ska det med i rapporten till soc?',
      'ska vi kolla o skriva om hyran är betald innan handläggaren följer upp?',
      'måste betalningen av egenavgift redovisas i underlaget?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Händelser av vikt',
    words: [
      'det har varit bråk i huset, ska det in i rapporten till soc?',
      'hen hamnade på sjukhus, skriver vi det i underlaget?',
      'vilka händelser ska med i sammanställningen?',
      'viktiga saker som hänt, ska de stå i genomförandejournalen inför uppföljning?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Uppföljning av uppdraget utifrån eventuella delmål och mål (',
    words: [
      'hur mycket av målen hen nått, ska vi skriva det?',
      'ska underlaget gå igenom delmålen i uppdraget?',
      'hur beskriver vi i rapporten hur långt hen kommit mot målen?',
      'ska vi följa upp uppdraget mål för mål i sammanställningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vilka mål är uppfyllda?',
    words: [
      'ska vi skriva i sammanställningen vilka mål hen klarat?',
      'hen har fixat två av målen, ska det framgå i underlaget till soc?',
      'ska rapporten visa vilka mål som är nådda?',
      'ska vi bocka av uppnådda mål i journalen inför uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad har uppnåtts och hur?',
    words: [
      'ska vi beskriva i sammanställningen hur hen lyckades?',
      'hen klarar tvätten själv nu, ska vi skriva vad som gjorde det möjligt?',
      'ska underlaget ta upp vad som har funkat o på vilket sätt?',
      'hur skriver vi om framstegen i rapporten till handläggaren?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad kvarstår?',
    words: [
      'ska vi skriva i rapporten vad hen inte klarat än?',
      'det som inte är klart, ska det stå i underlaget till soc?',
      'ska sammanställningen ta upp vad som är kvar att göra?',
      'hur beskriver vi mål som återstår i journalen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – resultat av genomförd boendekartläggning',
    words: [
      'kartläggningen är klar, ska resultatet in i underlaget?',
      'ska vi skriva vad boendekartläggningen kom fram till i rapporten?',
      'hur redovisar vi kartläggningen till handläggaren?',
      'vad kartläggningen visade om hens boende, ska det med i sammanställningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Beskrivning av eventuella behov som tillkommit',
    words: [
      'hen behöver plötsligt hjälp med medicinerna, ska vi skriva det till soc?',
      'nya behov sen placeringen, ska de beskrivas i underlaget?',
      'ska vi beskriva nya svårigheter i rapporten inför uppföljning?',
      'hen har fått nya problem, hur tar vi upp det i journalen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån och skäl',
    words: [
      'vi tycker nivån är fel, hur skriver vi det inför uppföljningen?',
      'ska vi föreslå en annan stödnivå i rapporten till soc?',
      'hen behöver mer stöd än nivån, ska vi skriva varför i underlaget?',
      'ska vi motivera en nivåändring i sammanställningen?',
      'hen klarar sig med mindre, ska det stå i underlaget att nivån kan sänkas?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'På vilket sätt har den enskildes behov av stöd ökat respekti',
    words: [
      'hur beskriver vi att hen behöver mindre hjälp nu?',
      'ska vi skriva konkret vad hen behöver mer eller mindre stöd med?',
      'hen klarar mindre själv än förut, hur förklarar vi det i underlaget?',
      'ska vi ge exempel på hur stödbehovet blivit större eller mindre?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Vad är anledningen till det förändrade behovet?',
    words: [
      'varför behovet ändrats, ska det stå i rapporten?',
      'hen mår sämre efter en flytt, ska orsaken skrivas in?',
      'ska vi förklara vad som ligger bakom det nya behovet i underlaget?',
      'måste vi ange skälet till att hen behöver mer eller mindre stöd?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Varaktighet över tid?',
    words: [
      'ska vi skriva hur länge det förändrade behovet hållit i sig?',
      'hen har haft en dålig period, ska vi skriva om det verkar bestå?',
      'tillfälligt eller permanent, ska vi bedöma det i underlaget?',
      'ska sammanställningen visa om förändringen varit långvarig?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'Tänk på att det är viktigt att den enskildes perspektiv och ',
    words: [
      'ska hens egen åsikt stå med i rapporten till soc?',
      'hen tycker annorlunda än personalen, ska det synas i underlaget?',
      'ska vi fråga brukaren vad hen tycker innan vi skriver underlaget?',
      'varför är brukarens syn viktig i sammanfattningen?',
    ],
  },
  {
    section: '001 › Checklista underlag för uppföljning',
    startsWith: 'När sammanställningen är klar skickas meddelande till ansvar',
    words: [
      'underlaget är klart, hur säger vi till soc?',
      'ska vi meddela handläggaren när uppföljningsunderlaget är skrivet?',
      'måste vi skicka nåt till soc när rapporten ligger i systemet?',
      'hur får handläggaren veta att vi skrivit klart inför uppföljningen?',
      'ska vi skicka underlaget till soc eller bara meddela att det finns i Treserva?',
    ],
  },

  // ───────────── Följa upp (handläggare) / Checklista för uppföljningsmöte ─────────────
  {
    section: '001 › Följa upp (handläggare)',
    startsWith: 'Checklista uppföljningsmöte',
    words: ['finns det en checklista för uppföljningsmötet?'],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Hur har det fungerat i boendet sedan föregående uppföljning?',
    words: [
      'vad går soc igenom på uppföljningen?',
      'hur det funkat i boendet sen sist, tas det upp på mötet med soc?',
      'vad börjar uppföljningsmötet med?',
      'handläggaren kommer på uppföljning, vad brukar de fråga om?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'När aktuellt – har den enskilde betalt hyra/egenavgift?',
    words: [
      'frågar soc om hyran är betald på uppföljningsmötet?',
      'hen har obetald avgift, kommer det upp när soc följer upp?',
      'pratar handläggaren om betalningar på mötet?',
      'ska vi stämma av hyra o avgift på mötet med handläggaren?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har hänt i processen – tänk på att också belysa de frams',
    words: [
      'ska vi ta upp det som gått bra på uppföljningsmötet?',
      'hur lyfter vi hens utveckling när soc är här?',
      'hen har kommit långt, hur tar vi upp det på mötet?',
      'pratar handläggaren om vad som hänt i processen på uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Händelser av vikt',
    words: [
      'det har varit polis i lgh, kommer det tas upp på uppföljningen?',
      'ska större incidenter diskuteras på mötet med handläggaren?',
      'hen var inlagd på sjukhus, pratar vi om det vid uppföljningsmötet?',
      'vilka händelser tar man upp när soc följer upp?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Avstämning av uppdraget:',
    words: [
      'går man igenom uppdraget på uppföljningsmötet?',
      'ska vi kolla med soc om uppdraget stämmer på uppföljningen?',
      'uppdraget passar inte längre, ska vi ta upp det på mötet?',
      'stämmer vi av vad vi ska göra på mötet med handläggaren?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vilka mål är uppfyllda?',
    words: [
      'pratar soc om vilka mål hen nått på uppföljningen?',
      'går handläggaren igenom vilka mål som är nådda?',
      'ska vi prata om avklarade mål när soc följer upp?',
      'hen har fixat sina mål, tas det upp på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad har uppnåtts och hur?',
    words: [
      'ska vi prata på mötet om hur hen lyckats?',
      'pratar man om resultat o hur de nåtts på uppföljningsmötet?',
      'hur hen har klarat målen, tar soc upp det på mötet?',
      'vad som funkat o varför, diskuteras det när handläggaren följer upp?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad kvarstår?',
    words: [
      'tar handläggaren upp vad som är kvar att jobba med på mötet?',
      'mål som inte nåtts, pratar vi om dem när soc följer upp?',
      'vad återstår, diskuteras det på uppföljningsmötet?',
      'det hen inte klarat än, kommer det tas upp på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Behov som har tillkommit?',
    words: [
      'hen har fått nya behov, tar soc upp det på uppföljningen?',
      'nya problem sen förra mötet, diskuteras de?',
      'ska vi lyfta på uppföljningsmötet att hen behöver hjälp med nya saker?',
      'tillkommande behov, pratar vi om det med handläggaren på mötet?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'När aktuellt – finns behov av att justera stödnivån och skäl',
    words: [
      'kan vi ta upp nivåändring när soc följer upp?',
      'hen behöver mer stöd, ska vi säga det på uppföljningsmötet?',
      'pratar man om att höja eller sänka nivån på mötet?',
      'vi vill sänka hens nivå, tar vi det på uppföljningen?',
      'ändrad stödnivå o skälen till det, tas det upp på mötet med handläggaren?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Vad är anledningen till det förändrade behovet?',
    words: [
      'frågar soc varför behovet ändrats på mötet?',
      'hen har blivit sämre, diskuteras orsaken på uppföljningen?',
      'varför hen behöver annat stöd nu, tar handläggaren upp det?',
      'ska vi förklara på mötet vad som ligger bakom att behovet ändrats?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Varaktighet över tid?',
    words: [
      'pratar vi om hur länge det nya behovet väntas hålla i sig?',
      'tillfällig svacka eller bestående, diskuteras det på uppföljningen?',
      'frågar soc om behovsförändringen är långvarig?',
      'ska mötet ta upp om förändringen verkar permanent?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tid för nästa uppföljningsmöte',
    words: [
      'när bokar vi nästa uppföljning?',
      'ska nytt datum sättas innan uppföljningsmötet är slut?',
      'hur vet vi när nästa uppföljning blir?',
      'bestämmer vi tid för nästa möte redan på uppföljningen?',
    ],
  },
  {
    section: '001 › Checklista för uppföljningsmöte',
    startsWith: 'Tänk på att det är viktigt att den enskilde ges utrymme att ',
    words: [
      'får hen säga vad hen tycker om stödet på uppföljningsmötet?',
      'hen är tyst på mötena, hur ger vi hen utrymme?',
      'hur ska brukaren få berätta om sin upplevelse på uppföljningen?',
      'ska hen själv få beskriva hur mycket hjälp hen behöver på mötet?',
      'vad tycker brukaren om insatsen, tas det upp på uppföljningen?',
    ],
  },

  // ───────────── Avsluta ─────────────
  {
    section: '001 › Avsluta',
    startsWith: 'När det finns en planering för flytt till ett nytt boende ka',
    words: [
      'hen ska flytta härifrån, får vi följa med o kolla nya stället?',
      'hur avslutar vi en placering på ett bra sätt?',
      'kan kontaktpersonen gå med på visning av nya boendet?',
      'hen flyttar till nytt boende, hur lämnar vi över till nästa personal?',
      'hur tar vi hänsyn till hens önskemål när hen flyttar vidare?',
      'hen ska sluta hos oss o flytta, vad ska vi tänka på?',
    ],
  },

  // ───────────── Socialtjänstprocessen, symboler, kontakt ─────────────
  {
    section: '001 › Socialtjänstprocessen',
    startsWith: 'Senaste version beslutad 2021-08-26 av avdelningschefsnätver',
    words: [
      'när uppdaterades processen senast?',
      'vem har tagit beslut om socialtjänstprocessen?',
      'är processen från 2021 den som gäller?',
      'vilket nätverk beslutade processen?',
    ],
  },
  {
    section: '001 › Socialtjänstprocessen',
    startsWith: 'Hantera avvikelser',
    words: ['var i socialtjänstprocessen hanteras avvikelser?'],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Den enskilde',
    words: ['vad står symbolerna för i processbilden?'],
  },
  {
    section: '001 › Symbolförklaringar',
    startsWith: 'Viktig tidsgräns',
    words: ['hur ser man viktiga tidsgränser i processkartan?'],
  },
  {
    section: '001 › Kontakt',
    startsWith: 'Vid frågor eller synpunkter - hör gärna av dig till någon av',
    words: [
      'vem ska jag ringa om jag undrar nåt om processen?',
      'vart vänder jag mig med åsikter om insatsprocessen?',
      'vem kan jag höra av mig till om nåt är oklart i processen?',
    ],
  },
  {
    section: '001 › Kontakt',
    startsWith: 'Processledare plattformen myndighetsutövning vuxen',
    words: ['finns det en processledare för myndighetsutövning vuxen?'],
  },
  {
    section: '001 › Kontakt',
    startsWith: 'Processledare boendesociala frågor',
    words: ['vem är processledare för boendesociala frågor?'],
  },
  {
    section: '001 › Kontakt',
    startsWith: 'Utvecklingsledare avd. Boende och hemlöshet',
    words: ['finns det en utvecklingsledare på avdelningen boende och hemlöshet att fråga?'],
  },
]);
