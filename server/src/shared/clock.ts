import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Instants come from here, so tests can move time (deadlines, expiries) without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const PARIS = 'Europe/Paris';

/** A date and time as people in France read it, e.g. « 30/10/2025 à 23:59 ». */
export function formatParis(instant: Date): string {
  return format(new TZDate(instant, PARIS), "dd/MM/yyyy 'à' HH:mm");
}

/** A calendar date (YYYY-MM-DD) as people in France write it: « 30/10/2025 ». */
export const frenchDate = (date: string) => date.split('-').reverse().join('/');
