import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../../shared/errors.js';
import { restoreCell } from '../../shared/spreadsheet.js';
import { foldForMatch, normaliseNewlines } from '../../shared/text.js';
import { SPREADSHEET_COLUMNS, type SpreadsheetColumnKey, type SpreadsheetRow } from './spreadsheet-columns.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DATA_ROWS = 5000;

/** One row of the file, numbered as the spreadsheet shows it (the header is line 1). */
export interface SheetLine {
  line: number;
  cells: SpreadsheetRow;
}

const refuse = (message: string, reason: string) => new DomainError('BAD_USER_INPUT', message, { file: reason });

/**
 * The rows of a programmation spreadsheet (CSV or XLSX) as text, by column. Refuses, in French, a file
 * that is not one: unknown format, empty, too big, too many rows, required headers missing.
 */
export async function readSpreadsheet(buffer: Buffer, filename: string): Promise<{ rows: SheetLine[] }> {
  if (buffer.length === 0) throw refuse('Le fichier est vide.', 'vide');
  if (buffer.length > MAX_FILE_BYTES) throw refuse('Le fichier dépasse 5 Mo.', 'trop lourd');
  const table = await (formatOf(buffer, filename) === 'xlsx' ? xlsxTable(buffer) : csvTable(buffer));
  return { rows: linesOf(table) };
}

/** Cells by spreadsheet line (1-based), each row as an array of text by column position. */
type Table = { line: number; values: string[] }[];

function formatOf(buffer: Buffer, filename: string): 'xlsx' | 'csv' {
  const extension = /\.([^.]+)$/.exec(filename.toLowerCase())?.[1] ?? '';
  // An XLSX is a zip whatever its name says; an old binary .xls is not, and exceljs cannot read it.
  if (buffer.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'xlsx';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (extension === 'xlsx') throw refuse('Ce fichier .xlsx est illisible.', 'illisible');
  if (extension === 'xls') throw refuse('Enregistrez ce classeur au format .xlsx ou .csv.', 'format');
  throw refuse('Format de fichier non reconnu : envoyez un fichier .xlsx ou .csv.', 'format');
}

/** UTF-8 (a BOM is dropped); a file that is not valid UTF-8 is read as Windows-1252, Excel's « CSV » on Windows. */
function decode(buffer: Buffer): string {
  const bytes = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` (French Excel) or `,` (SCDL, most tools): whichever the header line uses more, outside quotes. */
function separatorOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

function csvTable(buffer: Buffer): Table {
  const text = decode(buffer);
  let records: string[][];
  try {
    records = parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw refuse(
      `Fichier CSV illisible${line ? ` vers la ligne ${line}` : ''} : vérifiez les guillemets.`,
      'illisible',
    );
  }
  return records.map((values, index) => ({ line: index + 1, values }));
}

async function xlsxTable(buffer: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw refuse('Ce fichier .xlsx est illisible.', 'illisible');
  }
  const sheet = workbook.worksheets.find((s) => foldForMatch(s.name) === 'programmation') ?? workbook.worksheets.at(0);
  if (!sheet) throw refuse('Le classeur ne contient aucune feuille.', 'vide');
  const table: Table = [];
  sheet.eachRow((row, line) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      values[column - 1] = cellText(cell.value, cell.numFmt);
    });
    table.push({ line, values: Array.from(values, (v) => v ?? '') });
  });
  return table;
}

const SIGNIFICANT = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** The decimals a number format shows (`#,##0.00 €` → 2), or null for « Standard ». */
function decimalsOf(numFmt: string | undefined): number | null {
  if (!numFmt || /^general$/i.test(numFmt)) return null;
  const section = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const fraction = /\.([0#?]+)/.exec(section);
  return fraction?.[1] ? fraction[1].length : /[0#?]/.test(section) ? 0 : null;
}

/**
 * A number as the cell shows it: rounded to the format's decimals (12500.499999 shown « 12 500,50 »
 * reads 12500.50), else to the 15 digits a spreadsheet keeps. Point as decimal separator, no grouping.
 */
function numberText(value: number, numFmt: string | undefined): string {
  const shown = SIGNIFICANT.format(value);
  const decimals = decimalsOf(numFmt);
  if (decimals === null) return shown;
  const rounded = new Intl.NumberFormat('en-US', {
    useGrouping: false,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // A string is formatted as the exact decimal it writes, so the rounding is the one people do.
  return rounded.format(shown as unknown as number);
}

function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  // exceljs gives a date cell as the instant of that day at UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue, numFmt);
  if ('error' in value) return value.error;
  if ('result' in value) return cellText(value.result, numFmt);
  return '';
}

/** Header positions by column key: a header names a column without regard to case, accents or spaces. */
function headerPositions(header: string[]): Map<SpreadsheetColumnKey, number> {
  const byFolded = new Map(SPREADSHEET_COLUMNS.map((c) => [foldForMatch(c.header), c] as const));
  const positions = new Map<SpreadsheetColumnKey, number>();
  header.forEach((title, index) => {
    const column = byFolded.get(foldForMatch(title));
    if (!column) return;
    if (positions.has(column.key))
      throw refuse(`La colonne « ${column.header} » apparaît deux fois dans l’en-tête.`, 'en-tête');
    positions.set(column.key, index);
  });
  const missing = SPREADSHEET_COLUMNS.filter((c) => c.required && !positions.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => `« ${c.header} »`).join(', ');
    throw refuse(`Colonnes obligatoires absentes de la première ligne : ${names}.`, 'en-tête');
  }
  return positions;
}

const clean = (value: string | undefined) => restoreCell(normaliseNewlines(value ?? '').trim());

function linesOf(table: Table): SheetLine[] {
  const header = table.find((row) => row.line === 1);
  if (!header || header.values.every((v) => v.trim() === '')) {
    throw refuse('La première ligne doit porter les en-têtes des colonnes (« Action », « Porteur »…).', 'en-tête');
  }
  const positions = headerPositions(header.values);
  const lines: SheetLine[] = [];
  for (const { line, values } of table) {
    if (line === 1 || values.every((v) => v.trim() === '')) continue;
    if (lines.length === MAX_DATA_ROWS)
      throw refuse(`Le fichier dépasse ${MAX_DATA_ROWS.toLocaleString('fr-FR')} lignes : découpez-le.`, 'trop long');
    const cells = Object.fromEntries(
      SPREADSHEET_COLUMNS.map((c) => {
        const position = positions.get(c.key);
        return [c.key, position === undefined ? '' : clean(values[position])];
      }),
    ) as SpreadsheetRow;
    lines.push({ line, cells });
  }
  if (lines.length === 0) throw refuse('Le fichier ne contient aucune ligne sous les en-têtes.', 'vide');
  return lines;
}
