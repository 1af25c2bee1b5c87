import { describe, expect, it } from 'vitest';
import { sourceDocuments } from '../../src/knowledge';
import { buildPassages, type Passage } from '../../src/qa/passages';
import { SECTION_VOCABULARY, entryNames, type VocabularyEntry } from '../../src/qa/sectionVocabulary';
import { SECTION_QUESTIONS } from '../../src/qa/sectionQuestions';
import { SECTION_SITUATIONS } from '../../src/qa/sectionSituations';
import { SECTION_PHRASINGS } from '../../src/qa/phrasings';

const { passages } = buildPassages(sourceDocuments());

function passagesOf(entry: VocabularyEntry): Passage[] {
  return passages.filter((p) => entryNames(entry, p.source, p.heading, p.text));
}

const SETS: [string, readonly VocabularyEntry[]][] = [
  ['staff words (sectionVocabulary)', SECTION_VOCABULARY],
  ['example questions (sectionQuestions)', SECTION_QUESTIONS],
  ['situations (sectionSituations)', SECTION_SITUATIONS],
  ['phrasings (phrasings/)', SECTION_PHRASINGS],
];

describe.each(SETS)('%s', (_name, entries) => {
  it('names only passages that exist: an entry whose section or marker no passage has would be silently lost', () => {
    const lost = entries.filter((entry) => passagesOf(entry).length === 0).map((e) => `${e.section} | ${e.startsWith ?? e.contains ?? ''}`);
    expect(lost).toEqual([]);
  });

  it('holds no personnummer-like number and no empty entry', () => {
    for (const entry of entries) {
      expect(entry.words.length, entry.section).toBeGreaterThan(0);
      for (const words of entry.words) expect(words).not.toMatch(/\d{6}[-+]?\d{4}/);
    }
  });
});
