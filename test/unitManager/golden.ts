import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** A cell that must be a real Excel date (not text) on that calendar day. */
export const d = (iso: string) => ({ date: iso });
type Cell = string | number | null | { date: string };

const LAG = 'Stödnivåer i lägenhetsboende (från 1 april 2025)';
const KOLL = 'Stödnivåer i kollektiv, kort- och långsiktigt boende (från 1 april 2021)';
const H = 'Testenheten Hisingen';
const SBMS = 'Socialt boende med stöd';
const SS = 'socialsekreterare';
const START = 'Gällande vid periodens start';
const IN = 'Beslut under perioden';

export const GOLDEN_HEADER: readonly Cell[] = [
  'Ärendereferens',
  'Enhet',
  'Insats',
  'Boendeform',
  'Nivåmodell',
  'Stödnivå',
  'Gäller från',
  'Beslutad av (roll)',
  'Beslutsdatum',
  'Tidigare stödnivå',
  'Typ av beslut',
  'Ingår som',
];

/** Hisingen, 2026-01-01 – 2026-11-23, from test/unitManager/fixture.ts – every cell. */
export const GOLDEN_ROWS: readonly (readonly Cell[])[] = [
  ['BST-2026-0101', H, SBMS, 'Lägenhetsboende', LAG, 'medel', d('2025-11-10'), SS, d('2025-11-10'), null, 'första bedömning', START],
  ['BST-2026-0101', H, SBMS, 'Lägenhetsboende', LAG, 'hög', d('2026-02-01'), SS, d('2026-01-28'), 'medel', 'höjd', IN],
  ['BST-2026-0101', H, SBMS, 'Lägenhetsboende', LAG, 'medel', d('2026-06-15'), SS, d('2026-06-10'), 'hög', 'sänkt', IN],
  ['BST-2026-0102', H, SBMS, 'Långsiktigt boende – kollektiv', KOLL, 'nivå 2', d('2026-03-02'), SS, d('2026-03-02'), null, 'första bedömning', IN],
  // decided 2026-03-30T22:30Z = 00:30 on 31 March in Stockholm
  ['BST-2026-0102', H, SBMS, 'Långsiktigt boende – kollektiv', KOLL, 'nivå 1', d('2026-04-01'), SS, d('2026-03-31'), 'nivå 2', 'höjd', IN],
  ['BST-2026-0103', H, SBMS, 'Lägenhetsboende', LAG, 'låg', d('2026-05-04'), SS, d('2026-05-04'), null, 'första bedömning', IN],
  ['BST-2026-0104', H, SBMS, 'Lägenhetsboende', LAG, 'hög', d('2026-10-26'), SS, d('2026-10-26'), null, 'första bedömning', IN],
  ['BST-2026-0106', H, SBMS, 'Lägenhetsboende', LAG, 'låg', d('2026-11-16'), SS, d('2026-11-16'), null, 'första bedömning', IN],
  ['BST-2026-0108', H, SBMS, 'Lägenhetsboende', LAG, 'medel', d('2026-08-03'), SS, d('2026-08-03'), null, 'första bedömning', IN],
];

export const GOLDEN_INFO: readonly (readonly Cell[])[] = [
  ['Stödnivåregister', 'Till administrationen'],
  ['Enhet', H],
  ['Från och med', d('2026-01-01')],
  ['Till och med', d('2026-11-23')],
  ['Antal rader', 9],
  ['Skapad', '2026-11-23 10:00'],
  [
    'Om raderna',
    'Varje rad är en stödnivå för ett ärende. ”Beslut under perioden” är beslut som gäller från ett datum inom perioden; ”Gällande vid periodens start” är den nivå som gällde när perioden började.',
  ],
  ['', 'Beslutsdatum är dagen då beslutet registrerades i Stödlotsen (för första bedömningen: när ärendet registrerades).'],
  ['', 'Filen innehåller bara ärendereferenser – aldrig namn eller personnummer.'],
  ['Källa', '000 › Hantering av stödnivåer – process; 003 › Hantering av stödnivåer – process'],
];

/** Every cell of a sheet as plain values, row by row (dates as `{ date }`, empty cells as null). */
export function cellsOf(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = row.getCell(c).value;
      if (value instanceof Date) cells.push(d(value.toISOString().slice(0, 10)));
      else if (value === null || value === undefined) cells.push(null);
      else if (typeof value === 'string' || typeof value === 'number') cells.push(value);
      else throw new Error(`unexpected cell value at ${r}:${c}: ${JSON.stringify(value)}`);
    }
    rows.push(cells);
  }
  return rows;
}

/** Parses the .xlsx and checks both sheets cell by cell, and the register sheet's layout. */
export async function expectGoldenWorkbook(file: Buffer | ArrayBuffer): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Stödnivåer', 'Om exporten']);

  const sheet = workbook.getWorksheet('Stödnivåer')!;
  expect(cellsOf(sheet)).toEqual([GOLDEN_HEADER, ...GOLDEN_ROWS]);
  expect(sheet.columnCount).toBe(12);
  for (let c = 1; c <= 12; c++) expect(sheet.getRow(1).getCell(c).font?.bold, `header ${c} bold`).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.columns.map((c) => c.width)).toEqual([16, 28, 24, 30, 60, 12, 13, 19, 14, 18, 17, 30]);
  for (const col of [7, 9]) {
    for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getRow(r).getCell(col).numFmt, `date format ${r}:${col}`).toBe('yyyy-mm-dd');
  }
  expect(sheet.autoFilter).toBeTruthy();

  expect(cellsOf(workbook.getWorksheet('Om exporten')!)).toEqual(GOLDEN_INFO);
}
