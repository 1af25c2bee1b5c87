import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const LOCAL = { STODLOTSEN_MODE: 'local', PORT: '0', LOG_LEVEL: 'silent' };

describe('retention configuration (gallring per category)', () => {
  it('documented defaults: 30 days for drafts, summaries and notifications, 90 for ended cases and exported levels, 03:30 daily', () => {
    expect(loadConfig(LOCAL).retention).toEqual({
      draftDays: 30,
      submissionDays: 30,
      outboxDays: 30,
      closedCaseDays: 90,
      exportedLevelDays: 90,
      timeOfDay: '03:30',
      batchSize: 500,
      timeBudgetMs: 60_000,
    });
  });

  it('RETENTION_DAYS still sets the three free-text categories; each can be set on its own', () => {
    expect(loadConfig({ ...LOCAL, RETENTION_DAYS: '14' }).retention).toMatchObject({ draftDays: 14, submissionDays: 14, outboxDays: 14 });
    expect(loadConfig({ ...LOCAL, RETENTION_DAYS: '14', RETENTION_OUTBOX_DAYS: '21' }).retention).toMatchObject({ draftDays: 14, submissionDays: 14, outboxDays: 21 });
    expect(
      loadConfig({ ...LOCAL, RETENTION_CLOSED_CASE_DAYS: '180', RETENTION_EXPORTED_LEVEL_DAYS: '30', RETENTION_TIME: '01:15', RETENTION_BATCH_SIZE: '200', RETENTION_TIME_BUDGET_MS: '5000' }).retention,
    ).toMatchObject({ closedCaseDays: 180, exportedLevelDays: 30, timeOfDay: '01:15', batchSize: 200, timeBudgetMs: 5000 });
  });

  it('is frozen', () => {
    const config = loadConfig(LOCAL);
    expect(Object.isFrozen(config.retention)).toBe(true);
    expect(() => {
      (config.retention as { closedCaseDays: number }).closedCaseDays = 1;
    }).toThrow(TypeError);
  });

  it.each([
    [{ RETENTION_CLOSED_CASE_DAYS: '0' }, 'RETENTION_CLOSED_CASE_DAYS="0" ska vara antal dagar, ett heltal 1–3650'],
    [{ RETENTION_EXPORTED_LEVEL_DAYS: 'nittio' }, 'RETENTION_EXPORTED_LEVEL_DAYS="nittio" ska vara antal dagar, ett heltal 1–3650'],
    [{ RETENTION_DRAFT_DAYS: '2.5' }, 'RETENTION_DRAFT_DAYS="2.5" ska vara antal dagar, ett heltal 1–3650'],
    [{ RETENTION_SUBMISSION_DAYS: '4000' }, 'RETENTION_SUBMISSION_DAYS="4000" ska vara antal dagar, ett heltal 1–3650'],
    [{ RETENTION_TIME: '3.30' }, 'RETENTION_TIME="3.30" ska vara TT:MM (Europe/Stockholm), till exempel 03:30'],
    [{ RETENTION_BATCH_SIZE: '1' }, 'RETENTION_BATCH_SIZE="1" ska vara antal rader, ett heltal 10–10000'],
    [{ RETENTION_TIME_BUDGET_MS: '100' }, 'RETENTION_TIME_BUDGET_MS="100" ska vara millisekunder, ett heltal 1000–900000'],
  ])('fails fast on %j with a Swedish message', (env, message) => {
    expect(() => loadConfig({ ...LOCAL, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...LOCAL, ...env })).toThrow(message);
  });
});
