import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { ReportPageDocument } from '../../__generated__/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { REPORT_STATUS, plural } from '@quartiers/ui-kit';
import { formatDay } from './dates';
import { OpinionForm } from './OpinionForm';
import { Contributions } from './Contributions';
import { ReportFigures } from './ReportFigures';
import { BodyStatusTable } from './BodyStatusTable';
import { PublishedOpinions } from './PublishedOpinions';

export function ReportPage() {
  const { code = '', year = '' } = useParams();
  const knownYear = /^\d{4}$/.test(year);
  const { data, loading, error, refetch } = useQuery(ReportPageDocument, {
    variables: { code, year: Number(year) },
    skip: !knownYear,
  });
  const t = data?.territory;
  const r = t?.report;
  usePageTitle(r ? `Rapport ${r.referenceYear} — ${t.name}` : undefined);
  useTerritoryTheme(t?.theme);
  if (!knownYear) return <NotFound what="Ce rapport" territoryCode={code} />;
  if (loading && !data) return <Loading />;
  if (error && !data)
    return <ErrorState error={error} retry={() => void refetch()} what="Ce rapport" territoryCode={code} />;
  if (!t) return <NotFound what="Ce territoire" />;
  if (!r) return <NotFound what="Ce rapport" territoryCode={code} />;
  const open = r.acceptingOpinions;
  const mine = r.consultedBodies.filter((b) => b.viewerCanPrepare);
  return (
    <article>
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${t.code}`, label: t.code },
          { to: `/${t.code}/rapports`, label: 'Rapports' },
          { label: String(r.referenceYear) },
        ]}
      />
      <h1>{r.title}</h1>
      <p>
        <span className="tag">{REPORT_STATUS[r.status]}</span>
      </p>
      {r.easyReadSummary && (
        <section className="easy-read" aria-labelledby="en-bref">
          <h2 id="en-bref">En bref</h2>
          <p>{r.easyReadSummary}</p>
        </section>
      )}

      <section aria-labelledby="consultation">
        <h2 id="consultation">La consultation</h2>
        <p>
          Chaque année, l’agglomération soumet son rapport sur la politique de la ville aux conseils municipaux des
          communes concernées et aux conseils citoyens des quartiers prioritaires. Chaque instance peut rendre un avis ;
          sans réponse à l’échéance, son avis est <strong>réputé favorable</strong>.
        </p>
        <ul>
          <li>
            Projet adopté le {formatDay(r.adoptedOn)}, transmis le {formatDay(r.transmittedOn)}.
          </li>
          <li>Avis attendus jusqu’au {formatDay(r.deadline)} à minuit.</li>
          {r.approvedOn && <li>Rapport approuvé le {formatDay(r.approvedOn)}.</li>}
        </ul>
        {open && r.daysLeft != null && (
          <p className="countdown" role="status">
            Il reste <strong>{plural(r.daysLeft, 'jour', 'jours')}</strong> pour rendre un avis.
          </p>
        )}
        {r.status === 'PUBLISHED' && (
          <p>
            <a href={`/exports/${t.code}/rapports/${r.referenceYear}/annexe.pdf`}>
              Annexe : avis des communes et des conseils citoyens (PDF)
            </a>
            {' · '}
            <a href={`/exports/${t.code}/rapports/${r.referenceYear}/annexe.csv`}>tous les avis (CSV)</a>
          </p>
        )}
      </section>

      <BodyStatusTable bodies={r.consultedBodies} />

      {open &&
        mine.map((b) => (
          <section key={b.id} aria-label={`Avis de ${b.name}`}>
            <OpinionForm
              territoryId={t.id}
              uploadUrl={`/uploads/${t.code}/rapports/${r.referenceYear}/instances/${b.id}/deliberation.pdf`}
              body={b}
              sections={r.sections}
            />
          </section>
        ))}

      <section aria-labelledby="rapport">
        <h2 id="rapport">Le rapport</h2>
        {r.sections.map((s) => (
          <section key={s.id} aria-labelledby={`section-${s.id}`}>
            <h3 id={`section-${s.id}`}>
              {s.position}. {s.title}
            </h3>
            {/* Rendered by the server from Markdown with raw HTML escaped (markdown-it, html: false). */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: s.bodyHtml }} />
          </section>
        ))}
        <ReportFigures report={r} />
      </section>

      <Contributions territoryId={t.id} report={r} canContribute={t.viewerCan.contribute} />

      <PublishedOpinions bodies={r.consultedBodies} />
    </article>
  );
}
