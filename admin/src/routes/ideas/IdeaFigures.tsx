import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, plural } from '@quartiers/ui-kit';
import { AdminIdeaFiguresDocument, type AdminIdeaCountFragment, type IdeaStatus } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { IdeasNav } from './IdeasNav';
import { FigureBars } from './FigureBars';
import { IDEA_STATUS_LABELS } from './labels';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** « 2026-03 » → « Mars 2026 ». */
const monthLabel = (month: string) => capitalised(monthName.format(new Date(`${month}-15T12:00:00Z`)));
const days = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
/** « 0,5 jour », « 1,5 jour », « 3 jours »: below 2, French keeps the singular. */
const medianDays = (n: number) => `${days.format(n)} ${Math.round(n * 10) < 20 ? 'jour' : 'jours'}`;

const statusLabel = (c: AdminIdeaCountFragment) => capitalised(IDEA_STATUS_LABELS[c.key as IdeaStatus] ?? c.label);

/** The territory's ideas in figures, each chart with its table, and the exports of every idea. */
export function IdeaFigures() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(AdminIdeaFiguresDocument, { variables: { code } });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const f = t.ideaFigures;
  const exportHref = (format: 'csv' | 'xlsx') =>
    `/api/ideas/export?territory=${encodeURIComponent(t.code)}&format=${format}`;
  return (
    <section>
      <h1>{t.name} — chiffres des idées</h1>
      <TerritoryTabs code={code} />
      <IdeasNav code={code} />
      <section className="card" aria-labelledby="ideas-summary">
        <h2 id="ideas-summary">En bref</h2>
        <p>
          {plural(f.total, 'idée reçue', 'idées reçues')}, dont {days.format(f.answeredCount)} avec une réponse.
        </p>
        <p>
          {f.medianDaysToFirstAnswer === null
            ? 'Aucune idée n’a encore reçu de réponse : pas de délai médian.'
            : `Délai médian entre la publication et la première réponse : ${medianDays(f.medianDaysToFirstAnswer)}.`}
        </p>
      </section>
      <section className="card" aria-labelledby="ideas-exports">
        <h2 id="ideas-exports">Exports</h2>
        <p>Toutes les idées du territoire, leurs réponses et leurs soutiens ; les auteurs sous leur pseudonyme.</p>
        <ul>
          <li>
            <a href={exportHref('csv')} download>
              Télécharger les idées en CSV
            </a>
          </li>
          <li>
            <a href={exportHref('xlsx')} download>
              Télécharger les idées en XLSX (tableur)
            </a>
          </li>
        </ul>
      </section>
      <div className="charts">
        <CountFigure title="Idées par réponse" head="Réponse" counts={f.byStatus} label={statusLabel} />
        <CountFigure
          title="Idées par quartier"
          head="Quartier"
          counts={f.byQuartier}
          label={(c) => (c.key ? c.label : 'Tout le territoire')}
        />
        <CountFigure
          title="Idées par thème"
          head="Thème"
          counts={f.byTheme}
          label={(c) => (c.key ? c.label : 'Sans thème')}
        />
        <FigureBars
          title="Idées déposées par mois"
          data={f.byMonth.map((m) => ({ label: monthLabel(m.month), value: m.submitted }))}
          table={
            <table>
              <caption className="visually-hidden">Idées déposées par mois, selon leur réponse actuelle</caption>
              <thead>
                <tr>
                  <th scope="col">Mois</th>
                  <th scope="col">Déposées</th>
                  <th scope="col">Avec une réponse</th>
                  <th scope="col">Retenues</th>
                  <th scope="col">Non retenues</th>
                  <th scope="col">Réalisées</th>
                </tr>
              </thead>
              <tbody>
                {f.byMonth.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthLabel(m.month)}</th>
                    <td className="num">{m.submitted}</td>
                    <td className="num">{m.answered}</td>
                    <td className="num">{m.retained}</td>
                    <td className="num">{m.notRetained}</td>
                    <td className="num">{m.carriedOut}</td>
                  </tr>
                ))}
                {f.byMonth.length === 0 && (
                  <tr>
                    <td colSpan={6}>Aucune idée déposée.</td>
                  </tr>
                )}
              </tbody>
            </table>
          }
        />
      </div>
    </section>
  );
}

function CountFigure(props: {
  title: string;
  head: string;
  counts: AdminIdeaCountFragment[];
  label: (c: AdminIdeaCountFragment) => string;
}) {
  const rows = props.counts.map((c) => ({ key: c.key, label: props.label(c), value: c.count }));
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
              <th scope="col">Idées</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key || '—'}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.value}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={2}>Aucune idée.</td>
              </tr>
            )}
          </tbody>
        </table>
      }
    />
  );
}
