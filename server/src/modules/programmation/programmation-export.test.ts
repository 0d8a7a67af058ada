import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  programmationCsv,
  programmationRows,
  programmationXlsx,
  totalsByAxis,
  totalsByFunder,
  type ProgrammationSnapshot,
  type SnapshotAction,
  type SnapshotFunding,
} from './programmation-export.js';
import { SPREADSHEET_COLUMNS } from './spreadsheet-columns.js';

const funding = (funderName: string, amount: string, extra: Partial<SnapshotFunding> = {}): SnapshotFunding => ({
  funderName,
  amount,
  creditType: 'SPECIFIC',
  fund: 'BOP 147',
  conventionDate: '2024-06-24',
  decisionReference: 'DEL-2024-112',
  paymentConditions: 'unique',
  paymentPeriod: '2024-07-01',
  ...extra,
});

const action = (reference: string, extra: Partial<SnapshotAction> = {}): SnapshotAction => ({
  reference,
  title: `Action ${reference}`,
  operator: { name: 'Association Les Jardins', siret: '12345678900011', rna: 'W623001234' },
  frameworkCode: 'AMB1',
  axis: { code: 'AXE1', title: 'Cohésion sociale' },
  communes: ['Bruay-la-Buissière', 'Houdain'],
  quartiers: ['Quartier Nord'],
  status: 'FUNDED',
  startDate: '2024-01-15',
  endDate: '2024-12-31',
  description: 'Ateliers hebdomadaires',
  fundings: [],
  ...extra,
});

const snapshot: ProgrammationSnapshot = {
  year: 2024,
  actions: [
    action('A-1', { fundings: [funding('État', '0.10'), funding('Agglomération', '1250.50')] }),
    action('A-2', {
      title: '=HYPERLINK("http://evil.example","Voir")',
      fundings: [funding('État', '0.20', { creditType: 'DROIT_COMMUN', fund: null })],
    }),
    action('A-3', {
      frameworkCode: 'AXE2',
      axis: { code: 'AXE2', title: 'Emploi' },
      status: 'SUBMITTED',
      operator: null,
      startDate: null,
      description: '@SUM(1+1)',
    }),
    action('A-4', { frameworkCode: null, axis: null, fundings: [funding('Agglomération', '99.99')] }),
  ],
};

const HEADERS = SPREADSHEET_COLUMNS.map((c) => c.header);

describe('programmation exports', () => {
  it('writes one row per action and funder, an action without funding on one row with empty funder cells', () => {
    const rows = programmationRows(snapshot);
    expect(rows.map((r) => [r.reference, r.funder, r.amount])).toEqual([
      ['A-1', 'État', '0.10'],
      ['A-1', 'Agglomération', '1250.50'],
      ['A-2', 'État', '0.20'],
      ['A-3', '', ''],
      ['A-4', 'Agglomération', '99.99'],
    ]);
    expect(rows[0]).toMatchObject({
      status: 'Financée',
      creditType: 'Crédits spécifiques',
      communes: 'Bruay-la-Buissière ; Houdain',
      startDate: '2024-01-15',
      conventionDate: '2024-06-24',
    });
    expect(rows[2]?.creditType).toBe('Droit commun');
    expect(rows[3]).toMatchObject({ status: 'Déposée', operator: '', startDate: '', creditType: '', fund: '' });
  });

  it('totals exactly by axis and by funder (0.10 + 0.20 = 0.30)', () => {
    expect(totalsByAxis(snapshot)).toEqual([
      { code: 'AXE1', label: 'Cohésion sociale', actions: 2, amount: '1250.80' },
      { code: 'AXE2', label: 'Emploi', actions: 1, amount: '0.00' },
      { code: '', label: 'Sans axe', actions: 1, amount: '99.99' },
    ]);
    expect(totalsByFunder(snapshot)).toEqual([
      { code: 'État', label: 'État', actions: 2, amount: '0.30' },
      { code: 'Agglomération', label: 'Agglomération', actions: 2, amount: '1350.49' },
      { code: '', label: 'Sans financement', actions: 1, amount: '0.00' },
    ]);
  });

  it('gives a CSV of the header and the rows only, formulas neutralised, that reads back as the rows', () => {
    const csv = programmationCsv(snapshot);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).not.toMatch(/\n\n/);
    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual(HEADERS);
    expect(rows).toHaveLength(5);
    const expected = programmationRows(snapshot).map((r) => SPREADSHEET_COLUMNS.map((c) => r[c.key]));
    const title = SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'title');
    const description = SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'description');
    expect(rows[2]?.[title]).toBe(`'=HYPERLINK("http://evil.example","Voir")`);
    expect(rows[3]?.[description]).toBe("'@SUM(1+1)");
    for (const [i, row] of expected.entries()) {
      if (i === 2) row[title] = `'${row[title]}`;
      if (i === 3) row[description] = `'${row[description]}`;
    }
    expect(rows).toEqual(expected);
  });

  it('gives an XLSX whose cells read back with exceljs: amounts as euros, header bold and frozen, totals sheets', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await programmationXlsx(snapshot)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Programmation', 'Totaux par axe', 'Totaux par financeur']);

    const sheet = book.getWorksheet('Programmation')!;
    const values = (s: ExcelJS.Worksheet) =>
      s.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((v) => v ?? '')] : []));
    const amount = SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'amount');
    const expected = programmationRows(snapshot).map((r) =>
      SPREADSHEET_COLUMNS.map((c) => (c.key === 'amount' && r.amount !== '' ? Number(r.amount) : r[c.key])),
    );
    expected[2]![1] = `'=HYPERLINK("http://evil.example","Voir")`;
    expected[3]![SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'description')] = "'@SUM(1+1)";
    expect(values(sheet)).toEqual([HEADERS, ...expected]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const amountCell = sheet.getRow(3).getCell(amount + 1);
    expect(amountCell.type).toBe(ExcelJS.ValueType.Number);
    expect(amountCell.numFmt).toBe('#,##0.00 €');
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);

    expect(values(book.getWorksheet('Totaux par axe')!)).toEqual([
      ['Axe', 'Intitulé', 'Actions', 'Montant'],
      ['AXE1', 'Cohésion sociale', 2, 1250.8],
      ['AXE2', 'Emploi', 1, 0],
      ['', 'Sans axe', 1, 99.99],
      ['Total', '', 4, 1350.79],
    ]);
    expect(values(book.getWorksheet('Totaux par financeur')!)).toEqual([
      ['Financeur', 'Actions', 'Montant'],
      ['État', 2, 0.3],
      ['Agglomération', 2, 1350.49],
      ['Sans financement', 1, 0],
      ['Total', 4, 1350.79],
    ]);
  });
});
