import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { Field, FormError, Notice, Submit, formValues, frenchDate, plural } from '@quartiers/ui-kit';
import {
  AdminAnswerRemarkDocument,
  AdminReportDocument,
  AdminSetTermsDocument,
  AdminUpdateSectionDocument,
  type AdminReportQuery,
  type OpinionPosition,
} from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { permissionsIn, useViewer } from '../ui/access';
import { ReportBoard } from './ReportBoard';
import { ReportBodies } from './ReportBodies';
import { ReportModeration } from './ReportModeration';
import { ReportSteps } from './ReportSteps';
import { ReportVersions } from './ReportVersions';
import { formatDateTime } from '../ui/format';
import { POSITION, REPORT_STATUS } from '@quartiers/ui-kit';

type Report = NonNullable<NonNullable<AdminReportQuery['territory']>['report']>;
const REFETCH = { refetchQueries: ['AdminReport'], awaitRefetchQueries: true };

/**
 * One report's life: terms, sections, bodies, the board of avis, the suites données, approval,
 * publication. Moderators, who do not run the report, see the board and the contributions to moderate.
 */
export function ReportDetail() {
  const { code = '', year = '' } = useParams();
  const held = permissionsIn(useViewer().me, code);
  const { data, loading, error } = useQuery(AdminReportDocument, { variables: { code, year: Number(year) } });
  const t = data?.territory;
  const r = t?.report;
  if (error) return <FormError error={error} />;
  if (loading && !r) return <p role="status">Chargement…</p>;
  if (!t || !r) return <p>Rapport introuvable.</p>;
  const ref = { territoryId: t.id, reportId: r.id };
  const manage = held.has('REPORTS_MANAGE');
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
      {manage && r.status === 'DRAFT' && <Terms report={r} reportRef={ref} />}
      {manage && (r.status === 'DRAFT' || r.status === 'CLOSED') && <Sections report={r} reportRef={ref} />}
      {r.status === 'DRAFT' ? (
        manage && <ReportBodies code={code} year={r.referenceYear} reportRef={ref} />
      ) : (
        <ReportBoard report={r} reportRef={ref} manage={manage} />
      )}
      {r.status !== 'DRAFT' && <Remarks report={r} territoryId={t.id} editable={manage && r.status === 'CLOSED'} />}
      {r.status !== 'DRAFT' && held.has('CONTRIBUTIONS_MODERATE') && <ReportModeration report={r} territoryId={t.id} />}
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
function Calendar({ report: r }: { report: Report }) {
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

interface Part {
  report: Report;
  reportRef: { territoryId: string; reportId: string };
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Terms({ report: r, reportRef }: Part) {
  const [save, { loading, error, data }] = useMutation(AdminSetTermsDocument, REFETCH);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void save({
      variables: {
        input: {
          ...reportRef,
          title: v.title!,
          easyReadSummary: v.easyReadSummary || null,
          adoptedOn: v.adoptedOn!,
          transmittedOn: v.transmittedOn!,
          deadline: v.deadline!,
        },
      },
    }).catch(() => undefined);
  };
  return (
    <Block title="Calendrier de la consultation">
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {data && <Notice>Calendrier enregistré.</Notice>}
        <Field label="Titre" name="title" defaultValue={r.title} required />
        <p className="field">
          <label htmlFor="easy-read">Résumé en langage clair (facultatif)</label>
          <textarea id="easy-read" name="easyReadSummary" rows={3} defaultValue={r.easyReadSummary ?? ''} />
        </p>
        <Field
          label="Adoption du projet par le conseil communautaire"
          name="adoptedOn"
          type="date"
          defaultValue={r.adoptedOn ?? ''}
          required
        />
        <Field
          label="Transmission aux communes et aux conseils citoyens"
          name="transmittedOn"
          type="date"
          defaultValue={r.transmittedOn ?? ''}
          required
        />
        <Field
          label="Échéance des avis"
          name="deadline"
          type="date"
          defaultValue={r.deadline ?? ''}
          required
          hint="Un mois calendaire au moins après la transmission ; les avis sont reçus jusqu’à minuit (heure de Paris)."
        />
        <Submit busy={loading}>Enregistrer le calendrier</Submit>
      </form>
    </Block>
  );
}

function Sections({ report: r, reportRef }: Part) {
  return (
    <Block title="Sections du rapport (Markdown)">
      {r.sections.map((s) => (
        <SectionEditor key={s.id} section={s} reportRef={reportRef} />
      ))}
    </Block>
  );
}

function SectionEditor({ section, reportRef }: { section: Report['sections'][number]; reportRef: Part['reportRef'] }) {
  const [save, { loading, error, data }] = useMutation(AdminUpdateSectionDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void save({ variables: { input: { ...reportRef, sectionId: section.id, title: v.title!, body: v.body! } } }).catch(
      () => undefined,
    );
  };
  return (
    <details>
      <summary>
        {section.position}. {section.title}
      </summary>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {data && <Notice>Section enregistrée.</Notice>}
        <Field label="Titre de la section" name="title" defaultValue={section.title} required />
        <p className="field">
          <label htmlFor={`body-${section.id}`}>Texte (Markdown)</label>
          <textarea id={`body-${section.id}`} name="body" rows={10} defaultValue={section.body} />
        </p>
        <Submit busy={loading}>Enregistrer la section</Submit>
      </form>
    </details>
  );
}

function Remarks({ report: r, territoryId, editable }: { report: Report; territoryId: string; editable: boolean }) {
  const remarks = r.consultedBodies.flatMap((b) =>
    (b.opinion?.remarks ?? []).map((m) => ({ ...m, body: b.name, position: b.opinion!.position })),
  );
  return (
    <Block title={`Observations et suites données (${remarks.length})`}>
      {remarks.length === 0 && <p>Aucune observation pour l’instant.</p>}
      {r.sections.map((s) => {
        const here = remarks.filter((m) => m.section.id === s.id);
        if (here.length === 0) return null;
        return (
          <div key={s.id}>
            <h3>{s.title}</h3>
            {here.map((m) => (
              <Answer key={m.id} remark={m} territoryId={territoryId} editable={editable} />
            ))}
          </div>
        );
      })}
    </Block>
  );
}

function Answer({
  remark,
  territoryId,
  editable,
}: {
  remark: { id: string; text: string; response?: string | null; body: string; position: OpinionPosition };
  territoryId: string;
  editable: boolean;
}) {
  const [answer, { loading, error }] = useMutation(AdminAnswerRemarkDocument);
  const [saved, setSaved] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void answer({
      variables: { input: { territoryId, remarkId: remark.id, response: formValues(e.currentTarget).response! } },
    }).then(
      () => setSaved(true),
      () => undefined,
    );
  };
  return (
    <article className="remark">
      <p>
        <strong>{remark.body}</strong> ({POSITION[remark.position]}) : {remark.text}
      </p>
      {editable ? (
        <form onSubmit={onSubmit} noValidate>
          <FormError error={error} />
          {saved && <Notice>Suite donnée enregistrée.</Notice>}
          <p className="field">
            <label htmlFor={`answer-${remark.id}`}>Suite donnée à l’observation ({remark.body})</label>
            <textarea id={`answer-${remark.id}`} name="response" rows={2} defaultValue={remark.response ?? ''} />
          </p>
          <Submit busy={loading}>Enregistrer la suite donnée</Submit>
        </form>
      ) : (
        remark.response && <p>Suite donnée : {remark.response}</p>
      )}
    </article>
  );
}
