import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addYears, differenceInCalendarDays, format } from 'date-fns';
import { frenchDate, PARIS } from '../../shared/clock.js';
import { DomainError } from '../../shared/errors.js';

/** A calendar date (YYYY-MM-DD) at midnight in Paris, as an instant. */
export function parisMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, PARIS).getTime());
}

/** A calendar date (YYYY-MM-DD) as a local Date, for date-fns' calendar arithmetic. */
function calendarDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * The consultation lasts at least one calendar month from transmission (décret n° 2015-1118):
 * transmitted on 30/06, the deadline cannot be before 30/07. Month ends clamp (31/01 → 28 or 29/02).
 */
export function earliestDeadline(transmittedOn: string): string {
  return format(addMonths(calendarDay(transmittedOn), 1), 'yyyy-MM-dd');
}

/** How long a consultation may run: a deadline further away is a typing error, not a procedure. */
export const MAX_CONSULTATION_YEARS = 2;

/** The latest deadline two years after transmission (29/02 → 28/02); dates stop at 31/12/9999. */
export function latestDeadline(transmittedOn: string): string {
  const latest = format(addYears(calendarDay(transmittedOn), MAX_CONSULTATION_YEARS), 'yyyy-MM-dd');
  return latest.length > 10 ? '9999-12-31' : latest;
}

/** Refuses the dates of a consultation the procedure does not allow, one French message per rule. */
export function checkConsultationDates(d: { adoptedOn: string; transmittedOn: string; deadline: string }) {
  if (d.transmittedOn < d.adoptedOn) {
    throw new DomainError('BAD_USER_INPUT', 'La transmission ne peut pas précéder l’adoption du projet.', {
      transmittedOn: 'avant l’adoption',
    });
  }
  const transmitted = frenchDate(d.transmittedOn);
  const earliest = earliestDeadline(d.transmittedOn);
  if (d.deadline < earliest) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `La consultation dure au moins un mois : transmis le ${transmitted}, l’échéance ne peut pas être avant le ${frenchDate(earliest)}.`,
      { deadline: `au plus tôt le ${frenchDate(earliest)}` },
    );
  }
  const latest = latestDeadline(d.transmittedOn);
  if (d.deadline > latest) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `La consultation dure au plus deux ans : transmis le ${transmitted}, l’échéance ne peut pas être après le ${frenchDate(latest)}.`,
      { deadline: `au plus tard le ${frenchDate(latest)}` },
    );
  }
}

/** Avis are received until the end of the deadline day, Paris time: the consultation closes at the next midnight. */
export function closingInstant(deadline: string): Date {
  return parisMidnight(format(addDays(calendarDay(deadline), 1), 'yyyy-MM-dd'));
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

/**
 * Whole days left until the consultation closes, counted in Paris calendar days (the deadline day
 * included): 7 from the midnight a week before the closing, whether the clocks change meanwhile or not.
 */
export const daysLeft = (deadline: string, now: Date) =>
  Math.max(0, differenceInCalendarDays(calendarDay(deadline), calendarDay(parisToday(now))) + 1);
