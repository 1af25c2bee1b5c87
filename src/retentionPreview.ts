import type { Config } from './config';
import {
  nextPassAt,
  RETENTION_CATEGORY_LABELS,
  retentionCutoffs,
  retentionRuleText,
  type PreviewCategory,
  type RetentionCategory,
  type RetentionPreview,
} from './domain/retention';
import type { Executor } from './storage/database';
import { dueCountsOfUnit, dueOutboxCount, lastRetentionRun } from './storage/retention.repository';

/** The preview's shape lives in the domain, so the card that renders it needs no storage code. */
export type { PreviewCategory, RetentionPreview } from './domain/retention';

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
