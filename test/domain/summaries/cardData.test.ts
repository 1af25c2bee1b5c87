import { describe, expect, it } from 'vitest';
import { STODNIVAANDRING_PROPOSAL, UNDERLAG_FOR_UPPFOLJNING } from '../../../src/domain/checklists';
import {
  genomforandeplanAnswersSchema,
  renderUnderlagForUppfoljningText,
  stodnivaandringAnswersSchema,
  toGenomforandeplanCardData,
  toStodnivaandringCardData,
  toUnderlagForUppfoljningCardData,
  toUppstartsmoteCardData,
  underlagForUppfoljningAnswersSchema,
  uppstartsmoteAnswersSchema,
} from '../../../src/domain/summaries';
import * as fx from './fixtures';

describe('card data', () => {
  it('underlag för uppföljning: title, case facts and sections in checklist order', () => {
    const card = toUnderlagForUppfoljningCardData(underlagForUppfoljningAnswersSchema.parse(fx.UNDERLAG_FULL));
    expect(card.title).toBe('Underlag för uppföljning');
    expect(card.facts).toEqual([
      { title: 'Ärende', value: 'BST-2026-0042' },
      { title: 'Datum', value: '2026-06-01' },
    ]);
    expect(card.sections.map((s) => s.heading)).toEqual(UNDERLAG_FOR_UPPFOLJNING.items.map((item) => item.heading));
  });

  it('hides conditional and empty optional sections like the text does', () => {
    const answers = underlagForUppfoljningAnswersSchema.parse(fx.UNDERLAG_MINIMAL);
    const card = toUnderlagForUppfoljningCardData(answers);
    expect(card.sections.map((s) => s.heading)).toEqual([
      'Hur det har fungerat sedan föregående uppföljning',
      'Uppföljning av uppdraget utifrån mål och delmål',
      'Den enskildes perspektiv',
    ]);
    const text = renderUnderlagForUppfoljningText(answers);
    for (const section of card.sections) expect(text).toContain(`\n${section.heading}\n${section.lines.join('\n')}\n`);
  });

  it('stödnivåändring: short answers become facts, the rest sections, in checklist order', () => {
    const card = toStodnivaandringCardData(stodnivaandringAnswersSchema.parse(fx.STODNIVAANDRING_FULL));
    expect(card.facts).toEqual([
      { title: 'Ärende', value: 'BST-2026-0042' },
      { title: 'Datum', value: '2026-03-20' },
      { title: 'Nuvarande stödnivå', value: 'Medel' },
      { title: 'Föreslagen stödnivå', value: 'Hög' },
      { title: 'Varaktighet över tid', value: 'Tillfälligt, fram till 2026-05-31' },
      { title: 'Tidpunkt för justering', value: 'Före uppföljningsmötet, på grund av särskilda behov' },
    ]);
    const headings = [...card.facts.slice(2).map((f) => f.title), ...card.sections.map((s) => s.heading)];
    const order: string[] = STODNIVAANDRING_PROPOSAL.items.map((item) => item.heading);
    expect([...headings].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(order);
  });

  it('genomförandeplan boendestöd: copy to client is a fact; notifying the team is not rendered', () => {
    const card = toGenomforandeplanCardData(genomforandeplanAnswersSchema.parse(fx.GENOMFORANDEPLAN_BOENDESTOD_FULL));
    expect(card.facts).toContainEqual({ title: 'Kopia till den enskilde', value: 'Ja' });
    expect(card.facts).toContainEqual({ title: 'Verkställighetsdatum', value: '2026-02-10' });
    expect(card.sections.map((s) => s.heading)).not.toContain('Meddela teamet och socialsekreteraren');
  });

  it('uppstartsmöte boendestöd: no caseworker → no reason section even if one was written', () => {
    const card = toUppstartsmoteCardData(uppstartsmoteAnswersSchema.parse(fx.UPPSTARTSMOTE_BOENDESTOD_MINIMAL));
    expect(card.title).toBe('Uppstartsmöte, boendestöd');
    expect(JSON.stringify(card)).not.toContain('Ska inte synas');
  });

  it('is plain JSON data', () => {
    const card = toUppstartsmoteCardData(uppstartsmoteAnswersSchema.parse(fx.UPPSTARTSMOTE_SOCIALT_FULL));
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('conditional items are hidden in the text when their condition is false', () => {
  it.each([
    ['underlag', () => renderUnderlagForUppfoljningText(underlagForUppfoljningAnswersSchema.parse(fx.UNDERLAG_CONDITIONS_FALSE)),
      ['Hyra och egenavgift', 'Resultat av boendekartläggning', 'Behov av att justera stödnivån']],
  ] as const)('%s', (_flow, render, hidden) => {
    const text = render();
    for (const heading of hidden) expect(text).not.toContain(heading);
  });
});
