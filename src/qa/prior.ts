/**
 * How likely a unit is the answer before its words are compared: the document the question names
 * ("enligt handboken", "i projektet"), the asker's insats and level model, the kind of answer the
 * question wants (./cues). A factor per unit multiplies its retrieval score.
 */
import type { Service } from '../domain/case';
import type { SourceId } from '../domain/sources';
import { ANSWER_KINDS, CONTENT_CUE, WHEN_CUE, askedKinds, cueText, namedProcessStep, type AnswerKind } from './cues';
import type { KnowledgeIndex, Unit } from './knowledgeIndex';
import { ABOUT_PASSAGE_SUFFIX } from './passages';
import { DOCUMENT_NAMES } from './sectionVocabulary';
import type { QaContext } from './types';

/** A document's own facts (title, date, publisher) answer questions about the document (see documentAnswer), few others. */
const ABOUT_PASSAGE_FACTOR = 0.7;

/** Units only from the handbook of the other insats than the asker's score this much. */
const OTHER_SERVICE_FACTOR = 0.9;

/** A deadline topic answers "när …?"; asked anything else, it is less likely the answer. */
const DEADLINE_WITHOUT_WHEN = 0.8;
/** "vad ska vara med / ta upp / ingå": a checklist topic is more likely. */
const CHECKLIST_WITH_CONTENT = 1.2;

/** Units of a document the question names score this much more. */
const NAMED_DOCUMENT_BOOST = 1.3;
/** Passages under the insatsprocess step the question names ("steget flytta in") score this much more. */
const NAMED_STEP_BOOST = 1.3;
/** Units only from the other level model's document than the case's score this much. */
const OTHER_MODEL_FACTOR = 0.75;

/** Terms of the documents' names that name one document only ("handbok" → 002, "projekt" → 004). */
function distinctiveDocumentTerms(index: KnowledgeIndex): ReadonlyMap<string, readonly SourceId[]> {
  const owners = new Map<string, SourceId[]>();
  for (const [source, names] of Object.entries(DOCUMENT_NAMES) as [SourceId, readonly string[]][]) {
    for (const term of new Set(names.flatMap((n) => index.termsOf(n)))) owners.set(term, [...(owners.get(term) ?? []), source]);
  }
  return new Map([...owners].filter(([, sources]) => sources.length === 1));
}

export interface Prior {
  /** Terms of the documents' names that name one document only, with that document. */
  readonly documentTerms: ReadonlyMap<string, readonly SourceId[]>;
  /** The analysed term of "boendestöd" (a question naming it is about that insats). */
  readonly boendestodTerm: string | undefined;
  /** The factor per unit for this question, context and analysed terms. */
  priorFor(terms: readonly string[], context: QaContext, question?: string): (unit: Unit) => number;
  /**
   * The insats decides between variants (genomförandeplan in socialt boende med stöd vs
   * boendestöd): the context's service, else boendestöd only when the question says so.
   */
  serviceOf(terms: readonly string[], context: QaContext): Service;
}

export function createPrior(index: KnowledgeIndex): Prior {
  const documentTerms = distinctiveDocumentTerms(index);
  const boendestodTerm = index.termsOf('boendestöd')[0];

  function serviceOf(terms: readonly string[], context: QaContext): Service {
    if (context.service) return context.service;
    return boendestodTerm !== undefined && terms.includes(boendestodTerm) ? 'boendestod' : 'socialt_boende_med_stod';
  }

  /** Which answer kinds a unit's text holds, computed once per unit. */
  const held = new Map<Unit, ReadonlyMap<AnswerKind, boolean>>();
  function holds(unit: Unit, kind: AnswerKind): boolean {
    let kinds = held.get(unit);
    if (!kinds) {
      const text = (unit.kind === 'passage' ? unit.passage.text : unit.topic.textSv).toLowerCase();
      kinds = new Map(ANSWER_KINDS.map((k) => [k, k.holds.test(text)]));
      held.set(unit, kinds);
    }
    return kinds.get(kind) === true;
  }

  /** The question names the boendestöd handbook or its words ("handboken", "FFS"). */
  function boendestodOnly(terms: readonly string[]): boolean {
    return terms.some((t) => documentTerms.get(t)?.includes('002'));
  }

  function priorFor(terms: readonly string[], context: QaContext, question = ''): (unit: Unit) => number {
    const named = new Set(terms.flatMap((t) => documentTerms.get(t) ?? []));
    const otherLevels: SourceId | undefined = context.modelId === 'lagenhetsboende_2025' ? '000' : context.modelId ? '003' : undefined;
    const normalized = cueText(question);
    const kinds = askedKinds(normalized);
    const asksWhen = WHEN_CUE.test(normalized);
    // Without a case, staff of socialt boende med stöd are the default asker (as serviceOf does).
    // The level documents (000, 003) are socialt boende med stöd's too.
    const otherService: readonly SourceId[] = serviceOf(terms, context) === 'boendestod' ? ['001', '000', '003'] : boendestodOnly(terms) ? [] : ['002'];
    const asksContent = CONTENT_CUE.test(normalized);
    const step = namedProcessStep(normalized);
    return (unit) => {
      const sources = unit.kind === 'passage' ? [unit.passage.source] : unit.topic.citations.map((c) => c.source);
      let factor = 1;
      if (unit.kind === 'topic' && unit.topic.kind === 'deadline' && !asksWhen) factor *= DEADLINE_WITHOUT_WHEN;
      if (unit.kind === 'topic' && unit.topic.kind === 'checklist' && asksContent) factor *= CHECKLIST_WITH_CONTENT;
      if (sources.length > 0 && sources.every((s) => otherService.includes(s))) factor *= OTHER_SERVICE_FACTOR;
      for (const kind of kinds) if (holds(unit, kind)) factor *= kind.boost;
      if (sources.some((s) => named.has(s))) factor *= NAMED_DOCUMENT_BOOST;
      if (step && unit.kind === 'passage' && unit.passage.source === '001' && unit.passage.headingPath.includes(step)) factor *= NAMED_STEP_BOOST;
      if (unit.kind === 'passage' && unit.passage.id.endsWith(ABOUT_PASSAGE_SUFFIX)) factor *= ABOUT_PASSAGE_FACTOR;
      if (otherLevels && sources.length > 0 && sources.every((s) => s === otherLevels)) factor *= OTHER_MODEL_FACTOR;
      return factor;
    };
  }

  return { documentTerms, boendestodTerm, priorFor, serviceOf };
}
