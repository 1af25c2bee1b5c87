import type { Config } from './config';
import { nextPassAt, RETENTION_CATEGORY_LABELS, retentionCutoffs, retentionRuleText, type RetentionCategory } from './domain/retention';
import type { Executor } from './storage/database';
import { dueCountsOfUnit, dueOutboxCount, lastRetentionRun } from './storage/retention.repository';

/** One category of the unit manager's preview: the rule and how many rows the next pass deletes. */
export interface PreviewCategory {
  readonly category: RetentionCategory;
  readonly label: string;
  readonly rule: string;
  readonly due: number;
}

export interface RetentionPreview {
  readonly unit: string;
  /** When the next daily pass runs (now, when it is due already). */
  readonly nextPassAt: Date;
  readonly categories: readonly PreviewCategory[];
  /** Level decisions in the closed cases due that were never exported: export them first if they belong in the register. */
  readonly unexportedLevelsInClosedCases: number;
  /** The outbox rule for the note when its rows are not counted (unit managers). */
  readonly outboxRule: string;
}

/**
 * What the next pass deletes among one unit's cases, counted with the pass's own conditions at the
 * instant it will run. Notifications (the outbox) carry no case, so only administrators, who see
 * every unit, get their count.
 */
export async function retentionPreviewOfUnit(
  db: Executor,
  config: Pick<Config, 'retention'>,
  input: { readonly tenantId: string; readonly unit: string; readonly admin: boolean; readonly now: Date },
): Promise<RetentionPreview> {
  const at = nextPassAt(input.now, config.retention.timeOfDay, await lastRetentionRun(db));
  const cutoffs = retentionCutoffs(config.retention, at);
  const counts = await dueCountsOfUnit(db, input.tenantId, input.unit, cutoffs);
  const outbox = input.admin ? await dueOutboxCount(db, input.tenantId, cutoffs) : undefined;
  const row = (category: RetentionCategory, due: number): PreviewCategory => ({
    category,
    label: RETENTION_CATEGORY_LABELS[category],
    rule: retentionRuleText(category, config.retention),
    due,
  });
  return {
    unit: input.unit,
    nextPassAt: at,
    categories: [
      row('drafts', counts.drafts),
      row('submissions', counts.submissions),
      row('closedCases', counts.closedCases),
      row('exportedLevels', counts.exportedLevels),
      ...(outbox === undefined ? [] : [row('outbox', outbox)]),
    ],
    unexportedLevelsInClosedCases: counts.unexportedLevelsInClosedCases,
    outboxRule: retentionRuleText('outbox', config.retention),
  };
}
