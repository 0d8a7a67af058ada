import { foldForMatch } from '../../shared/text.js';
import {
  CellProblem,
  quoted,
  readAmount,
  readCreditType,
  readDate,
  readName,
  readNameList,
  readPaymentConditions,
  readPeriod,
  readRna,
  readSiret,
  readStatus,
  readText,
  type ActionStatusCode,
  type CreditTypeCode,
} from './spreadsheet-cells.js';
import { SPREADSHEET_COLUMNS, type SpreadsheetColumnKey, type SpreadsheetRow } from './spreadsheet-columns.js';
import type { SheetLine } from './spreadsheet-read.js';

/** One funder's line of an action, read from one row. */
export interface ParsedFunding {
  line: number;
  funder: string;
  amount: string;
  creditType: CreditTypeCode | null;
  fund: string | null;
  conventionDate: string | null;
  decisionReference: string | null;
  paymentConditions: string | null;
  paymentPeriod: string | null;
}

/** What the rows of one action say about it (its cells agree across its rows: empty means « as above »). */
export interface ActionCells {
  reference: string | null;
  title: string;
  /** Null when the row names none: some published actions have no porteur. */
  operator: string | null;
  operatorSiret: string | null;
  operatorRna: string | null;
  frameworkCode: string | null;
  communes: string[];
  quartiers: string[];
  status: ActionStatusCode | null;
  startDate: string | null;
  endDate: string | null;
  description: string | null;
}

export interface ParsedAction extends Omit<ActionCells, 'status'> {
  /** The file's lines of this action, in order. */
  lines: number[];
  /** The line each action-level cell was read on, to name it in a later problem (an unknown commune…). */
  lineOf: Partial<Record<keyof ActionCells, number>>;
  status: ActionStatusCode;
  fundings: ParsedFunding[];
}

export interface RowProblem {
  line: number;
  /** The French header of the column. */
  column: string;
  message: string;
}

type Reader = (raw: string) => unknown;

/** How each column is read; action-level columns first, then the funding's. */
const READERS: Record<SpreadsheetColumnKey, Reader> = {
  reference: (raw) => readName(raw, 64),
  title: (raw) => readName(raw, 300),
  operator: (raw) => readName(raw, 200),
  operatorSiret: readSiret,
  operatorRna: readRna,
  frameworkCode: (raw) => readName(raw, 40),
  communes: (raw) => readNameList(raw, 200),
  quartiers: (raw) => readNameList(raw, 200),
  status: readStatus,
  startDate: readDate,
  endDate: readDate,
  description: (raw) => readText(raw, { max: 10_000 }),
  funder: (raw) => readName(raw, 200),
  amount: readAmount,
  creditType: readCreditType,
  fund: (raw) => readName(raw, 100),
  conventionDate: readDate,
  decisionReference: (raw) => readName(raw, 256),
  paymentConditions: readPaymentConditions,
  paymentPeriod: readPeriod,
};

const ACTION_KEYS = [
  'reference',
  'title',
  'operator',
  'operatorSiret',
  'operatorRna',
  'frameworkCode',
  'communes',
  'quartiers',
  'status',
  'startDate',
  'endDate',
  'description',
] as const satisfies readonly (keyof ActionCells)[];
const FUNDING_DETAIL_KEYS = [
  'creditType',
  'fund',
  'conventionDate',
  'decisionReference',
  'paymentConditions',
  'paymentPeriod',
] as const;
// Every required header must be there, but only the title is required in every row: a published
// action may name no porteur.
const REQUIRED = new Set<SpreadsheetColumnKey>(['title']);
const HEADER = Object.fromEntries(SPREADSHEET_COLUMNS.map((c) => [c.key, c.header])) as Record<
  SpreadsheetColumnKey,
  string
>;
const ORDER = new Map<string, number>(SPREADSHEET_COLUMNS.map((c, i) => [c.header, i]));

type RowValues = Partial<Record<SpreadsheetColumnKey, unknown>>;

/** A row whose every cell was read once; `values` holds the non-empty cells that read well. */
interface CheckedRow {
  line: number;
  cells: SpreadsheetRow;
  values: RowValues;
  bad: boolean;
}

/** An empty cell, or an empty list of names, says nothing. */
const isGiven = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Comparable form of an action-level value: case, accents and the order of names do not matter. */
const comparable = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((v: string) => foldForMatch(v))
        .sort()
        .join(';')
    : foldForMatch(String(value));

/**
 * Checks every cell of the rows once and groups them into actions (by Référence when given, else by
 * title and porteur). An action is returned only when none of its rows has a problem; every problem
 * is named by line and column, in French.
 */
export function checkRows(rows: readonly SheetLine[]): { actions: ParsedAction[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const report = (line: number, key: SpreadsheetColumnKey, reason: string) =>
    problems.push({ line, column: HEADER[key], message: `Ligne ${line}, colonne « ${HEADER[key]} » : ${reason}` });

  const groups = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const checked = checkRow(row, report);
    const { reference, title, operator } = checked.values as { reference?: string; title?: string; operator?: string };
    const key = reference
      ? `ref:${reference.toLowerCase()}`
      : title
        ? `name:${foldForMatch(title)}\u0000${foldForMatch(operator ?? '')}`
        : null;
    if (key) groups.set(key, [...(groups.get(key) ?? []), checked]);
  }

  const actions: ParsedAction[] = [];
  for (const group of groups.values()) {
    const before = problems.length;
    const action = mergeAction(group, report);
    if (problems.length === before && !group.some((r) => r.bad)) actions.push(action);
  }
  problems.sort((a, b) => a.line - b.line || (ORDER.get(a.column) ?? 0) - (ORDER.get(b.column) ?? 0));
  return { actions, problems };
}

type Report = (line: number, key: SpreadsheetColumnKey, reason: string) => void;

function checkRow({ line, cells }: SheetLine, report: Report): CheckedRow {
  const values: RowValues = {};
  let bad = false;
  const fail = (key: SpreadsheetColumnKey, reason: string) => {
    report(line, key, reason);
    bad = true;
  };
  for (const key of Object.keys(READERS) as SpreadsheetColumnKey[]) {
    const raw = cells[key];
    if (raw === '') {
      if (REQUIRED.has(key)) fail(key, 'valeur obligatoire');
      continue;
    }
    const value = READERS[key](raw);
    if (value instanceof CellProblem) fail(key, value.reason);
    else values[key] = value;
  }
  const { startDate, endDate } = values as { startDate?: string; endDate?: string };
  if (startDate && endDate && endDate < startDate) {
    fail('endDate', `la fin (${quoted(cells.endDate)}) précède le début (${quoted(cells.startDate)})`);
  }
  if (cells.operator === '') {
    for (const key of ['operatorSiret', 'operatorRna'] as const)
      if (cells[key] !== '') fail(key, 'renseigné sans porteur');
  }
  // A funding needs both its funder and its amount; its other cells say nothing without a funder.
  if (cells.funder === '') {
    if (cells.amount !== '') fail('funder', `financeur manquant pour le montant ${quoted(cells.amount)}`);
    for (const key of FUNDING_DETAIL_KEYS) if (cells[key] !== '') fail(key, 'renseigné sans financeur');
  } else if (cells.amount === '') {
    fail('amount', `montant manquant pour le financeur ${quoted(cells.funder)}`);
  }
  return { line, cells, values, bad };
}

/** One action from its rows: action-level cells must agree, and a funder appears once. */
function mergeAction(group: CheckedRow[], report: Report): ParsedAction {
  const merged: Partial<Record<keyof ActionCells, unknown>> = {};
  const lineOf: ParsedAction['lineOf'] = {};
  const fundings: ParsedFunding[] = [];
  for (const row of group) {
    for (const key of ACTION_KEYS) {
      const value = row.values[key];
      if (!isGiven(value)) continue;
      const first = lineOf[key];
      if (first === undefined) {
        merged[key] = value;
        lineOf[key] = row.line;
      } else if (comparable(value) !== comparable(merged[key])) {
        const earlier = group.find((r) => r.line === first)!.cells[key];
        report(
          row.line,
          key,
          `${quoted(row.cells[key])} diffère de la ligne ${first} (${quoted(earlier)}) pour la même action`,
        );
      }
    }
    const funder = row.values.funder as string | undefined;
    if (!funder || row.values.amount === undefined) continue;
    const twice = fundings.find((f) => foldForMatch(f.funder) === foldForMatch(funder));
    if (twice) {
      report(row.line, 'funder', `le financeur ${quoted(funder)} figure déjà ligne ${twice.line} pour cette action`);
      continue;
    }
    const detail = (key: (typeof FUNDING_DETAIL_KEYS)[number]) => (row.values[key] as string | undefined) ?? null;
    fundings.push({
      line: row.line,
      funder,
      amount: row.values.amount as string,
      creditType: detail('creditType') as CreditTypeCode | null,
      fund: detail('fund'),
      conventionDate: detail('conventionDate'),
      decisionReference: detail('decisionReference'),
      paymentConditions: detail('paymentConditions'),
      paymentPeriod: detail('paymentPeriod'),
    });
  }
  const { startDate, endDate } = merged as { startDate?: string; endDate?: string };
  if (startDate && endDate && endDate < startDate && lineOf.endDate !== lineOf.startDate) {
    report(lineOf.endDate!, 'endDate', `la fin précède le début donné ligne ${lineOf.startDate}`);
  }
  const text = (key: keyof ActionCells) => (merged[key] as string | undefined) ?? null;
  return {
    lines: group.map((r) => r.line),
    lineOf,
    reference: text('reference'),
    title: merged.title as string,
    operator: text('operator'),
    operatorSiret: text('operatorSiret'),
    operatorRna: text('operatorRna'),
    frameworkCode: text('frameworkCode'),
    communes: (merged.communes as string[] | undefined) ?? [],
    quartiers: (merged.quartiers as string[] | undefined) ?? [],
    status: (merged.status as ActionStatusCode | undefined) ?? 'FUNDED',
    startDate: text('startDate'),
    endDate: text('endDate'),
    description: text('description'),
    fundings,
  };
}
