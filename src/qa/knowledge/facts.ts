/**
 * Topics the domain core does not model as data: who decides and documents what, what Treserva
 * and Stödlotsen are, and a few boendestöd routines. Each is written in our own words with the
 * seed section it rests on; where a sentence exists as domain data it is reused, not retyped.
 */
import {
  GENOMFORANDEPLAN_BOENDESTOD,
  GENOMFORANDEPLAN_SOCIALT_BOENDE,
  STODNIVAANDRING_PROPOSAL,
  UNDERLAG_FOR_UPPFOLJNING,
} from '../../domain/checklists';
import { RULE_OF_THUMB_MAX_VISITS_PER_WEEK } from '../../domain/levels/advisor';
import { cite } from '../../domain/sources';
import type { Topic } from '../types';

const LEVEL_PROCESS = [cite('003', 'Hantering av stödnivåer – process'), cite('000', 'Hantering av stödnivåer – process')];

function item(checklist: { readonly items: readonly { readonly id: string; readonly label: string }[] }, id: string): string {
  const found = checklist.items.find((i) => i.id === id);
  if (!found) throw new Error(`qa: checklist item ${id} is missing`);
  return found.label;
}

function fact(id: string, titleSv: string, lines: readonly string[], citations: Topic['citations'], keywordsSv: readonly string[]): Topic {
  const kind = /^(?:def|about)\./.test(id) || id === 'boendestod.what' ? 'definition' : 'fact';
  return { id, kind, titleSv, textSv: lines.join('\n'), citations, keywordsSv };
}

export function factTopics(): Topic[] {
  const decides = STODNIVAANDRING_PROPOSAL.notes?.[0] ?? '';
  return [
    fact(
      'process.who_decides_level',
      'Vem bestämmer stödnivån?',
      [decides, 'Boendepersonalen beskriver behovet och föreslår ändringar i underlaget för uppföljning.'],
      LEVEL_PROCESS,
      ['vem bestämmer', 'beslutar', 'beslut om stödnivå', 'bedömer', 'sätta nivån', 'ansvarar', 'vägas in', 'stödnivå'],
    ),
    fact(
      'process.level_documentation',
      'Var dokumenteras stödnivån?',
      [
        'Stödnivån dokumenteras i utredningen under rubriken Analys och bedömning – inte i beslutet – och registreras som en händelse i Treserva.',
        'Ändras nivån skrivs ny nivå och skälen i journal och uppföljningsdokument, inte i beslutet.',
      ],
      LEVEL_PROCESS,
      ['dokumenteras', 'dokumentera nivån', 'stå i beslutet', 'står', 'analys och bedömning', 'händelse', 'utredning', 'stödnivå'],
    ),
    fact(
      'process.level_registration',
      'Vem registrerar stödnivån i Excel?',
      [
        'Enhetschef Boende registrerar stödnivån i Excel-filen till administrationen vid inflyttning.',
        'Vid ändring registreras den nya nivån och datumet den gäller från direkt i samma fil.',
      ],
      LEVEL_PROCESS,
      ['excel', 'excelfil', 'registrera', 'registrerar', 'administrationen', 'enhetschef', 'stödnivå'],
    ),
    fact(
      'process.notify_caseworker',
      'Hur meddelar jag handläggaren?',
      [
        item(GENOMFORANDEPLAN_SOCIALT_BOENDE, 'notifyCaseworker'),
        UNDERLAG_FOR_UPPFOLJNING.notes?.[1] ?? '',
        `Boendestöd: ${item(GENOMFORANDEPLAN_BOENDESTOD, 'copyToClient')} ${item(GENOMFORANDEPLAN_BOENDESTOD, 'notifyTeamAndCaseworker')}`,
      ],
      [cite('001', 'Genomförandeplan'), cite('001', 'Checklista underlag för uppföljning'), cite('002', 'Genomförandeplan')],
      ['meddela', 'meddelar', 'meddelandefunktionen', 'handläggare', 'socialsekreterare', 'klar', 'treserva', 'genomförandeplan', 'underlag'],
    ),
    fact(
      'about.treserva',
      'Vad är Treserva?',
      [
        'Treserva är verksamhetssystemet där ärendet dokumenteras: journal, genomförandejournal, händelser och meddelanden.',
        'Där registreras stödnivån som händelse, där skrivs underlaget för uppföljning och via dess meddelandefunktion meddelas handläggaren.',
      ],
      [...LEVEL_PROCESS, cite('001', 'Checklista underlag för uppföljning')],
      ['treserva', 'verksamhetssystem', 'system', 'journal'],
    ),
    fact(
      'about.bot',
      'Vad är Stödlotsen?',
      [
        'Stödlotsen guidar genom processen, svarar på frågor om stödnivåer och insatsprocessen och påminner om tidsgränser.',
        'Den är inget journalsystem: dokumentationen görs i Treserva, till exempel underlaget för uppföljning i genomförandejournalen.',
        'Skriv aldrig namn eller personnummer här – använd ärendereferensen.',
      ],
      [cite('001', 'Checklista underlag för uppföljning')],
      ['stödlotsen', 'boten', 'du', 'journalsystem', 'vad kan du', 'personnummer'],
    ),
    fact(
      'boendestod.what',
      'Vad är boendestöd?',
      [
        'Boendestöd är bistånd enligt 4 kap. 1 § SoL till vuxna som bor i egen bostad och har betydande svårigheter i livsföringen.',
        'Stödet är praktiskt och socialt med rehabiliterande inriktning och ges oftast i hemmet, men också utanför och digitalt.',
        'Beslut fattas i timmar och minuter per vecka – boendestöd har inga stödnivåer.',
      ],
      [cite('002', 'Vad är boendestöd'), cite('002', 'Besluta')],
      ['boendestöd', 'vad är', 'egen bostad', 'timmar och minuter', 'beslut'],
    ),
    fact(
      'boendestod.not_with_sbms',
      'Boendestöd och socialt boende med stöd samtidigt?',
      [
        'Som huvudregel inte: boendestöd och socialt boende med stöd syftar till samma sak och ska inte kombineras.',
        'Undantag kan vara när den enskilde är på väg att flytta till eget boende, eller har boendestöd och flyttar till socialt boende med stöd – då kan boendestödet vara kvar under flytten.',
        'Boendestöd beviljas inte heller samtidigt med hemtjänst.',
      ],
      [cite('002', 'Att tänka på om andra insatser')],
      ['samtidigt', 'kombinera', 'kombineras', 'boendestöd', 'socialt boende med stöd', 'hemtjänst', 'båda'],
    ),
    fact(
      'boendestod.three_day_routine',
      '3-dagarsrutinen',
      [
        'Är den enskilde inte hemma eller svarar inte när boendestödet ska ges, och har inte avbokat, påbörjar boendestödet 3-dagarsrutinen.',
        'Handboken beskriver inte rutinens steg närmare; fråga din stödpedagog.',
      ],
      [cite('002', 'Att tänka på under genomförandet')],
      ['3-dagarsrutin', '3 dagars rutin', 'tredagarsrutin', 'inte hemma', 'svarar inte', 'öppnar inte', 'avbokat', 'uteblir'],
    ),
    fact(
      'boendestod.hospital',
      'Brukaren är inlagd på sjukhus',
      [
        'Den som först får veta att den enskilde är inlagd – socialsekreterare eller boendestöd – meddelar den andra, även när utskrivning väntas.',
        'Insatsen avslutas inte automatiskt. Hur länge den pausas avgörs genom individuell bedömning; socialsekreteraren bevakar SAMSA.',
      ],
      [cite('002', 'Om individen är frånvarande')],
      ['sjukhus', 'inlagd', 'utskrivning', 'paus', 'pausa', 'frånvarande', 'borta', 'boendestöd'],
    ),
    fact(
      'background.three_visits',
      'Hur många besök i veckan klarar boendestöd?',
      [
        `Tumregel från projektförslaget 2009: ${RULE_OF_THUMB_MAX_VISITS_PER_WEEK} boendestödsbesök i veckan ses som det mesta; behövs ${RULE_OF_THUMB_MAX_VISITS_PER_WEEK + 1} besök i veckan är någon form av institutionsboende oftast bättre.`,
        'Det är bakgrund, ingen regel för beslut.',
      ],
      [cite('004', 'Beskrivning av planerat projekt')],
      ['tumregel', 'max', 'maximal', 'besök i veckan', 'institution', 'institutionsboende', 'boendestöd', 'hur många besök'],
    ),
    fact(
      'process.moving_on',
      'Flytt till nytt boende',
      [
        'När en flytt till ett nytt boende planeras kan kontaktpersonalen följa med på studiebesök för att stödja i flytten.',
        'Planera och genomför en bra överlämning till nästa boendeinsats utifrån den enskildes behov och önskemål.',
      ],
      // The slide has no heading of its own; it closes the process under the step "Avsluta".
      [cite('001', 'Avsluta')],
      ['flytta', 'flytt', 'flyttar', 'vidare', 'nytt boende', 'studiebesök', 'överlämning', 'avsluta'],
    ),
    fact(
      'def.boendecoachning',
      'Vad är boendecoachning?',
      [
        'Boendecoachning är individuell hjälp att söka bostad och komma ut på bostadsmarknaden: registrera sig på bostadssajter och bostadsförmedlingar, leta på första- och andrahandsmarknaden, kontakt med hyresvärdar och visningar.',
        'På stödnivå låg kan den ingå om uppdraget säger det.',
      ],
      [cite('003', 'Individuellt stöd'), cite('003', 'Bedömningsstöd för stödnivåer')],
      ['boendecoachning', 'söka bostad', 'bostadsmarknaden', 'lägenhet', 'bostadsförmedling'],
    ),
    fact(
      'def.sip',
      'Vad är SIP?',
      [
        'SIP är en samordnad individuell plan. Boendepersonalen kan vid behov initiera och samordna en SIP.',
        'Uppdraget ska ange om det finns en SIP. Planering tillsammans med brukaren i SIP-processen räknas som direkt brukartid.',
      ],
      [cite('000', 'Individuellt stöd'), cite('001', 'Checklista uppdrag')],
      ['sip', 'samordnad individuell plan', 'vad är sip'],
    ),
  ];
}
