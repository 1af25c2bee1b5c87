import type { IsoDate, LevelChangeDirection, LevelChangeDuration, LevelModelId } from './case';
import { compareIsoDates, isIsoDate } from './calendar';
import { earliestOrdinaryLevelChange } from './deadlines/levelMinimumPeriod';
import { isLevelId, isLevelModelId, levelChangeDirection, levelLabel } from './levels/models';
import { cite } from './sources';
import type { Citation } from './sources';

/**
 * Checks a staff proposal to change a client's stödnivå before it goes to the caseworker
 * (000 & 003 › Hantering av stödnivåer – process, step "Genomföra och följa upp"): the underlag must
 * say in what way the need has changed, why, and for how long. The caseworker decides; this only
 * makes sure the proposal is complete and consistent.
 *
 * One-month rule: the level applies as a main rule for at least one month from the day it started
 * (the sources say it of the initial level; the product applies it to whichever level is current,
 * since changes are otherwise made at the uppföljningsmöte). A proposal dated before
 * `earliestOrdinaryLevelChange(start)` (start + 1 calendar month, clamped to month end) is "within a
 * month" and needs särskilda skäl: start 2026-03-01 → 2026-03-31 is within, 2026-04-01 is not;
 * start 2026-01-31 → 2026-02-27 is within, 2026-02-28 is not. 000 says "särskilda behov", 003 only
 * "behov"; both ask for a reason, so the product asks for särskilda skäl under either model.
 */
export interface LevelChangeProposal {
  readonly modelId: LevelModelId;
  readonly currentLevel: string;
  readonly currentLevelStartDate: IsoDate;
  readonly proposedLevel: string;
  readonly direction: LevelChangeDirection;
  /** På vilket sätt har den enskildes behov av stöd ökat respektive minskat? */
  readonly inWhatWay: string;
  /** Vad är anledningen till det förändrade behovet? */
  readonly cause: string;
  /** Varaktighet över tid? */
  readonly duration: LevelChangeDuration;
  readonly specialReasons?: string;
  readonly proposedOn: IsoDate;
}

export type LevelChangeIssueCode =
  | 'unknown_model'
  | 'unknown_level'
  | 'same_level'
  | 'direction_mismatch'
  | 'invalid_date'
  | 'proposed_before_level_start'
  | 'temporary_end_not_after_proposal'
  | 'missing_text'
  | 'special_reasons_required';

export interface LevelChangeIssue {
  readonly code: LevelChangeIssueCode;
  /** Field of LevelChangeProposal the issue is about (dotted for nested fields). */
  readonly field: string;
  readonly message: string;
}

export interface LevelChangeCheck {
  readonly ok: boolean;
  readonly errors: readonly LevelChangeIssue[];
  /** The proposal falls within a month of the current level's start. */
  readonly needsSpecialReasons: boolean;
  /** First date a change is ordinary (no särskilda skäl needed); null when the start date is invalid. */
  readonly earliestOrdinaryChangeDate: IsoDate | null;
  /** Direction implied by the two levels; null when equal or unknown. */
  readonly impliedDirection: LevelChangeDirection | null;
  /** Swedish notes for the person proposing. */
  readonly notes: readonly string[];
  readonly citations: readonly Citation[];
}

const DIRECTION_SV: Readonly<Record<LevelChangeDirection, string>> = Object.freeze({
  increase: 'ökat stöd',
  decrease: 'minskat stöd',
});

function processCitation(modelId: LevelModelId): Citation {
  return cite(modelId === 'lagenhetsboende_2025' ? '003' : '000', 'Hantering av stödnivåer – process');
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim().length === 0;
}

export function checkLevelChangeProposal(proposal: LevelChangeProposal): LevelChangeCheck {
  const errors: LevelChangeIssue[] = [];
  const notes: string[] = [];
  const issue = (code: LevelChangeIssueCode, field: string, message: string): void => {
    errors.push(Object.freeze({ code, field, message }));
  };

  const modelKnown = isLevelModelId(proposal.modelId);
  const citations = Object.freeze(modelKnown ? [processCitation(proposal.modelId)] : []);
  let impliedDirection: LevelChangeDirection | null = null;

  if (!modelKnown) {
    issue('unknown_model', 'modelId', `Okänd nivåmodell: ${proposal.modelId}.`);
  } else {
    const currentKnown = isLevelId(proposal.modelId, proposal.currentLevel);
    const proposedKnown = isLevelId(proposal.modelId, proposal.proposedLevel);
    if (!currentKnown) issue('unknown_level', 'currentLevel', `Nuvarande stödnivå "${proposal.currentLevel}" finns inte i modellen.`);
    if (!proposedKnown) issue('unknown_level', 'proposedLevel', `Föreslagen stödnivå "${proposal.proposedLevel}" finns inte i modellen.`);
    if (currentKnown && proposedKnown) {
      impliedDirection = levelChangeDirection(proposal.modelId, proposal.currentLevel, proposal.proposedLevel);
      const from = levelLabel(proposal.modelId, proposal.currentLevel);
      const to = levelLabel(proposal.modelId, proposal.proposedLevel);
      if (impliedDirection === null) {
        issue('same_level', 'proposedLevel', `Föreslagen stödnivå är densamma som nuvarande (${from}).`);
      } else if (impliedDirection !== proposal.direction) {
        issue(
          'direction_mismatch',
          'direction',
          `Förslaget är markerat som ${DIRECTION_SV[proposal.direction]}, men ${from} → ${to} innebär ${DIRECTION_SV[impliedDirection]}.`,
        );
      }
    }
  }

  if (isBlank(proposal.inWhatWay)) {
    issue('missing_text', 'inWhatWay', 'Beskriv på vilket sätt den enskildes behov av stöd har ökat eller minskat.');
  }
  if (isBlank(proposal.cause)) {
    issue('missing_text', 'cause', 'Beskriv vad som är anledningen till det förändrade behovet.');
  }

  const startValid = isIsoDate(proposal.currentLevelStartDate);
  const proposedValid = isIsoDate(proposal.proposedOn);
  if (!startValid) issue('invalid_date', 'currentLevelStartDate', 'Datumet då nuvarande stödnivå började gälla är ogiltigt (ÅÅÅÅ-MM-DD).');
  if (!proposedValid) issue('invalid_date', 'proposedOn', 'Förslagets datum är ogiltigt (ÅÅÅÅ-MM-DD).');

  if (proposal.duration.kind === 'temporary') {
    const until = proposal.duration.until;
    if (!isIsoDate(until)) {
      issue('invalid_date', 'duration.until', 'Slutdatum för den tillfälliga ändringen är ogiltigt (ÅÅÅÅ-MM-DD).');
    } else if (proposedValid && compareIsoDates(until, proposal.proposedOn) <= 0) {
      issue('temporary_end_not_after_proposal', 'duration.until', `En tillfällig ändring måste sluta efter förslagets datum (${proposal.proposedOn}).`);
    }
  }

  const earliestOrdinaryChangeDate = startValid ? earliestOrdinaryLevelChange(proposal.currentLevelStartDate) : null;
  let needsSpecialReasons = false;
  if (earliestOrdinaryChangeDate !== null && proposedValid) {
    if (compareIsoDates(proposal.proposedOn, proposal.currentLevelStartDate) < 0) {
      issue(
        'proposed_before_level_start',
        'proposedOn',
        `Förslaget är daterat före den dag nuvarande stödnivå började gälla (${proposal.currentLevelStartDate}).`,
      );
    } else if (compareIsoDates(proposal.proposedOn, earliestOrdinaryChangeDate) < 0) {
      needsSpecialReasons = true;
      const rule =
        `Stödnivån gäller som huvudregel minst en månad. Nuvarande nivå gäller från ${proposal.currentLevelStartDate}, ` +
        `så ändring utan särskilda skäl kan ske tidigast ${earliestOrdinaryChangeDate}.`;
      if (isBlank(proposal.specialReasons)) {
        issue('special_reasons_required', 'specialReasons', `${rule} Ange de särskilda skäl som gör att nivån behöver ändras tidigare.`);
      } else {
        notes.push(`${rule} Särskilda skäl har angetts.`);
      }
    }
  }
  if (errors.length === 0) {
    notes.push('Ändring av stödnivå sker som huvudregel i samband med uppföljningsmöte. Socialsekreteraren beslutar och väger in boendepersonalens bedömning.');
  }

  return Object.freeze({
    ok: errors.length === 0,
    errors: Object.freeze(errors),
    needsSpecialReasons,
    earliestOrdinaryChangeDate,
    impliedDirection,
    notes: Object.freeze(notes),
    citations,
  });
}
