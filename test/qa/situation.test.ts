import { describe, expect, it } from 'vitest';
import { answerBody, createQa } from '../../src/qa';
import { known } from '../support/qaAnswers';
import { CITY_WIDE_MODEL, judgeSituation, parseSituation } from '../../src/qa/situation';

// Issue 14 › 4: a question that carries facts (hours or visits a week) is answered against the
// level thresholds, not with the topic its words share.
const qa = createQa();

describe('a situation weighed against the level thresholds', () => {
  it.each([
    ['brukaren behöver runt 4 timmar i veckan, räcker medel?', 'lagenhetsboende_2025', 4, undefined, 'medel'],
    ['hen behöver 4h/vecka, räcker medel', 'lagenhetsboende_2025', 4, undefined, 'medel'],
    ['brukaren behöver 2 timmar i veckan, vilken nivå på kollektivet?', 'sydvast_2021_kollektiv', 2, undefined, undefined],
    ['vi ses 3 ggr i veckan, vilken nivå?', 'lagenhetsboende_2025', undefined, 3, undefined],
  ] as const)('«%s» → %s, %s h, %s visits, asked %s', (question, modelId, hours, visits, asked) => {
    const situation = parseSituation(question);
    expect(situation?.modelId).toBe(modelId);
    expect(situation?.hoursPerWeek).toBe(hours);
    expect(situation?.visitsPerWeek).toBe(visits);
    expect(situation?.askedLevelId).toBe(asked);
  });

  it('with no model named and no case, the city-wide model is used, said, and kollektiv offered', () => {
    const situation = parseSituation('hen behöver stöd 5 timmar/v, vilken nivå blir det?');
    expect(situation).toMatchObject({ modelId: CITY_WIDE_MODEL, hoursPerWeek: 5, modelDefaulted: true });
    expect(judgeSituation(situation!)?.sentenceSv).toMatch(/^Med 5 timmar individuellt stöd i veckan motsvarar behovet hög i lägenhetsboende/);
    const answer = qa.answer('hen behöver stöd 5 timmar/v, vilken nivå blir det?');
    expect(answer.kind === 'answer' ? answer.otherModel : undefined).toBe('sydvast_2021_kollektiv');
  });

  it('the case’s model is used when the question names none', () => {
    expect(parseSituation('3 timmar i veckan, vilken nivå?', 'sydvast_2021_lagenhet')).toMatchObject({ modelId: 'sydvast_2021_lagenhet', hoursPerWeek: 3 });
    expect(parseSituation('3 timmar i veckan, vilken nivå?', 'sydvast_2021_lagenhet')?.modelDefaulted).toBeUndefined();
  });

  it('hours a month, with a word between the hours and the month, are weighed per week (000 › Referenstid: nivå 3 is "minst 4 timmar per månad")', () => {
    const question = 'vi ger fyra timmar stöd i månaden, vilken nivå passar i lägenhet 2021?';
    const situation = parseSituation(question);
    expect(situation?.modelId).toBe('sydvast_2021_lagenhet');
    expect(situation?.hoursPerWeek).toBeCloseTo(12 / 13, 5);
    expect(judgeSituation(situation!)?.fittingLevelId).toBe('3');
    expect(parseSituation('4 timmar stöd i veckan, vilken nivå i lägenhet 2021?')?.hoursPerWeek).toBe(4);
  });

  it('hours in a question about something else are not a level situation ("räknas det in i nivån?")', () => {
    expect(parseSituation('vi lägger 3 timmar i veckan på dokumentation, räknas det in i nivån?')).toBeUndefined();
  });
});

describe('a situation typed without å, ä, ö, or weighing two levels (development part S)', () => {
  it('reads hours, visits and level names typed without å, ä, ö as it reads them typed with', () => {
    const folded = parseSituation('vi har en som behover ca 3 tim stod i veckan, blir det tvaan pa kollektivet?');
    expect(folded).toMatchObject({ modelId: 'sydvast_2021_kollektiv', hoursPerWeek: 3, askedLevelId: '2' });
    expect(judgeSituation(folded!)?.sentenceSv).toMatch(/^Ja\. Med 3 timmar individuellt stöd i veckan motsvarar behovet nivå 2/);
    expect(parseSituation('vi ses 2 ganger i veckan, vilken niva pa lagenhetsboende?')).toMatchObject({ visitsPerWeek: 2 });
  });

  it('"om man" is not a month', () => {
    expect(parseSituation('4 timmar om man räknar allt, räcker medel?')?.hoursPerWeek).toBe(4);
    expect(parseSituation('4 timmar i mån, vilken nivå på lägenhetsboende?')?.hoursPerWeek).toBeCloseTo(12 / 13, 5);
  });

  it('"medel eller hög?" answers with both levels side by side, so the limit between them is in the answer', () => {
    const question = 'Vi har en som behöver runt 4 timmar stöd i veckan. Medel eller hög?';
    expect(judgeSituation(parseSituation(question)!)?.weighedLevelIds).toEqual(['medel', 'hog']);
    const answer = known(qa.answer(question));
    expect(answer.topicId).toBe('compare.lagenhetsboende_2025.medel.hog');
    expect(answerBody(answer)).toMatch(/motsvarar behovet hög[\s\S]*upp till 3 timmar/);
  });

  it('when neither of the two fits, the fitting level answers alone', () => {
    const verdict = judgeSituation(parseSituation('hen behöver 8 timmar i veckan, låg eller medel på lägenhetsboende?')!);
    expect(verdict?.fittingLevelId).toBe('hog');
    expect(verdict?.weighedLevelIds).toBeUndefined();
  });
});
