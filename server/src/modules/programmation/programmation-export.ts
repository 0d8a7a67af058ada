import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { normaliseDecimal, sumAmounts } from '../../shared/money.js';
import { neutraliseCell } from '../../shared/spreadsheet.js';
import {
  ACTION_STATUS_LABELS,
  CREDIT_TYPE_LABELS,
  SPREADSHEET_COLUMNS,
  type SpreadsheetRow,
} from './spreadsheet-columns.js';
import type { ActionStatus, CreditType } from './programmation.types.js';

export interface SnapshotFunding {
  funderName: string;
  /** Decimal string, "12500.50". */
  amount: string;
  creditType: CreditType | null;
  fund: string | null;
  conventionDate: string | null;
  decisionReference: string | null;
  paymentConditions: string | null;
  paymentPeriod: string | null;
}

export interface SnapshotAction {
  reference: string | null;
  title: string;
  operator: { name: string; siret: string | null; rna: string | null } | null;
  /** The code of the contract's item the action is attached to (an axe, an ambition, an objectif…). */
  frameworkCode: string | null;
  /** The top-level axis of that item, which the totals group by. */
  axis: { code: string | null; title: string } | null;
  communes: string[];
  quartiers: string[];
  status: ActionStatus;
  /** YYYY-MM-DD, as every date below. */
  startDate: string | null;
  endDate: string | null;
  description: string | null;
  fundings: SnapshotFunding[];
}

/** One programmation as the exports read it. */
export interface ProgrammationSnapshot {
  year: number;
  actions: SnapshotAction[];
}

export interface ExportTotal {
  code: string;
  label: string;
  actions: number;
  amount: string;
}

const NO_AXIS = 'Sans axe';
const NO_FUNDING = 'Sans financement';
const AMOUNT_FORMAT = '#,##0.00 €';
const AMOUNT_COLUMN = SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'amount') + 1;

function rowOf(action: SnapshotAction, funding: SnapshotFunding | null): SpreadsheetRow {
  return {
    reference: action.reference ?? '',
    title: action.title,
    operator: action.operator?.name ?? '',
    operatorSiret: action.operator?.siret ?? '',
    operatorRna: action.operator?.rna ?? '',
    frameworkCode: action.frameworkCode ?? '',
    communes: action.communes.join(' ; '),
    quartiers: action.quartiers.join(' ; '),
    status: ACTION_STATUS_LABELS[action.status],
    startDate: action.startDate ?? '',
    endDate: action.endDate ?? '',
    description: action.description ?? '',
    funder: funding?.funderName ?? '',
    amount: funding ? (normaliseDecimal(funding.amount) ?? funding.amount) : '',
    creditType: funding?.creditType ? CREDIT_TYPE_LABELS[funding.creditType] : '',
    fund: funding?.fund ?? '',
    conventionDate: funding?.conventionDate ?? '',
    decisionReference: funding?.decisionReference ?? '',
    paymentConditions: funding?.paymentConditions ?? '',
    paymentPeriod: funding?.paymentPeriod ?? '',
  };
}

/** One row per action and funder; an action without funding has one row, its funder cells empty. */
export const programmationRows = (snapshot: ProgrammationSnapshot): SpreadsheetRow[] =>
  snapshot.actions.flatMap((action) =>
    action.fundings.length === 0 ? [rowOf(action, null)] : action.fundings.map((f) => rowOf(action, f)),
  );

/** Exact totals of the funding lines grouped by a key, in the order keys first appear. */
function totalsBy(
  snapshot: ProgrammationSnapshot,
  keyOf: (action: SnapshotAction, funding: SnapshotFunding | null) => { code: string; label: string },
): ExportTotal[] {
  const groups = new Map<string, { code: string; label: string; actions: Set<SnapshotAction>; amounts: string[] }>();
  for (const action of snapshot.actions) {
    for (const funding of action.fundings.length === 0 ? [null] : action.fundings) {
      const { code, label } = keyOf(action, funding);
      const key = JSON.stringify([code, label]);
      const group = groups.get(key) ?? { code, label, actions: new Set(), amounts: [] };
      group.actions.add(action);
      if (funding) group.amounts.push(funding.amount);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => ({
    code: g.code,
    label: g.label,
    actions: g.actions.size,
    amount: sumAmounts(g.amounts) ?? '0.00',
  }));
}

export const totalsByAxis = (snapshot: ProgrammationSnapshot) =>
  totalsBy(snapshot, ({ axis }) => ({
    code: axis?.code ?? '',
    label: axis?.title ?? NO_AXIS,
  }));

export const totalsByFunder = (snapshot: ProgrammationSnapshot) =>
  totalsBy(snapshot, (_, funding) => ({ code: funding?.funderName ?? '', label: funding?.funderName ?? NO_FUNDING }));

const HEADER = SPREADSHEET_COLUMNS.map((c) => c.header);
const cellsOf = (row: SpreadsheetRow) => SPREADSHEET_COLUMNS.map((c) => neutraliseCell(row[c.key]));

/**
 * The programmation as CSV: UTF-8 with a BOM (Excel then reads the accents), the header and the rows
 * only — no totals nor blank line — so that the file re-imports as it is.
 */
export const programmationCsv = (snapshot: ProgrammationSnapshot): string =>
  '\uFEFF' + stringify([HEADER, ...programmationRows(snapshot).map(cellsOf)]);

function headed(sheet: ExcelJS.Worksheet, header: string[]) {
  sheet.addRow(header).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A totals sheet: its key columns (code and title, or a name), the number of actions, the amount. */
function addTotalsSheet(
  book: ExcelJS.Workbook,
  name: string,
  keyHeaders: string[],
  totals: ExportTotal[],
  actionCount: number,
) {
  const sheet = book.addWorksheet(name);
  const keys = (t: ExportTotal) => (keyHeaders.length === 2 ? [t.code, t.label] : [t.label]);
  headed(sheet, [...keyHeaders, 'Actions', 'Montant']);
  for (const t of totals) sheet.addRow([...keys(t).map(neutraliseCell), t.actions, +t.amount]);
  const blanks = keyHeaders.slice(1).map(() => '');
  sheet.addRow(['Total', ...blanks, actionCount, +(sumAmounts(totals.map((t) => t.amount)) ?? '0')]).font = {
    bold: true,
  };
  sheet.getColumn(keyHeaders.length + 2).numFmt = AMOUNT_FORMAT;
  sheet.getColumn(keyHeaders.length).width = 40;
}

/**
 * The programmation as XLSX: the same rows (amounts as numbers formatted in euros), then the totals by
 * axis and by funder. The numbers are the exact decimal strings read by Excel; only sums are computed here.
 */
export async function programmationXlsx(snapshot: ProgrammationSnapshot): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Programmation');
  headed(sheet, HEADER);
  for (const row of programmationRows(snapshot)) {
    const cells: (string | number)[] = cellsOf(row);
    if (row.amount !== '' && normaliseDecimal(row.amount) === row.amount) cells[AMOUNT_COLUMN - 1] = +row.amount;
    sheet.addRow(cells);
  }
  sheet.getColumn(AMOUNT_COLUMN).numFmt = AMOUNT_FORMAT;
  const actionCount = snapshot.actions.length;
  addTotalsSheet(book, 'Totaux par axe', ['Axe', 'Intitulé'], totalsByAxis(snapshot), actionCount);
  addTotalsSheet(book, 'Totaux par financeur', ['Financeur'], totalsByFunder(snapshot), actionCount);
  return Buffer.from(await book.xlsx.writeBuffer());
}
