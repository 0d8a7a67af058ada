import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { readSpreadsheet } from './spreadsheet-read.js';

const HEADER = 'Référence;Action;Porteur;Montant;Financeur;Date de début';

/** The French message readSpreadsheet refuses the file with. */
async function refusal(buffer: Buffer, filename: string): Promise<string> {
  const error = await readSpreadsheet(buffer, filename).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('BAD_USER_INPUT');
  return (error as DomainError).message;
}

async function xlsx(fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readSpreadsheet, CSV', () => {
  it('reads a French Excel CSV (semicolons, BOM, quoted cells) with the spreadsheet’s line numbers', async () => {
    const csv = `\uFEFF${HEADER}\r\n;"Atelier ""écriture""; suite";Centre social;12 500,50;ANCT;06/01/2025\r\n\r\n;Fête;Ville;;;\r\n`;
    const { rows } = await readSpreadsheet(Buffer.from(csv, 'utf8'), 'programmation.csv');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]!.cells).toMatchObject({
      title: 'Atelier "écriture"; suite',
      operator: 'Centre social',
      amount: '12 500,50',
      funder: 'ANCT',
      startDate: '06/01/2025',
      status: '',
    });
  });

  it('reads a comma-separated file without BOM, headers matched without case nor accents', async () => {
    const csv = 'ACTION, porteur ,montant,FINANCEUR,reference\n"Jardin, partagé",Asso,"1250.50",Ville,A-1\n';
    const { rows } = await readSpreadsheet(Buffer.from(csv, 'utf8'), 'export.CSV');
    expect(rows).toEqual([
      { line: 2, cells: expect.objectContaining({ title: 'Jardin, partagé', operator: 'Asso', amount: '1250.50' }) },
    ]);
    expect(rows[0]!.cells.reference).toBe('A-1');
  });

  it('falls back to Windows-1252 when the file is not UTF-8, and gives back neutralised cells', async () => {
    const csv = Buffer.from("Action;Porteur;Description\nCaf\xe9 des parents;Asso;'=1+1\n", 'latin1');
    const { rows } = await readSpreadsheet(csv, 'ancien.csv');
    expect(rows[0]!.cells).toMatchObject({ title: 'Café des parents', description: '=1+1' });
  });

  it('names the required headers that are missing, and refuses an empty or unreadable file', async () => {
    expect(await refusal(Buffer.from('Référence;Montant\n1;2\n'), 'a.csv')).toBe(
      'Colonnes obligatoires absentes de la première ligne : « Action », « Porteur ».',
    );
    expect(await refusal(Buffer.alloc(0), 'a.csv')).toBe('Le fichier est vide.');
    expect(await refusal(Buffer.from('Action;Porteur\n'), 'a.csv')).toBe(
      'Le fichier ne contient aucune ligne sous les en-têtes.',
    );
    expect(await refusal(Buffer.from('Action;Porteur\n"Fête;Asso\n'), 'a.csv')).toMatch(/^Fichier CSV illisible/);
    expect(await refusal(Buffer.from('Action;Action;Porteur\nA;B;C\n'), 'a.csv')).toBe(
      'La colonne « Action » apparaît deux fois dans l’en-tête.',
    );
  });

  it('refuses unknown formats, files over 5 MB and over 5 000 rows', async () => {
    expect(await refusal(Buffer.from('%PDF-1.4'), 'programmation.pdf')).toBe(
      'Format de fichier non reconnu : envoyez un fichier .xlsx ou .csv.',
    );
    expect(await refusal(Buffer.from('Action;Porteur'), 'programmation.xlsx')).toBe('Ce fichier .xlsx est illisible.');
    expect(await refusal(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'gros.csv')).toBe('Le fichier dépasse 5 Mo.');
    const many = 'Action;Porteur\n' + 'Atelier;Asso\n'.repeat(5001);
    expect(await refusal(Buffer.from(many), 'long.csv')).toMatch(/^Le fichier dépasse 5\s000 lignes/);
    const enough = 'Action;Porteur\n' + 'Atelier;Asso\n'.repeat(5000);
    expect((await readSpreadsheet(Buffer.from(enough), 'long.csv')).rows).toHaveLength(5000);
  });
});

describe('readSpreadsheet, XLSX', () => {
  it('reads the « Programmation » sheet, cells as the spreadsheet shows them', async () => {
    const file = await xlsx((book) => {
      book.addWorksheet('Notes').addRow(['Rien à lire ici']);
      const sheet = book.addWorksheet('programmation');
      sheet.addRow(['Action', 'Porteur', 'Montant', 'Date de début', 'SIRET du porteur', 'Axe', 'Description']);
      sheet.addRow([
        { richText: [{ text: 'Atelier ' }, { text: 'vélo', font: { bold: true } }] },
        { text: 'Asso', hyperlink: 'https://example.org' },
        0.1 + 0.2,
        new Date(Date.UTC(2025, 0, 6)),
        73282932000074,
        1.2,
        { formula: '"=" & "1"', result: '=1' },
      ]);
      sheet.getCell('C2').numFmt = '#,##0.00 "€"';
      sheet.addRow([]);
      sheet.addRow(['Fête', 'Ville', 12500.499999, null, null, 2]);
      sheet.getCell('C4').numFmt = '#,##0.00';
      sheet.addRow(['Forum', 'Ville', 12.345]);
    });
    const { rows } = await readSpreadsheet(file, 'sans-extension');
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(rows[0]!.cells).toMatchObject({
      title: 'Atelier vélo',
      operator: 'Asso',
      amount: '0.30',
      startDate: '2025-01-06',
      operatorSiret: '73282932000074',
      frameworkCode: '1.2',
      description: '=1',
    });
    expect(rows[1]!.cells).toMatchObject({ amount: '12500.50', startDate: '', frameworkCode: '2' });
    // Without a number format the cell shows every decimal: the import then refuses the third one.
    expect(rows[2]!.cells.amount).toBe('12.345');
  });

  it('reads the first sheet when none is named « Programmation », and names the missing headers', async () => {
    const file = await xlsx((book) => {
      book.addWorksheet('Feuil1').addRow(['Action', 'Montant']);
      book.getWorksheet('Feuil1')!.addRow(['Atelier', 10]);
    });
    expect(await refusal(file, 'p.xlsx')).toBe('Colonnes obligatoires absentes de la première ligne : « Porteur ».');
  });
});
