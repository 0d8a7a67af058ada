import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { EVENT_KIND_LABELS, eventWhen } from '@quartiers/ui-kit';
import { EvPFiguresDocument, type EvPFiguresQuery, type EventCount_RowFragment } from '../../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ChartWithTable } from '../../ui/ChartWithTable';
import { TableRegion } from '../../ui/TableRegion';
import type { Measure } from '../../ui/BarChartFigure';
import { formatNumber } from '../../ui/format';
import { eventPath, eventsPath, figuresPath, pastEventsPath } from './labels';

const PARTICIPANTS: Measure = { name: 'Participants', format: (v) => formatNumber(v), tick: (v) => formatNumber(v) };

/** The year of the address (`?annee=2024`), if it is one. */
function readYear(search: string): number | null {
  const year = Number(new URLSearchParams(search).get('annee'));
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null;
}

/** One breakdown: a bar chart of participants and, as its accessible alternative, the table of every figure. */
function Breakdown({ title, first, rows }: { title: string; first: string; rows: readonly EventCount_RowFragment[] }) {
  return (
    <ChartWithTable
      title={title}
      measure={PARTICIPANTS}
      rowHeight={2.5}
      data={rows.map((r) => ({ label: r.label, value: r.participants }))}
      table={
        <TableRegion label={title}>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{first}</th>
                <th scope="col" className="num">
                  Rencontres
                </th>
                <th scope="col" className="num">
                  Participants
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key || 'none'}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{formatNumber(r.events)}</td>
                  <td className="num">{formatNumber(r.participants)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      }
    />
  );
}

/** `/:code/participation`: participants of the held events per event, commune, kind and year. */
export function FiguresPage() {
  const { code = '' } = useParams();
  const search = useSearch();
  const [, navigate] = useLocation();
  const year = readYear(search);
  const { data, previousData, loading, error, refetch } = useQuery(EvPFiguresDocument, { variables: { code, year } });
  const territory = (data ?? previousData)?.territory;
  usePageTitle(territory ? `Chiffres de la participation${year ? ` en ${year}` : ''} — ${territory.name}` : null);
  useTerritoryTheme(territory?.theme);
  if (loading && !territory) return <Loading />;
  if (error && !territory)
    return <ErrorState error={error} retry={() => void refetch()} what="Ces chiffres" territoryCode={code} />;
  if (!territory) return <NotFound what="Ce territoire" />;
  const figures = data?.territory?.eventFigures;
  const years = territory.everyYear.byYear.map((r) => r.key).filter(Boolean);
  return (
    <article>
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: territory.code },
          { to: eventsPath(code), label: 'Rencontres' },
          { label: 'Chiffres de la participation' },
        ]}
      />
      <h1>Chiffres de la participation</h1>
      <p>
        Les participants aux rencontres tenues : le nombre relevé pour les rencontres importées, sinon les personnes
        pointées à l’entrée et celles venues sans inscription.{' '}
        <Link to={pastEventsPath(code)}>Voir les rencontres passées</Link>
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <p className="field">
          <label htmlFor="figures-year">Année</label>
          <select
            id="figures-year"
            value={year ?? ''}
            onChange={(e) => navigate(figuresPath(code, e.currentTarget.value ? Number(e.currentTarget.value) : null))}
          >
            <option value="">Toutes les années</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </p>
      </form>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !figures ? (
        <Loading />
      ) : figures.events === 0 ? (
        <Empty>
          Aucune rencontre tenue {year ? `en ${year}` : 'pour l’instant'}.{' '}
          <Link to={eventsPath(code)}>Voir les prochaines rencontres</Link>.
        </Empty>
      ) : (
        <>
          <ul className="figures" aria-label="Chiffres clés" aria-live="polite">
            <li>
              <strong>{formatNumber(figures.participants)}</strong> participants
            </li>
            <li>
              <strong>{formatNumber(figures.events)}</strong>{' '}
              {figures.events > 1 ? 'rencontres tenues' : 'rencontre tenue'}
            </li>
          </ul>
          <Breakdown title="Participants par type de rencontre" first="Type" rows={figures.byKind} />
          <Breakdown title="Participants par commune" first="Commune" rows={figures.byCommune} />
          {!year && <Breakdown title="Participants par année" first="Année" rows={figures.byYear} />}
          <EventsTable code={code} events={figures.heldEvents} />
        </>
      )}
    </article>
  );
}

type HeldEvent = NonNullable<EvPFiguresQuery['territory']>['eventFigures']['heldEvents'][number];

const numericDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' });
/** « 23/03/2024 », « 05/2023 » or « 2023 », as precisely as the date is known. */
function shortDate(e: HeldEvent): string {
  const day = numericDate.format(new Date(e.startsAt));
  if (e.datePrecision === 'YEAR') return day.slice(6);
  return e.datePrecision === 'MONTH' ? day.slice(3) : day;
}
/** A bar's label: the date and the commune (titles repeat and are long; the table names each event). */
const shortLabel = (e: HeldEvent) => `${shortDate(e)}${e.commune ? ` · ${e.commune.name}` : ''}`;

/** Participants per event: the chart, and the table that names each event with its date and commune. */
function EventsTable({ code, events }: { code: string; events: readonly HeldEvent[] }) {
  const title = 'Participants par rencontre';
  return (
    <ChartWithTable
      title={title}
      measure={PARTICIPANTS}
      rowHeight={2}
      data={events.map((e) => ({ label: shortLabel(e), value: e.participantCount ?? 0 }))}
      table={
        <TableRegion label={title}>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Rencontre</th>
                <th scope="col">Date</th>
                <th scope="col">Commune</th>
                <th scope="col" className="num">
                  Participants
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={eventPath(code, e.id)}>{e.title}</Link>
                    <span className="muted"> — {EVENT_KIND_LABELS[e.kind]}</span>
                  </th>
                  <td>{eventWhen(e)}</td>
                  <td>{e.commune?.name ?? '—'}</td>
                  <td className="num">
                    {formatNumber(e.participantCount)}
                    {e.participantsNote && <span className="muted"> ({e.participantsNote})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      }
    />
  );
}
