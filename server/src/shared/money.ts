/**
 * Money is exact: amounts travel as decimal strings with two decimals ("1250.50"), the way PostgreSQL
 * `numeric(14,2)` gives them, and are added in integer cents (BigInt), never in floating point.
 */
const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

/** "1250.5", "1 250,50 €", "1250" → "1250.50"; null when it is not an amount. */
export function normaliseDecimal(input: string): string | null {
  const compact = input
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(',', '.')
    .replace(/^\+/, '');
  if (!DECIMAL.test(compact)) return null;
  return fromCents(toCents(compact));
}

/** Cents of a well-formed decimal string. */
export function toCents(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [units = '0', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const cents = BigInt(units) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -cents : cents;
}

/** "1250.50" from 125050n. */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${fraction}`;
}

/** The exact sum of the known amounts; null when none is known. */
export function sumAmounts(values: readonly (string | null | undefined)[]): string | null {
  let total = 0n;
  let any = false;
  for (const v of values) {
    if (v == null) continue;
    total += toCents(v);
    any = true;
  }
  return any ? fromCents(total) : null;
}

/** a − b, exact; null when either is unknown. */
export const differenceOf = (a: string | null, b: string | null): string | null =>
  a !== null && b !== null ? fromCents(toCents(a) - toCents(b)) : null;
