/**
 * French typography shared by the portal and the console: plural agreement, dates with « 1er »,
 * and « de » elided before a vowel or a mute h.
 */

const numbers = new Intl.NumberFormat('fr-FR');

/**
 * A count with its noun agreed: « 0 jour », « 1 jour », « 36 jours ». In French, 0 and 1 (and any
 * quantity below 2, such as 1,5) take the singular.
 */
export function plural(n: number, singular: string, pluralForm: string): string {
  return `${numbers.format(n)} ${Math.abs(n) < 2 ? singular : pluralForm}`;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date in words: « mardi 1er décembre 2025 ». A calendar date (`2025-12-01`) is read as written; an
 * instant (a `Date` or an ISO date-time) is read in Paris time. The first of the month is « 1er ».
 */
export function frenchDate(
  value: Date | string,
  { weekday = true, year = true }: { weekday?: boolean; year?: boolean } = {},
): string {
  const calendar = typeof value === 'string' && CALENDAR_DATE.test(value);
  const date = calendar ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const parts = new Intl.DateTimeFormat('fr-FR', {
    weekday: weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: year ? 'numeric' : undefined,
    timeZone: calendar ? 'UTC' : 'Europe/Paris',
  }).formatToParts(date);
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/**
 * Place names whose initial h is aspirated (no elision: « de Harnes »). Every other h is taken as
 * mute (« d’Hénin-Beaumont »), the more common case in the territories' communes; the list is
 * compared with the name's first word, without accents or case.
 */
const ASPIRATED_H = new Set(['hem', 'haisnes', 'hulluch', 'harnes', 'hersin', 'houdain', 'hesdin', 'hondschoote']);

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** « de » before a name: « de Béthune », « d’Auchel », « d’Hénin-Beaumont », « de Harnes », « du Portel ». */
export function deOf(name: string): string {
  const trimmed = name.trim();
  const [first = '', rest = ''] = trimmed.split(/\s+(.*)/s);
  const article = first.toLowerCase();
  if (rest && article === 'le') return `du ${rest}`;
  if (rest && article === 'les') return `des ${rest}`;
  const word = fold(first.split('-')[0] ?? '');
  const initial = word.charAt(0);
  const elides = /[aeiouyœæ]/.test(initial) || (initial === 'h' && !ASPIRATED_H.has(word));
  return elides ? `d’${trimmed}` : `de ${trimmed}`;
}
