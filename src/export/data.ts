import { caseFactsOf, type ClientCase } from '../domain/cases';
import { buildLevelRegister, selectRegisterEntries, type RegisterCase, type RegisterEntry, type RegisterPeriod, type RegisterRow } from '../domain/levelRegister';
import { computeUnitStatistics, type StatisticsCase, type UnitStatistics } from '../domain/statistics';
import { listCasesOfUnit } from '../storage/cases.repository';
import type { Executor } from '../storage/database';
import { levelHistoryOfUnit, type LevelHistoryEntry } from '../storage/levels.repository';

/** Reads one unit from the database and hands plain rows to the pure core. */
export async function loadUnit(db: Executor, tenantId: string, unit: string): Promise<{ cases: ClientCase[]; history: LevelHistoryEntry[] }> {
  return { cases: await listCasesOfUnit(db, tenantId, unit), history: await levelHistoryOfUnit(db, tenantId, unit) };
}

export function toRegisterCase(c: ClientCase): RegisterCase {
  return { caseId: c.id, caseReference: c.caseReference, unit: c.unit, service: c.service, housingForm: c.housingForm, closedOn: c.closedOn ?? null };
}

export function toRegisterEntry(e: LevelHistoryEntry): RegisterEntry {
  return {
    caseId: e.caseId,
    model: e.model,
    level: e.level,
    validFrom: e.validFrom,
    previousLevel: e.previousLevel,
    reasonCategory: e.reasonCategory,
    decidedByRole: e.decidedByRole,
    decidedAt: e.decidedAt,
  };
}

export function toStatisticsCase(c: ClientCase): StatisticsCase {
  return {
    caseId: c.id,
    service: c.service,
    levelModel: c.levelModel,
    currentLevel: c.currentLevel,
    movedInDate: c.movedInDate,
    genomforandeplanDate: c.genomforandeplanDate,
    closedOn: c.closedOn ?? null,
    movedOnTo: c.movedOnTo ?? null,
    facts: caseFactsOf(c),
  };
}

export async function registerRowsOfUnit(db: Executor, tenantId: string, unit: string, period: RegisterPeriod): Promise<RegisterRow[]> {
  const { cases, history } = await loadUnit(db, tenantId, unit);
  return buildLevelRegister(cases.map(toRegisterCase), history.map(toRegisterEntry), period);
}

/** The register rows and the ids of the level_history rows behind them (marked exported on download). */
export async function registerExportOfUnit(db: Executor, tenantId: string, unit: string, period: RegisterPeriod): Promise<{ rows: RegisterRow[]; entryIds: string[] }> {
  const { cases, history } = await loadUnit(db, tenantId, unit);
  const withIds = history.map((e) => ({ ...toRegisterEntry(e), id: e.id }));
  const entryIds = [...new Set(selectRegisterEntries(cases.map(toRegisterCase), withIds, period).map((s) => s.entry.id))];
  return { rows: buildLevelRegister(cases.map(toRegisterCase), history.map(toRegisterEntry), period), entryIds };
}

export async function statisticsOfUnit(db: Executor, tenantId: string, unit: string, period: RegisterPeriod, today: string): Promise<UnitStatistics> {
  const { cases, history } = await loadUnit(db, tenantId, unit);
  return computeUnitStatistics({ cases: cases.map(toStatisticsCase), history: history.map(toRegisterEntry), period, today });
}
