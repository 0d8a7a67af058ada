import ExcelJS from 'exceljs';
import { SPREADSHEET_COLUMNS, type SpreadsheetColumnKey } from './spreadsheet-columns.js';

/** One action as staff would type it, so the template shows each column filled in (it imports cleanly). */
const EXAMPLE: Partial<Record<SpreadsheetColumnKey, string | number | Date>> = {
  title: 'Ateliers d’écriture au centre social',
  operator: 'Association Les Mots du Quartier',
  operatorSiret: '73282932000074',
  operatorRna: 'W622001234',
  frameworkCode: '1.2',
  communes: 'Béthune',
  quartiers: 'Le Mont-Liébaut',
  status: 'Financée',
  startDate: new Date(Date.UTC(2025, 0, 6)),
  endDate: new Date(Date.UTC(2025, 11, 19)),
  description: 'Douze ateliers pour les habitants du quartier, restitution publique en juin.',
  funder: 'État (ANCT)',
  amount: 12500.5,
  creditType: 'Crédits spécifiques',
  fund: 'BOP 147',
  conventionDate: new Date(Date.UTC(2025, 2, 14)),
  decisionReference: 'DEL-2025-042',
  paymentConditions: 'échelonné',
  paymentPeriod: '2025-04-01/2025-12-31',
};

const DATE_FORMAT = 'dd/mm/yyyy';
const AMOUNT_FORMAT = '#,##0.00';

/**
 * The file staff download from the import page: the columns the import reads, in the export's order,
 * one example row, and an « Aide » sheet saying what each column holds.
 */
export async function templateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Programmation');
  sheet.columns = SPREADSHEET_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(14, c.header.length + 4),
    style: c.key === 'amount' ? { numFmt: AMOUNT_FORMAT } : /Date$/i.test(c.key) ? { numFmt: DATE_FORMAT } : {},
  }));
  sheet.addRow(EXAMPLE);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const help = workbook.addWorksheet('Aide');
  help.columns = [
    { header: 'Colonne', width: 28 },
    { header: 'Obligatoire', width: 12 },
    { header: 'Contenu', width: 70 },
  ];
  for (const c of SPREADSHEET_COLUMNS) help.addRow([c.header, c.required ? 'oui' : 'non', c.help]);
  help.addRow([]);
  help.addRow(['Une ligne par action et par financeur : répétez l’action sur chaque ligne de ses financeurs.']);
  help.getRow(1).font = { bold: true };
  help.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
