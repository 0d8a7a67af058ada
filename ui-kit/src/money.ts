/**
 * Amounts arrive from the API as exact decimal strings ("1250.50", scalar Decimal). They are shown
 * in French, added in integer cents, and read back from what people type, never through floats.
 */
const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;
const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const withCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

/** « 1 250 € », or « 1 250,50 € » when there are cents; « — » when unknown. */
export function formatEuros(value: string | null | undefined): string {
  if (value == null || !DECIMAL.test(value)) return '—';
  // Below 2^53 cents a double holds every cent exactly: formatting does not round.
  const n = Number(value);
  return (Number.isInteger(n) ? wholeEuros : withCents).format(n);
}

/** « 12 500,50 € », « 12500.5 » → "12500.50"; null when it is not an amount. */
export function parseEuros(text: string): string | null {
  const compact = text
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(',', '.')
    .replace(/^\+/, '');
  if (!DECIMAL.test(compact)) return null;
  const negative = compact.startsWith('-');
  const [units = '0', fraction = ''] = (negative ? compact.slice(1) : compact).split('.');
  return `${negative ? '-' : ''}${BigInt(units)}.${(fraction + '00').slice(0, 2)}`;
}

/** The exact sum of decimal strings, as a decimal string. */
export function sumEuros(values: readonly (string | null | undefined)[]): string {
  let cents = 0n;
  for (const v of values) if (v != null && DECIMAL.test(v)) cents += toCents(v);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** For sorting and charts: the amount as a number (exact to the cent below 90 000 billion euros). */
export const eurosValue = (value: string | null | undefined): number => (value == null ? 0 : Number(value));

function toCents(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [units = '0', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const cents = BigInt(units) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -cents : cents;
}

/** a − b, exact, as a decimal string: the gap between a printed figure and the sum of its lines. */
export function subtractEuros(a: string, b: string): string {
  return sumEuros([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
}
