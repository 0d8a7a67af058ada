import { TZDate } from '@date-fns/tz';

/**
 * The event form's `datetime-local` inputs hold a wall-clock time with no zone: staff type Paris
 * time, whatever the zone of their browser, and the API takes and gives instants.
 */
const PARIS = 'Europe/Paris';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** « 2026-03-29T18:30 » read in Paris → an ISO instant; null when the value is not a full date and time. */
export function parisInstant(local: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, PARIS).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant → the Paris wall-clock value of a `datetime-local` input. */
export function parisLocal(iso: string): string {
  const t = new TZDate(iso, PARIS);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
