import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { EVENT_KIND_LABELS, FormError, eventWhen, plural } from '@quartiers/ui-kit';
import { AdminEventFiguresDocument, type AdminEventCountFragment, type EventKind } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { FigureBars } from '../ideas/FigureBars';
import { EventsNav } from './EventsNav';

const kindLabel = (c: AdminEventCountFragment) => EVENT_KIND_LABELS[c.key as EventKind] ?? c.label;

/** Participation in figures: held events and their participants per event, commune, kind and year. */
export function EventFigures() {
  const { code = '' } = useParams();
  const [year, setYear] = useState<number | null>(null);
  // Every year, for the year choices and the chart by year; then the chosen year, if any.
  const all = useQuery(AdminEventFiguresDocument, { variables: { code, year: null } });
  const chosen = useQuery(AdminEventFiguresDocument, { variables: { code, year }, skip: year === null });
  const t = (year === null ? all : chosen).data?.territory ?? all.data?.territory;
  const error = all.error ?? chosen.error;
  if (error && !t) return <FormError error={error} />;
  if (!t || (year !== null && !chosen.data)) return <p role="status">Chargement…</p>;
  const f = t.eventFigures;
  const years = (all.data?.territory?.eventFigures.byYear ?? []).map((y) => Number(y.key)).filter(Boolean);
  return (
    <section>
      <h1>{t.name} — chiffres de participation</h1>
      <TerritoryTabs code={code} />
      <EventsNav code={code} />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Année{' '}
          <select
            value={year ?? ''}
            onChange={(e) => setYear(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          >
            <option value="">Toutes les années</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </form>
      <section className="card" aria-labelledby="event-summary" aria-live="polite">
        <h2 id="event-summary">En bref</h2>
        <p>
          {year === null ? 'Toutes années confondues' : `En ${year}`} :{' '}
          {plural(f.events, 'événement tenu', 'événements tenus')},{' '}
          {plural(f.participants, 'participant', 'participants')}.
        </p>
      </section>
      <div className="charts">
        <FigureBars
          title="Participants par événement"
          data={f.heldEvents.map((e) => ({ label: e.title, value: e.participantCount ?? 0 }))}
          table={
            <table>
              <caption className="visually-hidden">Participants par événement</caption>
              <thead>
                <tr>
                  <th scope="col">Événement</th>
                  <th scope="col">Date</th>
                  <th scope="col">Commune</th>
                  <th scope="col">Participants</th>
                </tr>
              </thead>
              <tbody>
                {f.heldEvents.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{e.title}</th>
                    <td>{eventWhen(e)}</td>
                    <td>{e.commune?.name ?? '—'}</td>
                    <td className="num">
                      {e.participantCount ?? '—'}
                      {e.participantsNote && <> ({e.participantsNote})</>}
                    </td>
                  </tr>
                ))}
                {f.heldEvents.length === 0 && (
                  <tr>
                    <td colSpan={4}>Aucun événement tenu.</td>
                  </tr>
                )}
              </tbody>
              {f.heldEvents.length > 0 && (
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      Total
                    </th>
                    <td className="num">{f.participants}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          }
        />
        <CountFigure title="Participants par type" head="Type" counts={f.byKind} label={kindLabel} />
        <CountFigure
          title="Participants par commune"
          head="Commune"
          counts={f.byCommune}
          label={(c) => (c.key ? c.label : 'Sans commune')}
        />
        <CountFigure title="Participants par année" head="Année" counts={f.byYear} label={(c) => c.label || c.key} />
      </div>
    </section>
  );
}

function CountFigure(props: {
  title: string;
  head: string;
  counts: AdminEventCountFragment[];
  label: (c: AdminEventCountFragment) => string;
}) {
  const rows = props.counts.map((c) => ({
    key: c.key,
    label: props.label(c),
    events: c.events,
    value: c.participants,
  }));
  return (
    <FigureBars
      title={props.title}
      data={rows}
      table={
        <table>
          <caption className="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col">Événements</th>
              <th scope="col">Participants</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key || '—'}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.events}</td>
                <td className="num">{r.value}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={3}>Aucun événement tenu.</td>
              </tr>
            )}
          </tbody>
        </table>
      }
    />
  );
}
