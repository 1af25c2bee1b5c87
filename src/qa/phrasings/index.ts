/**
 * A third set of example staff questions per passage (see ./*.ts): written later than
 * ../sectionQuestions and ../sectionSituations, by other authors, from the source documents only,
 * on purpose in other words than the document's own (what staff call things, situations, why-questions).
 * Same entry format and matching rules as SECTION_VOCABULARY (../sectionVocabulary).
 */
import type { VocabularyEntry } from '../sectionVocabulary';
import { PHRASINGS_BACKGROUND } from './background';
import { PHRASINGS_HANDBOOK_A } from './handbook-a';
import { PHRASINGS_HANDBOOK_B } from './handbook-b';
import { PHRASINGS_LEVELS } from './levels';
import { PHRASINGS_PROCESS_A } from './process-a';
import { PHRASINGS_PROCESS_B } from './process-b';

export const SECTION_PHRASINGS: readonly VocabularyEntry[] = Object.freeze([
  ...PHRASINGS_LEVELS,
  ...PHRASINGS_PROCESS_A,
  ...PHRASINGS_PROCESS_B,
  ...PHRASINGS_HANDBOOK_A,
  ...PHRASINGS_HANDBOOK_B,
  ...PHRASINGS_BACKGROUND,
]);
