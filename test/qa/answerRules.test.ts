import { describe, expect, it } from 'vitest';
import { answerBody, createQa, type QaAnswer, type QaKnownAnswer } from '../../src/qa';

// The rules that decide between answering and declining, and what an answer quotes (issue 14).
const qa = createQa();

function known(answer: QaAnswer): QaKnownAnswer {
  if (answer.kind !== 'answer') throw new Error(`expected an answer, got a decline`);
  return answer;
}

describe('what the question asks for', () => {
  it('"hur mycket hyra …" needs an amount: the documents say that rent is paid, not how much', () => {
    expect(qa.answer('hur mycket hyra betalar brukaren i lägenhetsboendet?').kind).toBe('unknown');
  });

  it('an amount the documents do give is answered with it', () => {
    expect(answerBody(known(qa.answer('vad kostade boendestödjarna i projektet?')))).toMatch(/3 mkr/);
  });

  it('"vad är X?" needs a text that defines X, not one that only mentions it', () => {
    expect(qa.answer('vad är lvm').kind).toBe('unknown');
    expect(answerBody(known(qa.answer('vad står spink för')))).toMatch(/placerings- och inköpsfunktion/);
  });

  it('a task for the bot is not a question about the documents', () => {
    for (const q of ['kan du skriva ett mejl till soc?', 'kan du sammanfatta dagens möte', 'översätt ett brev åt mig']) {
      expect(qa.answer(q).kind, q).toBe('unknown');
    }
  });

  it('a question about a named document is answered with the document’s own facts', () => {
    const answer = known(qa.answer('när beslutades handboken?'));
    expect(answer.topicId).toBe('passage.002.om-dokumentet');
    expect(answer.textSv).toMatch(/4 juni 2024 \(2024-06-04\)/);
    expect(known(qa.answer('gäller insatsprocessen fortfarande?')).topicId).toBe('passage.001.om-dokumentet');
  });
});

describe('the explained share', () => {
  const index = (question: string) => qa.explain(question);

  it('words that frame the question and bare numbers weigh little; a subject word the unit lacks weighs fully', () => {
    const coverage = (question: string): number => index(question).hits[0]?.coverage ?? 0;
    const framed = coverage('räcker det att säga något om boendereferenser och hyresgästansvar?');
    const withNumber = coverage('boendereferenser hyresgästansvar 2 veckor');
    const withSubject = coverage('boendereferenser hyresgästansvar krisplan');
    expect(coverage('boendereferenser hyresgästansvar')).toBeCloseTo(1, 5);
    // Still enough to answer (PASSAGE_MIN_COVERAGE is 0.6) …
    expect(framed).toBeGreaterThan(0.7);
    expect(withNumber).toBeGreaterThan(0.7);
    // … while a subject word the unit lacks (krisplan) pulls the share down further than either.
    expect(withSubject).toBeLessThan(Math.min(framed, withNumber) - 0.05);
  });

  it('a word no document has weighs against answering ("husdjur")', () => {
    expect(qa.answer('vilka regler gäller för husdjur i lägenheten').kind).toBe('unknown');
  });

  it('a short word taken for another by typo correction does not make an answer ("väder" is not "vände")', () => {
    expect(qa.answer('vad blir det för väder imorgon').kind).toBe('unknown');
  });
});

describe('what an answer quotes', () => {
  it('a list brings its items when its introduction is quoted', () => {
    const body = answerBody(known(qa.answer('vilka mål med insatserna föreslår mallen för akutboende?')));
    expect(body).toMatch(/Mål med insatserna/);
    expect(body).toMatch(/tak över huvudet/);
  });

  it('every quote names its document and section, and a passage answer starts with its source', () => {
    const answer = known(qa.answer('hur många ärenden kan samlarteamet ha?'));
    expect(answer.textSv).toMatch(/^Enligt /);
    for (const q of answer.quotes ?? []) expect(q.citation.section.length).toBeGreaterThan(0);
  });
});

describe('the asker’s case', () => {
  it('a case on the 2025 model prefers 003, a case on the 2021 model prefers 000', () => {
    const sourceOf = (modelId: 'lagenhetsboende_2025' | 'sydvast_2021_lagenhet') =>
      qa
        .explain('kan brukaren bo kvar om behovet ökar?', { modelId })
        .hits.flatMap((h) => (h.unit.kind === 'passage' ? [h.unit.passage.source] : []))[0];
    expect(sourceOf('lagenhetsboende_2025')).toBe('003');
    expect(sourceOf('sydvast_2021_lagenhet')).toBe('000');
  });
});
