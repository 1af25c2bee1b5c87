import type { LevelModelId, Service } from '../domain/case';
import type { Citation } from '../domain/sources';

/** What the asker's case or unit tells us; every field optional. */
export interface QaContext {
  /** The stödnivå model of the asker's case or unit, when known. */
  readonly modelId?: LevelModelId;
  /** The insats of the asker's case, when known (picks e.g. the right genomförandeplan deadline). */
  readonly service?: Service;
}

export interface TopicRef {
  readonly topicId: string;
  readonly titleSv: string;
}

export interface LevelRef {
  readonly modelId: LevelModelId;
  /** One level for a level card, two for a side-by-side comparison, all for an overview. */
  readonly levelIds: readonly string[];
}

export interface QaKnownAnswer {
  readonly kind: 'answer';
  readonly topicId: string;
  readonly titleSv: string;
  /** Short plain Swedish text, lines separated by "\n". */
  readonly textSv: string;
  readonly citations: readonly Citation[];
  /** Present for level cards, comparisons and level overviews. */
  readonly levels?: LevelRef;
  /** The other model the same question could be about (offer it as a button). */
  readonly otherModel?: LevelModelId;
  /** Topics worth offering next to the answer (e.g. the boendestöd variant of a deadline). */
  readonly related?: readonly TopicRef[];
  /** Retrieval score of the chosen topic (1 for a direct level lookup). */
  readonly score: number;
  /** Source passages quoted under the answer, each with its citation and whole section. */
  readonly quotes?: readonly QaQuote[];
}

/** A passage of a source document quoted word for word. */
export interface QaQuote {
  readonly citation: Citation;
  readonly text: string;
  /** Opens the whole section ("Visa hela avsnittet"). */
  readonly sectionTopicId: string;
}

export interface QaUnknownAnswer {
  readonly kind: 'unknown';
  readonly textSv: string;
  /** At most three topics to offer as buttons. */
  readonly nearest: readonly TopicRef[];
}

export type QaAnswer = QaKnownAnswer | QaUnknownAnswer;

/** 'definition': answers "vad är …?" (preferred when the question asks for a definition). */
export type TopicKind =
  | 'level'
  | 'level_comparison'
  | 'level_overview'
  | 'time'
  | 'deadline'
  | 'checklist'
  | 'fact'
  | 'definition'
  /** One block of a source document (see src/qa/passages.ts). */
  | 'passage';

/** One answerable topic: indexed by title, keywords and text. */
export interface Topic {
  readonly id: string;
  readonly kind: TopicKind;
  readonly titleSv: string;
  readonly textSv: string;
  readonly citations: readonly Citation[];
  /** The words staff use for the topic (indexed with more weight than the text). */
  readonly keywordsSv: readonly string[];
  readonly levels?: LevelRef;
  readonly relatedIds?: readonly string[];
  /** The same question for another insats: answered instead when the context names that service. */
  readonly serviceVariants?: Readonly<Partial<Record<Service, string>>>;
  /** false: reachable by id and by the level intent, but not retrieved by free text. */
  readonly searchable?: boolean;
}
