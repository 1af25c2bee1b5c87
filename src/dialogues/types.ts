import type { ZodType, ZodTypeDef } from 'zod';
import type { IsoDate } from '../domain/case';
import type { ClientCase } from '../domain/cases';
import type { SummaryCardData } from '../domain/summaries';
import type { Executor } from '../storage/database';
import type { DraftValues } from '../storage/drafts.repository';

export const DIALOGUE_IDS = ['arende', 'uppstartsmote', 'genomforandeplan', 'uppfoljning', 'stodniva', 'uppfoljningsmote', 'avsluta'] as const;
export type DialogueId = (typeof DIALOGUE_IDS)[number];

export type FieldKind = 'text' | 'textarea' | 'date' | 'time' | 'choice' | 'multichoice' | 'toggle' | 'email' | 'number';

export interface Choice {
  readonly value: string;
  readonly title: string;
}

/** Who is filling in the dialogue, and about which case. */
export interface DialogueContext {
  readonly case: ClientCase | null;
  readonly today: IsoDate;
}

type Dynamic<T> = T | ((values: DraftValues, ctx: DialogueContext) => T);

export interface FieldSpec {
  /** Flat key in the draft; dotted paths become nested objects when the answers are built. */
  readonly id: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly help?: string;
  readonly placeholder?: string;
  readonly required: Dynamic<boolean>;
  readonly maxLength?: number;
  readonly choices?: Dynamic<readonly Choice[]>;
  readonly visibleWhen?: (values: DraftValues, ctx: DialogueContext) => boolean;
  /** Extra check of a non-empty text value; returns a Swedish message when it is not acceptable. */
  readonly validate?: (value: string) => string | undefined;
}

export interface StepSpec {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  /** Intro that depends on answers already saved (earlier steps); replaces `intro` when given. */
  readonly introFor?: (values: DraftValues, ctx: DialogueContext) => string;
  /** Where the step comes from, shown small under the title (`001 › Uppstartsmöte`). */
  readonly source?: string;
  readonly fields: readonly FieldSpec[];
  readonly visibleWhen?: (values: DraftValues, ctx: DialogueContext) => boolean;
}

/** What a completed dialogue hands over: Treserva-ready text and card data for the caseworker. */
export interface Summary {
  readonly kind: DialogueId;
  readonly title: string;
  readonly text: string;
  readonly card: SummaryCardData;
}

export interface CompletionResult {
  /** Swedish confirmation shown to the sender. */
  readonly confirmation: string;
  readonly summary?: Summary;
  /** Who gets the summary (UPN); none for dialogues that only register data. */
  readonly recipientUpn?: string;
  readonly caseId?: string;
  /** Text for the user to copy into Treserva when nothing is sent (the caseworker's own notes). */
  readonly copyText?: string;
}

export interface CompletionInput<TAnswers> {
  readonly tx: Executor;
  readonly draftId: string;
  /** The raw draft values, for what the domain schema deliberately leaves out (e.g. a proposed level). */
  readonly values: DraftValues;
  readonly answers: TAnswers;
  readonly ctx: DialogueContext;
  readonly userId: string;
  readonly tenantId: string;
  readonly now: Date;
}

export interface DialogueSpec<TAnswers = unknown> {
  readonly id: DialogueId;
  readonly title: string;
  /** The command that starts it (Swedish). */
  readonly command: string;
  readonly needsCase: boolean;
  /** The button that completes it ("Skicka" by default; "Spara" for what is only stored). */
  readonly sendLabel?: string;
  /** The draft is the user's own, not shared with the case team (the caseworker's checklist). */
  readonly personalDraft?: true;
  /** Which cases it applies to (e.g. genomförandeplan for any service). */
  readonly appliesTo?: (c: ClientCase) => boolean;
  steps(ctx: DialogueContext): readonly StepSpec[];
  initialValues?(ctx: DialogueContext): DraftValues;
  /** Values taken from earlier work on the case (e.g. the staff's underlag), read once at start. */
  prefill?(db: Executor, ctx: DialogueContext): Promise<DraftValues>;
  /** Flat draft values → the structured input the schema validates. */
  build(values: DraftValues, ctx: DialogueContext): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- input side of a schema is whatever build() returns
  readonly schema: ZodType<TAnswers, ZodTypeDef, any>;
  /** Preview text (what would be sent), for summary dialogues. */
  preview(answers: TAnswers, ctx: DialogueContext): { title: string; text: string } | null;
  complete(input: CompletionInput<TAnswers>): Promise<CompletionResult>;
}

/** Thrown by `complete` when the input is fine on its own but not in the world (e.g. a taken reference). */
export class DialogueInputError extends Error {
  constructor(
    readonly messageSv: string,
    readonly fieldId?: string,
  ) {
    super(messageSv);
    this.name = 'DialogueInputError';
  }
}
