import ExcelJS from 'exceljs';
import {
  SPREADSHEET_COLUMNS,
  type SpreadsheetColumnKey,
} from '../../server/src/modules/programmation/spreadsheet-columns.js';
import { fromCents } from '../../server/src/shared/money.js';

/**
 * A programmation workbook as staff would fill it in, over what `seedTerritory` creates (its communes,
 * quartiers, contract tree and funders; see server/test/factories.ts): one row per action and funder,
 * the headers of SPREADSHEET_COLUMNS. With `spoiled`, three cells of three one-row actions are wrong
 * (an unreadable Montant, an end date before its start, an unknown Axe code); without, the same file
 * fixed. The expected figures come with it, so a test checks the platform's sums against its own.
 */

const COMMUNES = ['Auchel', 'Béthune', 'Nœux-les-Mines'] as const;
/** The quartier lying in each commune of the seeded territory. */
const QUARTIER_OF: Record<(typeof COMMUNES)[number], string> = {
  Auchel: 'Cité 3',
  Béthune: 'Mont-Liébaut',
  'Nœux-les-Mines': 'Cité 3',
};
/** Items of the seeded tree, with the top-level axe each belongs to. */
const ITEMS = [
  { code: 'AMB1', axe: 'AXE1' },
  { code: 'AMB2', axe: 'AXE1' },
  { code: 'AMB3', axe: 'AXE2' },
  { code: 'AXE2', axe: 'AXE2' },
] as const;
/** The seeded funders, and one the import creates. */
export const WORKBOOK_FUNDERS = ['ANCT « BOP 147 »', 'Région', 'Commune', 'Caisse d’allocations familiales'] as const;
const THEMES = [
  'Aide aux devoirs',
  'Santé des jeunes',
  'Atelier numérique',
  'Jardin partagé',
  'Sport au pied des tours',
];

export interface SpoiledCell {
  /** The spreadsheet's line (the header is line 1). */
  line: number;
  /** The French header of the column. */
  column: string;
}

export interface ProgrammationWorkbook {
  buffer: Buffer;
  /** The cells made wrong (empty without `spoiled`), in line order. */
  spoiled: SpoiledCell[];
  /** Number of data rows (action × funder). */
  rows: number;
  /** What the public sees of the fixed file once published: funded actions only, exact decimal strings. */
  funded: { actions: number; total: string; byAxe: Record<string, string>; byFunder: Record<string, string> };
}

const header = (key: SpreadsheetColumnKey) => SPREADSHEET_COLUMNS.find((c) => c.key === key)!.header;
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

export async function programmationWorkbook({
  actions,
  year,
  spoiled = false,
  raised,
}: {
  actions: number;
  year: number;
  spoiled?: boolean;
  /** The action (0-based) whose first funding is 100 € more, for a file that updates one action. */
  raised?: number;
}): Promise<ProgrammationWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Programmation');
  sheet.columns = SPREADSHEET_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    style: c.key === 'amount' ? { numFmt: '#,##0.00' } : /Date$/.test(c.key) ? { numFmt: 'dd/mm/yyyy' } : {},
  }));

  const cents = { total: 0n, byAxe: new Map<string, bigint>(), byFunder: new Map<string, bigint>() };
  const add = (map: Map<string, bigint>, key: string, value: bigint) => map.set(key, (map.get(key) ?? 0n) + value);
  // Three actions spread through the file, odd-numbered so each has one row, with one wrong cell.
  const spoilAt = new Map<number, SpreadsheetColumnKey>([
    [2 * Math.floor(actions / 12) + 1, 'amount'],
    [2 * Math.floor(actions / 4) + 1, 'endDate'],
    [2 * Math.floor((actions * 5) / 12) + 1, 'frameworkCode'],
  ]);
  const spoiledCells: SpoiledCell[] = [];
  let funded = 0;

  for (let i = 0; i < actions; i++) {
    const commune = COMMUNES[i % COMMUNES.length]!;
    const item = ITEMS[i % ITEMS.length]!;
    // Every tenth action is still an application: the public figures leave it out.
    const status = i % 10 === 9 ? 'Déposée' : 'Financée';
    const spoil = spoiled ? spoilAt.get(i) : undefined;
    // Even-numbered actions have a second funder, on a second row.
    const funders = i % 2 === 0 ? [i % 3, 3] : [i % 3];
    const action = {
      title: `${THEMES[i % THEMES.length]} n° ${String(i + 1).padStart(3, '0')}`,
      operator: `Association des habitants ${1 + (i % 12)}`,
      frameworkCode: spoil === 'frameworkCode' ? 'AXE9' : item.code,
      communes: commune,
      quartiers: i % 3 === 2 ? '' : QUARTIER_OF[commune],
      status,
      startDate: day(year, 1 + (i % 6), 1 + (i % 28)),
      endDate: spoil === 'endDate' ? day(year - 1, 12, 1) : day(year, 12, 31),
      description: `Action n° ${i + 1} du quartier, pour les habitants.`,
    };
    funders.forEach((f, n) => {
      const amountCents = BigInt(
        100_000 + i * 1_037 + n * 50_000 + (i % 4) * 25 + (i === raised && n === 0 ? 10_000 : 0),
      );
      const funder = WORKBOOK_FUNDERS[f]!;
      const row = sheet.addRow({
        ...action,
        funder,
        amount: spoil === 'amount' ? '12,5,0' : Number(amountCents) / 100,
        creditType: f === 0 ? 'Crédits spécifiques' : 'Droit commun',
        fund: f === 0 ? 'BOP 147' : '',
      });
      if (spoil) spoiledCells.push({ line: row.number, column: header(spoil) });
      if (status !== 'Financée') return;
      cents.total += amountCents;
      add(cents.byAxe, item.axe, amountCents);
      add(cents.byFunder, funder, amountCents);
    });
    if (status === 'Financée') funded++;
  }

  const decimals = (map: Map<string, bigint>) =>
    Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, fromCents(v)]));
  return {
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    spoiled: spoiledCells,
    rows: sheet.rowCount - 1,
    funded: {
      actions: funded,
      total: fromCents(cents.total),
      byAxe: decimals(cents.byAxe),
      byFunder: decimals(cents.byFunder),
    },
  };
}
