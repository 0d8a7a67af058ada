/**
 * The check digit of a SIRET (14 digits), as INSEE computes it: a Luhn key, except for La Poste's
 * establishments (SIREN 356 000 000), whose digits add up to a multiple of 5. The console checks it
 * as staff type, the server where the number enters (form or spreadsheet).
 */
export function isSiret(digits: string): boolean {
  if (!/^\d{14}$/.test(digits)) return false;
  const values = [...digits].map(Number);
  if (digits.startsWith('356000000')) return values.reduce((a, b) => a + b, 0) % 5 === 0;
  const sum = values.reduce((total, d, i) => total + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return sum % 10 === 0;
}
