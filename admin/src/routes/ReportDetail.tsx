import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, frenchDate, plural } from '@quartiers/ui-kit';
import { AdminReportDocument, type AdminReportPage_ReportFragment } from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { ReportBoard } from './ReportBoard';
import { ReportBodies } from './ReportBodies';
import { ReportModeration } from './ReportModeration';
import { ReportRemarks } from './ReportRemarks';
import { ReportSections } from './ReportSections';
import { ReportSteps } from './ReportSteps';
import { ReportTerms } from './ReportTerms';
import { ReportVersions } from './ReportVersions';
import { formatDateTime } from '../ui/format';
import { REPORT_STATUS } from '@quartiers/ui-kit';

/**
 * One report's life: terms, sections, bodies, the board of avis, the suites données, approval,
 * publication. Moderators, who do not run the report, see the board and the contributions to moderate.
 */
export function ReportDetail() {
  const { code = '', year = '' } = useParams();
  const { data, loading, error } = useQuery(AdminReportDocument, { variables: { code, year: Number(year) } });
  const t = data?.territory;
  const r = t?.report;
  if (error) return <FormError error={error} />;
  if (loading && !r) return <p role="status">Chargement…</p>;
  if (!t || !r) return <p>Rapport introuvable.</p>;
  const ref = { territoryId: t.id, reportId: r.id };
  const manage = t.viewerCan.manageReports;
  return (
    <section>
      <h1>
        {t.name} — rapport {r.referenceYear} <span className="tag">{REPORT_STATUS[r.status]}</span>
      </h1>
      <TerritoryTabs code={code} />
      <Calendar report={r} />
      <p>
        Annexe des avis : <a href={`/exports/${code}/rapports/${r.referenceYear}/annexe.pdf`}>PDF</a> ·{' '}
        <a href={`/exports/${code}/rapports/${r.referenceYear}/annexe.docx`}>DOCX (modifiable)</a> ·{' '}
        <a href={`/exports/${code}/rapports/${r.referenceYear}/annexe.csv`}>CSV</a> ·{' '}
        <a href={`/${code}/rapports/${r.referenceYear}`}>page publique</a>
      </p>
      {manage && r.status === 'DRAFT' && <ReportTerms report={r} reportRef={ref} />}
      {manage && (r.status === 'DRAFT' || r.status === 'CLOSED') && <ReportSections report={r} reportRef={ref} />}
      {r.status === 'DRAFT' ? (
        manage && <ReportBodies code={code} year={r.referenceYear} reportRef={ref} />
      ) : (
        <ReportBoard report={r} reportRef={ref} manage={manage} />
      )}
      {r.status !== 'DRAFT' && (
        <ReportRemarks report={r} territoryId={t.id} editable={manage && r.status === 'CLOSED'} />
      )}
      {r.status !== 'DRAFT' && t.viewerCan.moderate && <ReportModeration report={r} territoryId={t.id} />}
      <ReportVersions versions={r.versions} />
      {manage && <ReportSteps report={r} reportRef={ref} />}
      <h2>Historique</h2>
      <ul>
        {r.transitions.map((tr) => (
          <li key={tr.at}>
            {formatDateTime(tr.at)} : {REPORT_STATUS[tr.fromStatus]} → {REPORT_STATUS[tr.toStatus]}
            {tr.byStaff ? '' : ' (automatique, à l’échéance)'}
          </li>
        ))}
        {r.versions.map((v) => (
          <li key={v.number}>
            Version {v.number} : {v.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The consultation's dates in words, and the days left while it is open. */
function Calendar({ report: r }: { report: AdminReportPage_ReportFragment }) {
  if (!r.deadline) return null;
  return (
    <p>
      {r.transmittedOn && <>Transmis le {frenchDate(r.transmittedOn)} ; </>}
      avis attendus jusqu’au {frenchDate(r.deadline)} (minuit, heure de Paris)
      {r.daysLeft != null && <> : il reste {plural(r.daysLeft, 'jour', 'jours')}</>}
      {r.approvedOn && <> ; approuvé le {frenchDate(r.approvedOn)}</>}.
    </p>
  );
}
