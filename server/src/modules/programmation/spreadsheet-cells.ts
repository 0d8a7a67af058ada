import { isSiret } from '../../../../ui-kit/src/identifiers.js';
import { normaliseDecimal } from '../../shared/money.js';
import { foldForMatch, textProblem, type TextRule } from '../../shared/text.js';
import { ACTION_STATUS_LABELS, CREDIT_TYPE_LABELS } from './spreadsheet-columns.js';

/**
 * How each cell of the programmation spreadsheet is read. A reader answers the value, normalised
 * (dates as AAAA-MM-JJ, amounts as "12500.50", labels as codes), or a `CellProblem` with the French
 * reason, quoting the cell as it was typed.
 */
export class CellProblem {
  constructor(readonly reason: string) {}
}

export type ActionStatusCode = keyof typeof ACTION_STATUS_LABELS;
export type CreditTypeCode = keyof typeof CREDIT_TYPE_LABELS;

/** The cell quoted in a message, cut when long so the message stays readable. */
export const quoted = (raw: string) => `« ${[...raw].length > 40 ? [...raw].slice(0, 40).join('') + '…' : raw} »`;

/** Free text (a description): well-formed, no control character, at most `max` characters. */
export function readText(raw: string, rule: TextRule): string | CellProblem {
  const problem = textProblem(raw, rule);
  return problem ? new CellProblem(problem) : raw;
}

/** A name (action, porteur, financeur, commune…): one visible line. */
export const readName = (raw: string, max: number) => readText(raw, { max, name: true });

export function readSiret(raw: string): string | CellProblem {
  const digits = raw.replace(/[\s\u00a0\u202f.]/g, '');
  if (!/^\d{14}$/.test(digits)) return new CellProblem(`SIRET attendu sur 14 chiffres (${quoted(raw)})`);
  return isSiret(digits)
    ? digits
    : new CellProblem(`SIRET invalide, la clé de contrôle ne correspond pas (${quoted(raw)})`);
}

export function readRna(raw: string): string | CellProblem {
  const rna = raw.toUpperCase();
  return /^W\d{9}$/.test(rna)
    ? rna
    : new CellProblem(`RNA attendu sous la forme W suivi de 9 chiffres (${quoted(raw)})`);
}

/** A real calendar day written JJ/MM/AAAA or AAAA-MM-JJ, as AAAA-MM-JJ. */
export function readDate(raw: string): string | CellProblem {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const parts = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return new CellProblem(`date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ (${quoted(raw)})`);
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Date.UTC carries 31/02 over to March: a day that comes back different does not exist.
  const real = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
  return real ? text : new CellProblem(`cette date n’existe pas (${quoted(raw)})`);
}

/** A payment period: AAAA-MM-JJ or AAAA-MM-JJ/AAAA-MM-JJ, the second day not before the first. */
export function readPeriod(raw: string): string | CellProblem {
  const parts = raw.split('/');
  const wrongForm = new CellProblem(`période attendue au format AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ (${quoted(raw)})`);
  if (parts.length > 2 || !parts.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.trim()))) return wrongForm;
  const days = parts.map((p) => readDate(p.trim()));
  const problem = days.find((d) => d instanceof CellProblem);
  if (problem) return problem;
  const [first, last = first] = days as [string, ...string[]];
  if (last < first) return new CellProblem(`la période finit avant de commencer (${quoted(raw)})`);
  return days.join('/');
}

/** An amount in euros, ≥ 0, two decimals at most: « 12 500,50 » → "12500.50". */
export function readAmount(raw: string): string | CellProblem {
  const amount = normaliseDecimal(raw);
  if (amount === null) {
    const tooPrecise = /^\d+[.,]\d{3,}$/.test(raw.replace(/[\s\u00a0\u202f€]/g, ''));
    return new CellProblem(`${tooPrecise ? 'deux décimales au plus' : 'montant illisible'} (${quoted(raw)})`);
  }
  return amount.startsWith('-') ? new CellProblem(`montant négatif (${quoted(raw)})`) : amount;
}

/** A label of the spreadsheet (« Financée », « financee ») as its code. */
function readLabel<C extends string>(labels: Record<C, string>, what: string) {
  const byFolded = new Map(Object.entries<string>(labels).map(([code, label]) => [foldForMatch(label), code as C]));
  const expected = Object.values<string>(labels).join(', ');
  return (raw: string): C | CellProblem =>
    byFolded.get(foldForMatch(raw)) ?? new CellProblem(`${what} inconnu (${quoted(raw)}) ; attendu : ${expected}`);
}

export const readStatus = readLabel<ActionStatusCode>(ACTION_STATUS_LABELS, 'statut');
export const readCreditType = readLabel<CreditTypeCode>(CREDIT_TYPE_LABELS, 'type de crédit');

/** « Unique », « echelonne » → the SCDL words; any other condition is kept as written (SCDL « autre »). */
export function readPaymentConditions(raw: string): string | CellProblem {
  const known = ['unique', 'échelonné', 'autre'].find((word) => foldForMatch(word) === foldForMatch(raw));
  return known ?? readName(raw, 256);
}

/** Names separated by semicolons (communes, quartiers), each read as a name, duplicates dropped. */
export function readNameList(raw: string, max: number): string[] | CellProblem {
  const names: string[] = [];
  for (const part of raw.split(';')) {
    const name = part.trim();
    if (name === '' || names.some((n) => foldForMatch(n) === foldForMatch(name))) continue;
    const read = readName(name, max);
    if (read instanceof CellProblem) return read;
    names.push(read);
  }
  return names;
}
