import type ExcelJSModule from 'exceljs';
import type { IsoDate } from '../domain/case';
import { REGISTER_CITATIONS, type RegisterPeriod, type RegisterRow } from '../domain/levelRegister';
import { formatCitation } from '../domain/sources';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const REGISTER_SHEET = 'Stödnivåer';
export const INFO_SHEET = 'Om exporten';
const DATE_FORMAT = 'yyyy-mm-dd';

interface Column {
  readonly key: keyof RegisterRow;
  readonly header: string;
  readonly width: number;
  readonly date?: true;
}

/** The register's columns, in order: what administrationen's Excel file asks for (000/003). */
export const REGISTER_COLUMNS: readonly Column[] = Object.freeze([
  { key: 'caseReference', header: 'Ärendereferens', width: 16 },
  { key: 'unit', header: 'Enhet', width: 28 },
  { key: 'service', header: 'Insats', width: 24 },
  { key: 'housingForm', header: 'Boendeform', width: 30 },
  { key: 'levelModel', header: 'Nivåmodell', width: 60 },
  { key: 'level', header: 'Stödnivå', width: 12 },
  { key: 'validFrom', header: 'Gäller från', width: 13, date: true },
  { key: 'decidedByRole', header: 'Beslutad av (roll)', width: 19 },
  { key: 'decisionDate', header: 'Beslutsdatum', width: 14, date: true },
  { key: 'previousLevel', header: 'Tidigare stödnivå', width: 18 },
  { key: 'reasonCategory', header: 'Typ av beslut', width: 17 },
  { key: 'kindLabel', header: 'Ingår som', width: 30 },
] as const satisfies readonly Column[]);

export interface RegisterWorkbookInput {
  readonly unit: string;
  readonly period: RegisterPeriod;
  readonly rows: readonly RegisterRow[];
  /** When the file was made (the clock's now), shown in Stockholm time on the info sheet. */
  readonly createdAt: Date;
}

/** A calendar date as a real Excel date (a serial number with a date format), not text. */
export function excelDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function exportFileName(unit: string, period: RegisterPeriod): string {
  const slug = unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return `stodnivaer-${slug || 'enhet'}-${period.from}-${period.to}.xlsx`;
}

export const INFO_NOTES: readonly string[] = Object.freeze([
  'Varje rad är en stödnivå för ett ärende. ”Beslut under perioden” är beslut som gäller från ett datum inom perioden; ”Gällande vid periodens start” är den nivå som gällde när perioden började.',
  'Beslutsdatum är dagen då beslutet registrerades i Stödlotsen (för första bedömningen: när ärendet registrerades).',
  'Filen innehåller bara ärendereferenser – aldrig namn eller personnummer.',
]);

export async function buildRegisterWorkbook(input: RegisterWorkbookInput): Promise<Buffer> {
  // exceljs is loaded on the first export, not at start-up (~0.3 s of module loading).
  const ExcelJS = (await import('exceljs')).default as typeof ExcelJSModule;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Stödlotsen';
  workbook.created = input.createdAt;
  workbook.modified = input.createdAt;

  const sheet = workbook.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, ...(c.date ? { style: { numFmt: DATE_FORMAT } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of input.rows) {
    sheet.addRow(
      Object.fromEntries(
        REGISTER_COLUMNS.map((c) => {
          const value = row[c.key];
          return [c.key, value === null ? null : c.date ? excelDate(value as IsoDate) : value];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };

  const info = workbook.addWorksheet(INFO_SHEET);
  info.columns = [
    { key: 'label', width: 22 },
    { key: 'value', width: 100 },
  ];
  const infoRows: Array<[string, string | Date | number]> = [
    ['Stödnivåregister', 'Till administrationen'],
    ['Enhet', input.unit],
    ['Från och med', excelDate(input.period.from)],
    ['Till och med', excelDate(input.period.to)],
    ['Antal rader', input.rows.length],
    ['Skapad', stockholmDateTime(input.createdAt)],
    ...INFO_NOTES.map((note, i): [string, string] => [i === 0 ? 'Om raderna' : '', note]),
    ['Källa', REGISTER_CITATIONS.map(formatCitation).join('; ')],
  ];
  for (const [label, value] of infoRows) {
    const added = info.addRow({ label, value });
    added.getCell(1).font = { bold: true };
    if (value instanceof Date) added.getCell(2).numFmt = DATE_FORMAT;
    added.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function stockholmDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(instant);
}
