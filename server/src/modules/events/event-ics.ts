import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { PARIS } from '../../shared/clock.js';
import type { EventRow } from './events.types.js';

export interface EventIcsOptions {
  /** The calendar's name in calendar apps (« Agenda de la participation — CALL »). */
  calendarName: string;
  /** The event's public page. */
  eventUrl: (event: EventRow) => string;
}

/** The public page of an event on the portal. */
export const eventPageUrl = (publicUrl: string, territoryCode: string, eventId: string) =>
  `${publicUrl}/${territoryCode}/evenements/${eventId}`;

/** The path of an event's .ics file; the feed is /api/events/feed.ics?territory=CODE. */
export const eventIcsPath = (territoryCode: string, eventId: string) =>
  `/api/events/${eventId}.ics?territory=${encodeURIComponent(territoryCode)}`;

/** The Paris calendar day of an instant, as a Date at UTC midnight: what an all-day DATE value writes. */
function parisDay(instant: Date) {
  const paris = new TZDate(instant, PARIS);
  return new Date(Date.UTC(paris.getFullYear(), paris.getMonth(), paris.getDate()));
}

/**
 * An iCalendar file (RFC 5545) of these events: exact times in UTC (calendar apps show them in the
 * reader's zone, Paris for everyone here, daylight saving included), whole days for dates known to
 * the day, month or year; a cancelled event keeps its UID with STATUS:CANCELLED, so subscribed
 * calendars drop it. Pure: the feed, the per-event files and the emails' attachments share it.
 */
export function eventIcs(events: EventRow[], options: EventIcsOptions): string {
  const calendar = ical({
    name: options.calendarName,
    prodId: { company: 'Quartiers', product: 'Agenda de la participation', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    const allDay = e.datePrecision !== 'TIME';
    const cancelled = e.status === 'CANCELLED';
    calendar.createEvent({
      id: `${e.id}@quartiers`,
      sequence: e.version,
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
      created: e.createdAt,
      allDay,
      start: allDay ? parisDay(e.startsAt) : e.startsAt,
      end: allDay ? parisDay(e.endsAt) : e.endsAt,
      summary: cancelled ? `Annulé : ${e.title}` : e.title,
      description: [e.description, cancelled ? e.cancelMessage : null].filter(Boolean).join('\n\n') || null,
      location: e.place,
      url: options.eventUrl(e),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
