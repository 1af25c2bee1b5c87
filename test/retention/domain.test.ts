import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICY, isPassDue, nextPassAt, retentionCutoffs } from '../../src/domain/retention';
import { formatPassTime, renderRetentionPreviewCard, retentionPreviewCardData } from '../../src/cards/retentionPreview';

describe('retention rules (pure)', () => {
  it('cutoffs: instants N days back; ended cases by Stockholm date', () => {
    // 00:30 on 1 March in Stockholm is still 28 February in UTC.
    const c = retentionCutoffs(DEFAULT_RETENTION_POLICY, new Date('2026-02-28T23:30:00.000Z'));
    expect(c).toEqual({
      draftsTouchedBefore: '2026-01-29T23:30:00.000Z',
      submissionsSentBefore: '2026-01-29T23:30:00.000Z',
      outboxQueuedBefore: '2026-01-29T23:30:00.000Z',
      levelsExportedBefore: '2025-11-30T23:30:00.000Z',
      casesClosedOnOrBefore: '2025-12-01',
      today: '2026-03-01',
    });
  });

  it('refuses a retention that is not a positive whole number of days', () => {
    expect(() => retentionCutoffs({ ...DEFAULT_RETENTION_POLICY, closedCaseDays: 0 }, new Date('2026-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => retentionCutoffs({ ...DEFAULT_RETENTION_POLICY, draftDays: 1.5 }, new Date('2026-01-01T00:00:00Z'))).toThrow(RangeError);
  });

  it.each([
    ['before the time, not run today', '2026-12-17T02:00:00.000Z', null, false, '2026-12-17T02:30:00.000Z'],
    ['at the time, not run today', '2026-12-17T02:30:00.000Z', '2026-12-16', true, '2026-12-17T02:30:00.000Z'],
    ['after the time, already run today', '2026-12-17T10:00:00.000Z', '2026-12-17', false, '2026-12-18T02:30:00.000Z'],
    ['summer time (CEST): 03:30 is 01:30Z', '2026-07-01T00:00:00.000Z', '2026-06-30', false, '2026-07-01T01:30:00.000Z'],
    ['the night clocks go forward: 03:30 exists', '2026-03-29T00:30:00.000Z', '2026-03-28', false, '2026-03-29T01:30:00.000Z'],
  ] as const)('%s', (_label, now, lastRun, due, next) => {
    expect(isPassDue(new Date(now), '03:30', lastRun)).toBe(due);
    expect(nextPassAt(new Date(now), '03:30', lastRun).toISOString()).toBe(due ? now : next);
  });

  it('shows the pass time in Swedish, Stockholm time', () => {
    expect(formatPassTime(new Date('2026-11-24T02:30:00.000Z'))).toBe('tisdag 24 november 2026 kl. 03:30');
  });

  it('the unit name (typed by people) is a plain text run on the card, never Markdown', () => {
    const unit = 'Boende [klicka här](https://evil.example)';
    const preview = { unit, nextPassAt: new Date('2026-11-24T02:30:00.000Z'), categories: [], unexportedLevelsInClosedCases: 0, outboxRule: 'r' };
    const card = renderRetentionPreviewCard(retentionPreviewCardData(preview, [], new Date('2026-11-23T09:00:00.000Z')));
    const holders: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const n = node as Record<string, unknown>;
        if (typeof n.text === 'string' && n.text.includes('evil.example')) holders.push(String(n.type));
        Object.values(n).forEach(walk);
      }
    };
    walk(card.body);
    expect(holders).toEqual(['TextRun']);
  });
});
