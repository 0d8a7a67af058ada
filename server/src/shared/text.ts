/**
 * The one rule for text entering the platform (GraphQL inputs, URL segments, file names): well-formed
 * Unicode, no NUL or other control characters but tab and newline, a maximum length, and for names
 * shown to others one line without bidirectional overrides nor only invisible characters.
 * Each function answers the French reason a value is refused, or null when it is acceptable.
 */
export interface TextRule {
  /** Maximum length, in characters (code points). */
  max: number;
  /** A name shown to others (pseudonym, council…): one line, no bidi override, something visible. */
  name?: boolean;
}

// C0 controls but tab (09) and newline (0A), DEL and C1 controls. CR is normalised away before.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Embeddings, overrides and isolates, and the marks that reorder text around them.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// What renders as nothing: spaces, format characters (zero-width…), Hangul fillers, braille blank.
const INVISIBLE = /[\s\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** CRLF and lone CR become LF, as textareas and files from every system send them. */
export function normaliseNewlines(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

function length(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

export function textProblem(value: string, rule: TextRule): string | null {
  if (LONE_SURROGATE.test(value)) return 'texte mal encodé';
  if (CONTROL.test(value)) return 'caractère de contrôle interdit';
  // Code points never outnumber UTF-16 units: count them only when the quick bound is exceeded.
  if (value.length > rule.max && length(value) > rule.max) return `texte trop long (${rule.max} caractères au plus)`;
  if (rule.name) {
    if (/[\n\t]/.test(value)) return 'une seule ligne attendue';
    if (BIDI.test(value)) return "caractère d'inversion du sens d'écriture interdit";
    if (value.length > 0 && value.replace(INVISIBLE, '') === '') return 'caractères visibles attendus';
  }
  return null;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Territory codes are letters, digits, - or _ (as the import accepts them): anything else names none. */
export function isTerritoryCode(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,40}$/.test(value);
}

/**
 * « Centre  Social É. Zola » → `centre social e. zola`: how names typed by people in different files
 * (headers, communes, funders) are compared, without regard to case, accents or repeated spaces.
 */
export function foldForMatch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
