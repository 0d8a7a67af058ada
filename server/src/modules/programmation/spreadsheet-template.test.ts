import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SPREADSHEET_COLUMNS } from './spreadsheet-columns.js';
import { readSpreadsheet } from './spreadsheet-read.js';
import { checkRows } from './spreadsheet-rows.js';
import { templateXlsx } from './spreadsheet-template.js';

describe('templateXlsx', () => {
  it('carries the headers in order, bold and frozen, and an « Aide » sheet for each column', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateXlsx()) as unknown as ArrayBuffer);
    const [sheet, help] = book.worksheets;
    expect(sheet!.name).toBe('Programmation');
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(SPREADSHEET_COLUMNS.map((c) => c.header));
    expect(sheet!.getRow(1).font?.bold).toBe(true);
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(help!.name).toBe('Aide');
    for (const [i, c] of SPREADSHEET_COLUMNS.entries()) {
      expect((help!.getRow(i + 2).values as unknown[]).slice(1)).toEqual([
        c.header,
        c.required ? 'oui' : 'non',
        c.help,
      ]);
    }
  });

  it('has an example row that imports without a problem', async () => {
    const { rows } = await readSpreadsheet(await templateXlsx(), 'modele.xlsx');
    const { actions, problems } = checkRows(rows);
    expect(problems).toEqual([]);
    expect(actions).toEqual([
      expect.objectContaining({
        title: 'Ateliers d’écriture au centre social',
        startDate: '2025-01-06',
        fundings: [
          expect.objectContaining({ amount: '12500.50', creditType: 'SPECIFIC', conventionDate: '2025-03-14' }),
        ],
      }),
    ]);
  });
});
