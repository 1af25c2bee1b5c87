import { describe, expect, it } from 'vitest';
import { LEVEL_MODEL_IDS } from '../../src/domain/case';
import {
  DAGANTECKNINGAR_MAX_DAYS,
  FIRST_CONTACT_WORKING_DAYS,
  GP_BOENDESTOD_CALENDAR_DAYS,
  GP_SBMS_CALENDAR_DAYS,
  IVO_REPORT_MONTHS,
} from '../../src/domain/deadlines';
import { LEVEL_MODELS } from '../../src/domain/levels/models';
import { SOURCES, formatCitation } from '../../src/domain/sources';
import { ACTIVITIES } from '../../src/domain/timeCategories';
import { UNKNOWN_TEXT_SV, createQa } from '../../src/qa';
import { buildTopics } from '../../src/qa/knowledge';
import { levelTopicId } from '../../src/qa/knowledge/levels';
import { known } from '../support/qaAnswers';

const qa = createQa();

describe('every topic', () => {
  const topics = buildTopics();

  it.each(topics.map((t) => [t.id]))('%s is short plain Swedish with a real source', (id) => {
    const answer = known(qa.topic(id));
    expect(answer.textSv.length).toBeLessThanOrEqual(650);
    expect(answer.textSv).not.toMatch(/\n\s*\n|undefined|null|NaN/);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      expect(Object.keys(SOURCES)).toContain(c.source);
      expect(c.section.length).toBeGreaterThan(2);
    }
  });
});

describe('level answers come from LEVEL_MODELS (a figure lives once)', () => {
  const rows = LEVEL_MODEL_IDS.flatMap((modelId) => LEVEL_MODELS[modelId].levels.map((level) => [modelId, level.id, level] as const));

  it.each(rows)('%s %s shows its individual-support hours and cites the table', (modelId, levelId, level) => {
    const answer = known(qa.topic(levelTopicId(modelId, levelId)));
    for (const rule of level.individualSupport) {
      const hours = rule.max ?? rule.min ?? rule.approx;
      expect(answer.textSv).toContain(`${hours} tim`);
    }
    expect(answer.citations).toContainEqual(level.citation);
    expect(answer.levels).toEqual({ modelId, levelIds: [levelId] });
  });

  it('medel: 1–2 physical visits and up to 3 hours a week (003 › Bedömningsstöd för stödnivåer)', () => {
    const answer = known(qa.answer('Vad krävs för medel?'));
    expect(answer.topicId).toBe('level.lagenhetsboende_2025.medel');
    expect(answer.textSv).toContain('1–2 gånger i veckan');
    expect(answer.textSv).toContain('upp till 3 timmar i veckan');
    expect(answer.citations.map(formatCitation)).toEqual(['003 › Bedömningsstöd för stödnivåer']);
  });

  it('hög: daily contact including weekends, complementary services above 6 h (003 › Bedömningsstöd för stödnivåer)', () => {
    const answer = known(qa.answer('hög nivå helg'));
    expect(answer.textSv).toContain('helger och helgdagar');
    expect(answer.textSv).toContain('Mer än 6 timmar i veckan');
  });

  it('a comparison shows both levels side by side, in display order', () => {
    const answer = known(qa.answer('nivå 3 eller 2?'));
    expect(answer.topicId).toBe('compare.sydvast_2021_lagenhet.2.3');
    expect(answer.levels).toEqual({ modelId: 'sydvast_2021_lagenhet', levelIds: ['2', '3'] });
    expect(answer.textSv.split('\n')).toHaveLength(2);
    expect(answer.textSv).toMatch(/^Nivå 2: .*2–4 timmar/);
  });

  it('nivå 2 without context: answered for lägenhet 2021, says so and offers kollektiv (000)', () => {
    const answer = known(qa.answer('nivå 2'));
    expect(answer.levels?.modelId).toBe('sydvast_2021_lagenhet');
    expect(answer.otherModel).toBe('sydvast_2021_kollektiv');
    expect(answer.textSv).toContain('Svaret gäller lägenhet');
  });

  it('nivå 2 with a kollektiv case: the kollektiv level, daily physical visits (000 › kollektiv)', () => {
    const answer = known(qa.answer('nivå 2', { modelId: 'sydvast_2021_kollektiv' }));
    expect(answer.topicId).toBe('level.sydvast_2021_kollektiv.2');
    expect(answer.otherModel).toBeUndefined();
    expect(answer.textSv).toContain('Fysisk tillsyn: varje dag');
  });

  it('the other-model button re-asks with that model', () => {
    const first = known(qa.answer('nivå 1'));
    const other = known(qa.answer('nivå 1', { modelId: first.otherModel }));
    expect(other.topicId).toBe('level.sydvast_2021_kollektiv.1');
  });

  it('which levels exist follows the case model, else the city-wide 2025 model', () => {
    expect(known(qa.answer('vilka stödnivåer finns?')).topicId).toBe('levels.lagenhetsboende_2025');
    expect(known(qa.answer('vilka stödnivåer finns?', { modelId: 'sydvast_2021_kollektiv' })).topicId).toBe('levels.sydvast_2021_kollektiv');
  });

  it('a level named next to another subject answers the subject: restid is not level time (000/003)', () => {
    const answer = known(qa.answer('räknas restid på hög nivå?'));
    expect(answer.topicId).toBe('time.restid');
    expect(answer.textSv).toMatch(/^Nej\./);
  });
});

describe('time categories come from ACTIVITIES', () => {
  it.each(ACTIVITIES.map((a) => [a.id, a.labelSv, a.category] as const))('%s', (id, label, category) => {
    const answer = known(qa.topic(`time.${id}`));
    expect(answer.textSv).toContain(label);
    expect(answer.textSv.startsWith(category === 'direct_client_time' ? 'Ja.' : 'Nej.')).toBe(true);
  });
});

describe('deadlines use the rules’ constants', () => {
  it.each([
    ['när ska genomförandeplanen vara klar?', 'deadline.gp_ready_sbms', `${GP_SBMS_CALENDAR_DAYS} dagar`],
    ['hur snabbt ska boendestödet kontakta brukaren efter uppdraget', 'deadline.first_contact_boendestod', `${FIRST_CONTACT_WORKING_DAYS} vardagar`],
    ['när ska man anmäla ej verkställt beslut till IVO', 'deadline.ivo_report_boendestod', `${IVO_REPORT_MONTHS} månader`],
    ['hur ofta ska daganteckningarna sammanställas', 'deadline.daganteckningar_summary_boendestod', `${DAGANTECKNINGAR_MAX_DAYS} dagar`],
  ])('%s', (question, topicId, fact) => {
    const answer = known(qa.answer(question));
    expect(answer.topicId).toBe(topicId);
    expect(answer.textSv).toContain(fact);
  });

  it('the insats in the context picks the genomförandeplan variant (001 vs 002 › Genomförandeplan)', () => {
    const sbms = known(qa.answer('när ska genomförandeplanen vara klar?'));
    expect(sbms.related?.map((r) => r.topicId)).toEqual(['deadline.gp_ready_boendestod']);
    const boendestod = known(qa.answer('när ska genomförandeplanen vara klar?', { service: 'boendestod' }));
    expect(boendestod.topicId).toBe('deadline.gp_ready_boendestod');
    expect(boendestod.textSv).toContain(`${GP_BOENDESTOD_CALENDAR_DAYS / 7} veckor`);
  });

  it('a word only one variant has keeps that variant (krisplan is a boendestöd requirement, 002)', () => {
    expect(known(qa.answer('krisplan i genomförandeplanen?')).topicId).toBe('checklist.genomforandeplan_boendestod');
  });
});

describe('honest "don’t know"', () => {
  it.each([['vad blir det för väder imorgon'], ['hur mycket tjänar en boendestödjare'], ['vad är lvm'], [''], ['?']])('%s', (question) => {
    const answer = qa.answer(question);
    expect(answer.kind).toBe('unknown');
    if (answer.kind !== 'unknown') return;
    expect(answer.textSv).toBe(UNKNOWN_TEXT_SV);
    expect(answer.textSv.startsWith('Det vet jag inte säkert.')).toBe(true);
    expect(answer.nearest.length).toBeGreaterThan(0);
    expect(answer.nearest.length).toBeLessThanOrEqual(3);
    for (const n of answer.nearest) expect(qa.topic(n.topicId)?.titleSv).toBe(n.titleSv);
  });
});

describe('qa.topic', () => {
  it('answers comparison ids in either order and rejects unknown ids', () => {
    expect(qa.topic('compare.lagenhetsboende_2025.hog.lag')?.topicId).toBe('compare.lagenhetsboende_2025.lag.hog');
    expect(qa.topic('compare.no_such_model.1.2')).toBeUndefined();
    expect(qa.topic('compare.lagenhetsboende_2025.lag.lag')).toBeUndefined();
    expect(qa.topic('no.such.topic')).toBeUndefined();
  });
});

describe('input bounds', () => {
  it('reads a pasted wall of text only up to MAX_QUESTION_CHARS', () => {
    const filler = ' och'.repeat(150); // 600 characters of stop words
    expect(known(qa.answer(`räknas restid?${filler}`)).topicId).toBe('time.restid');
    expect(qa.answer(`${filler} räknas restid?`).kind).toBe('unknown');
  });
});
