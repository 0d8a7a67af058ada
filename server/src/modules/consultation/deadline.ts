import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import { PARIS } from '../../shared/clock.js';

/** A calendar date (YYYY-MM-DD) at midnight in Paris, as an instant. */
export function parisMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, PARIS).getTime());
}

/**
 * The consultation lasts at least one calendar month from transmission (décret n° 2015-1118):
 * transmitted on 30/06, the deadline cannot be before 30/07. Month ends clamp (31/01 → 28 or 29/02).
 */
export function earliestDeadline(transmittedOn: string): string {
  const [y, m, d] = transmittedOn.split('-').map(Number) as [number, number, number];
  return format(addMonths(new Date(y, m - 1, d), 1), 'yyyy-MM-dd');
}

/** Avis are received until the end of the deadline day, Paris time: the consultation closes at the next midnight. */
export function closingInstant(deadline: string): Date {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number];
  return parisMidnight(format(addDays(new Date(y, m - 1, d), 1), 'yyyy-MM-dd'));
}

/** Today's calendar date in Paris. */
export const parisToday = (now: Date) => format(new TZDate(now, PARIS), 'yyyy-MM-dd');

/**
 * Whether avis (and residents' contributions) are received at `now`: the consultation is open and
 * its deadline day has not ended in Paris. The one rule every submission path checks.
 */
export const acceptsOpinions = (report: { status: string; deadline: string | null }, now: Date) =>
  report.status === 'IN_CONSULTATION' && report.deadline !== null && now < closingInstant(report.deadline);

/** Whether the deadline has passed for a consultation that was opened (closed, or awaiting the job). */
export const deadlinePassed = (report: { status: string; deadline: string | null }, now: Date) =>
  report.status === 'CLOSED' || (report.status === 'IN_CONSULTATION' && !acceptsOpinions(report, now));
