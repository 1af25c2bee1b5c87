import { describe, expect, it } from 'vitest';
import { sourceDocuments } from '../../src/knowledge';
import { createQa } from '../../src/qa';
import { foldDiacritics, normalizeText } from '../../src/qa/analyzer';
import { FOREIGN_DOMAIN_WORDS, usesForeignDomainWord } from '../../src/qa/cues';

const qa = createQa();
const documentText = foldDiacritics(
  normalizeText(sourceDocuments().flatMap((d) => [d.title, ...d.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => [b.text, ...(b.cells ?? [])].join(' '))])]).join(' ')),
);

describe('words of other domains (the staff’s employment, IT trouble, other laws, errands)', () => {
  it.each(FOREIGN_DOMAIN_WORDS)('«%s» occurs nowhere in the five documents, so no answer can need it', (word) => {
    expect(` ${documentText}`.includes(` ${word}`)).toBe(false);
  });

  it.each([
    'teams kraschar när jag ska visa min skärm',
    'hur mycket OB-tillägg får jag på röda dagar?',
    'vad säger GDPR om att spara anteckningar i telefonen?',
    'får jag vabba om barnet är sjukt?',
    'blir det fint väder på fredag?',
  ])('declines «%s»', (question) => {
    expect(usesForeignDomainWord(foldDiacritics(normalizeText(question)))).toBe(true);
    expect(qa.answer(question).kind).toBe('unknown');
  });

  it.each([
    'hen ska åka på semester i två veckor, pausas stödet?',
    'brukaren behöver hjälp med bankid och post, ingår det?',
    'hen har fått avslag på bostadsbidrag, kan vi hjälpa till med kontakten?',
  ])('keeps a question about the client’s own situation in scope: «%s»', (question) => {
    expect(usesForeignDomainWord(foldDiacritics(normalizeText(question)))).toBe(false);
  });
});
