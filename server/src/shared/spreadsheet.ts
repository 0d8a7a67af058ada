/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) read a cell that begins with `=`, `+`, `-` or `@`
 * (a tab or a carriage return before one works too) as a formula: text written by people, such as an
 * avis, could then open links or send other cells away (« CSV injection »). A leading apostrophe
 * keeps such a cell text. Every cell of a CSV or spreadsheet the platform writes goes through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** The cell as it was before `neutraliseCell`, so that a file the platform wrote reads back unchanged. */
export const restoreCell = (value: string): string =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
