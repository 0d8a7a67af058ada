import { Link } from 'wouter';
import { parisDay, parisMonth, parisParts, parisTime, plural } from '@quartiers/ui-kit';
import type { EventCard_EventFragment } from '../../__generated__/graphql';
import { EventStatusBadge } from './EventCard';
import { eventPath } from './labels';

const WEEKDAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The current month in Paris, as `2026-12`. */
export function currentMonth(now = new Date()): string {
  const { year, month } = parisParts(now);
  return `${year}-${pad(month)}`;
}

/** The month before or after, as `2026-11`. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** « décembre 2026 » from `2026-12`. */
export const monthTitle = (month: string) => parisMonth(`${month}-15T12:00:00Z`);

const dayLabel = (date: string) =>
  new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(`${date}T12:00:00Z`))
    .replace(/^(\S+) 1 /, '$1 1er ');

/**
 * A month as a calendar: a list of its days, laid out on a 7-column grid on wide screens; on a
 * phone, only the days with events remain, one under the other. Empty days are decorative (hidden
 * from assistive technologies, which read the days that have events).
 */
export function EventMonth({
  code,
  month,
  events,
}: {
  code: string;
  month: string;
  events: readonly EventCard_EventFragment[];
}) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const dated = events.filter((e) => e.datePrecision === 'TIME' || e.datePrecision === 'DAY');
  const undated = events.filter((e) => !dated.includes(e));
  const byDay = new Map<string, EventCard_EventFragment[]>();
  for (const e of dated) {
    const day = parisDay(e.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  return (
    <>
      <div className="event-month-weekdays" aria-hidden="true">
        {WEEKDAYS.map((d) => (
          <span key={d}>{d}</span>
        ))}
      </div>
      <ol className="event-month" aria-label={`Rencontres de ${monthTitle(month)}, par jour`}>
        {Array.from({ length: days }, (_, i) => {
          const date = `${month}-${pad(i + 1)}`;
          const list = byDay.get(date);
          const style = i === 0 ? { gridColumnStart: firstWeekday + 1 } : undefined;
          if (!list)
            return (
              <li key={date} className="event-day event-day-empty" aria-hidden="true" style={style}>
                <span className="event-day-title">{i + 1}</span>
              </li>
            );
          return (
            <li key={date} className="event-day" style={style}>
              <h3 className="event-day-title">
                {dayLabel(date)}{' '}
                <span className="visually-hidden">({plural(list.length, 'rencontre', 'rencontres')})</span>
              </h3>
              <ul>
                {list.map((e) => (
                  <li key={e.id}>
                    {e.datePrecision === 'TIME' && <span className="muted">{parisTime(e.startsAt)} </span>}
                    <Link to={eventPath(code, e.id)}>{e.title}</Link> <EventStatusBadge status={e.status} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {undated.length > 0 && (
        <>
          <h3>Dans le mois, date précise à venir</h3>
          <ul>
            {undated.map((e) => (
              <li key={e.id}>
                <Link to={eventPath(code, e.id)}>{e.title}</Link> <EventStatusBadge status={e.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
