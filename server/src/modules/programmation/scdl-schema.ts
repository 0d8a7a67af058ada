import { parse } from 'csv-parse/sync';

/**
 * The rules of the SCDL « Subventions » Table Schema 2.1.1 (OpenDataFrance, schema.data.gouv.fr), column
 * by column. The validator reads a CSV text back with its own parser and applies them, so a test proves
 * the file itself and not what the writer meant to write.
 */
export const SCDL_SCHEMA = {
  name: 'scdl-subventions',
  title: 'SCDL Subventions',
  version: '2.1.1',
  url: 'https://schema.data.gouv.fr/scdl/subventions/2.1.1/',
} as const;

export const SCDL_COLUMNS = [
  'nomAttribuant',
  'idAttribuant',
  'dateConvention',
  'referenceDecision',
  'nomBeneficiaire',
  'idBeneficiaire',
  'rnaBeneficiaire',
  'objet',
  'montant',
  'nature',
  'conditionsVersement',
  'datesPeriodeVersement',
  'idRAE',
  'notificationUE',
  'pourcentageSubvention',
  'dispositifAide',
] as const;

export type ScdlColumn = (typeof SCDL_COLUMNS)[number];

/** The French reason a non-empty value breaks the column's rule, or null. */
type Check = (value: string) => string | null;

interface ColumnRule {
  required: boolean;
  check?: Check;
}

const SIRET = /^\d{14}$/;
const RNA = /^W\d{9}$/;
const DECIMAL_WITH_POINT = /^\d+(\.\d+)?$/;

export const SCDL_NATURES = ['aide en numéraire', 'aide en nature'] as const;
export const SCDL_PAYMENT_CONDITIONS = ['unique', 'échelonné', 'autre'] as const;

const codePoints = (value: string) => [...value].length;

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const matching =
  (pattern: RegExp, problem: string): Check =>
  (value) =>
    pattern.test(value) ? null : problem;

const oneOf =
  (allowed: readonly string[]): Check =>
  (value) =>
    allowed.includes(value) ? null : `valeur non autorisée (${allowed.map((a) => `« ${a} »`).join(', ')} attendu)`;

const shorterThan =
  (limit: number): Check =>
  (value) =>
    codePoints(value) < limit ? null : `texte trop long (moins de ${limit} caractères attendus)`;

const date: Check = (value) => (isCalendarDate(value) ? null : 'date attendue au format AAAA-MM-JJ');

const dateOrPeriod: Check = (value) => {
  const [start = '', end, ...rest] = value.split('/');
  if (rest.length > 0 || !isCalendarDate(start) || (end !== undefined && !isCalendarDate(end)))
    return 'date AAAA-MM-JJ ou période AAAA-MM-JJ/AAAA-MM-JJ attendue';
  return end !== undefined && end < start ? 'la période finit avant de commencer' : null;
};

const nature: Check = (value) => {
  const parts = value.split(';');
  const known = parts.every((p) => (SCDL_NATURES as readonly string[]).includes(p));
  return known && new Set(parts).size === parts.length
    ? null
    : '« aide en numéraire », « aide en nature » ou les deux séparées par « ; » attendu';
};

/** A decimal between 0.01 and 1, compared exactly on its digits. */
const share: Check = (value) => {
  if (!DECIMAL_WITH_POINT.test(value)) return 'nombre décimal avec un point attendu (ex. 1.00)';
  const [units, fraction = ''] = value.split('.');
  const digits = Math.max(2, fraction.length);
  const scaled = BigInt(units + fraction.padEnd(digits, '0'));
  const one = 10n ** BigInt(digits);
  return scaled * 100n >= one && scaled <= one ? null : 'pourcentage entre 0.01 et 1 attendu';
};

const RULES: Record<ScdlColumn, ColumnRule> = {
  nomAttribuant: { required: true },
  idAttribuant: { required: true, check: matching(SIRET, 'SIRET de 14 chiffres attendu') },
  dateConvention: { required: true, check: date },
  referenceDecision: { required: false },
  nomBeneficiaire: { required: true },
  idBeneficiaire: {
    required: false,
    check: (v) => (SIRET.test(v) || RNA.test(v) ? null : 'SIRET de 14 chiffres (ou RNA pour une association) attendu'),
  },
  rnaBeneficiaire: { required: false, check: matching(RNA, 'RNA attendu (W suivi de 9 chiffres)') },
  objet: { required: true, check: shorterThan(256) },
  montant: {
    required: true,
    check: matching(DECIMAL_WITH_POINT, 'montant décimal avec un point attendu (ex. 47800.20)'),
  },
  nature: { required: true, check: nature },
  conditionsVersement: { required: true, check: oneOf(SCDL_PAYMENT_CONDITIONS) },
  datesPeriodeVersement: { required: true, check: dateOrPeriod },
  idRAE: { required: false, check: shorterThan(5) },
  notificationUE: { required: true, check: oneOf(['oui', 'non']) },
  pourcentageSubvention: { required: true, check: share },
  dispositifAide: { required: false },
};

/** Why a cell breaks its column's rule ('valeur obligatoire manquante' when empty and required), or null. */
export function scdlCellProblem(column: ScdlColumn, value: string): string | null {
  const rule = RULES[column];
  if (value.trim() === '') return rule.required ? 'valeur obligatoire manquante' : null;
  return rule.check?.(value) ?? null;
}

function headerProblems(header: string[]): string[] {
  const problems: string[] = [];
  SCDL_COLUMNS.forEach((expected, i) => {
    if (header[i] === undefined) problems.push(`En-tête : colonne ${i + 1} « ${expected} » absente.`);
    else if (header[i] !== expected)
      problems.push(`En-tête : colonne ${i + 1} « ${expected} » attendue, « ${header[i]} » trouvée.`);
  });
  for (const extra of header.slice(SCDL_COLUMNS.length)) problems.push(`En-tête : colonne « ${extra} » en trop.`);
  return problems;
}

/** Every way the CSV text breaks the schema, in French; an empty list for a valid file. */
export function validateScdlCsv(csvText: string): string[] {
  let records: string[][];
  try {
    records = parse(csvText, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    return [`Fichier CSV illisible : ${(error as Error).message}`];
  }
  const [header, ...rows] = records;
  if (!header) return ['Fichier vide : la ligne d’en-tête manque.'];
  const problems = headerProblems(header);
  // Misplaced columns would make every cell below look wrong: the header is reported alone.
  if (problems.length > 0) return problems;
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length !== SCDL_COLUMNS.length) {
      problems.push(`Ligne ${line} : ${SCDL_COLUMNS.length} valeurs attendues, ${row.length} trouvées.`);
      return;
    }
    SCDL_COLUMNS.forEach((column, i) => {
      const problem = scdlCellProblem(column, row[i] ?? '');
      if (problem) problems.push(`Ligne ${line}, ${column} : ${problem} (reçu « ${row[i]} »).`);
    });
  });
  return problems;
}
