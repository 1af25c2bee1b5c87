import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerRowsOfUnit } from '../../src/export/data';
import { buildRegisterWorkbook, exportFileName } from '../../src/export/levelRegisterXlsx';
import type { DatabaseHandle } from '../../src/storage/database';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { openTestDatabase } from '../support/testDeps';
import { ANGERED, HISINGEN, NOW, PERIOD, seedCases } from './fixture';
import { cellsOf, expectGoldenWorkbook } from './golden';
import ExcelJS from 'exceljs';

describe('the stödnivå register as .xlsx (000/003 › Hantering av stödnivåer – process)', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await openTestDatabase();
    await seedCases(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  async function workbookOf(unit: string, period: { from: string; to: string }): Promise<Buffer> {
    const rows = await registerRowsOfUnit(database.db, LOCAL_TENANT, unit, period);
    return buildRegisterWorkbook({ unit, period, rows, createdAt: new Date(NOW) });
  }

  it('reads back with every cell of both sheets as in the golden table, dates as real dates', async () => {
    await expectGoldenWorkbook(await workbookOf(HISINGEN, PERIOD));
  });

  it('is the same file content for the same data and clock (no hidden wall clock)', async () => {
    const load = async (file: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      return wb.worksheets.map(cellsOf);
    };
    expect(await load(await workbookOf(HISINGEN, PERIOD))).toEqual(await load(await workbookOf(HISINGEN, PERIOD)));
  });

  it.each([
    // [why, period, expected case references in row order]
    ['a period before any change holds only the levels in force at its start', { from: '2026-01-01', to: '2026-01-31' }, ['BST-2026-0101']],
    ['the start day itself counts as in the period (0102 from 2026-03-02)', { from: '2026-03-02', to: '2026-03-02' }, ['BST-2026-0101', 'BST-2026-0102']],
    ['a case closed before the period (0107, 2025-12-20) is left out', { from: '2025-12-21', to: '2025-12-31' }, ['BST-2026-0101']],
    ['a case closed in the period (0107) keeps its level in force at the start', { from: '2025-12-01', to: '2025-12-31' }, ['BST-2026-0101', 'BST-2026-0107']],
    ['a decision after the period (0101 from 2026-12-01) is not in it; 0108 closed 2026-11-10 is gone', { from: '2026-11-17', to: '2026-11-30' }, ['BST-2026-0101', 'BST-2026-0102', 'BST-2026-0104', 'BST-2026-0106']],
  ])('%s', async (_why, period, references) => {
    const rows = await registerRowsOfUnit(database.db, LOCAL_TENANT, HISINGEN, period);
    expect(rows.map((r) => r.caseReference)).toEqual(references);
  });

  it('never mixes in another unit', async () => {
    const rows = await registerRowsOfUnit(database.db, LOCAL_TENANT, ANGERED, PERIOD);
    expect(rows.map((r) => [r.caseReference, r.unit, r.level, r.validFrom])).toEqual([['BST-2026-0201', ANGERED, 'låg', '2026-02-02']]);
    const file = await workbookOf(ANGERED, PERIOD);
    expect(file.toString('latin1')).not.toContain('BST-2026-01');
  });

  it('writes an empty register (header only) for a unit without decisions', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookOf('Testenheten Utan ärenden', PERIOD)) as unknown as ArrayBuffer);
    expect(cellsOf(wb.getWorksheet('Stödnivåer')!)).toHaveLength(1);
  });

  it.each([
    ['Testenheten Hisingen', 'stodnivaer-testenheten-hisingen-2026-01-01-2026-11-23.xlsx'],
    ['Boende Å/Ä/Ö "x"', 'stodnivaer-boende-a-a-o-x-2026-01-01-2026-11-23.xlsx'],
    ['///', 'stodnivaer-enhet-2026-01-01-2026-11-23.xlsx'],
  ])('names the file for %j as plain ASCII: %s', (unit, name) => {
    expect(exportFileName(unit, PERIOD)).toBe(name);
  });
});
