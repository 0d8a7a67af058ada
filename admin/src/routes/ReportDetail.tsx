import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { Field, FormError, Notice, Submit, formValues } from '@quartiers/ui-kit';
import {
  AdminAddBodyDocument,
  AdminAnswerRemarkDocument,
  AdminApproveReportDocument,
  AdminOpenConsultationDocument,
  AdminPublishReportDocument,
  AdminRecordLateOpinionDocument,
  AdminRemoveBodyDocument,
  AdminReportDocument,
  AdminSendRemindersDocument,
  AdminSetTermsDocument,
  AdminUpdateSectionDocument,
  type AdminReportQuery,
  type OpinionPosition,
} from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { ReportModeration } from './ReportModeration';
import { ReportVersions } from './ReportVersions';
import { formatDateTime } from '../ui/format';
import { BODY_STATUS, POSITION, REPORT_STATUS } from '@quartiers/ui-kit';

type Report = NonNullable<NonNullable<AdminReportQuery['territory']>['report']>;
const REFETCH = { refetchQueries: ['AdminReport'], awaitRefetchQueries: true };

/** One report's life: terms, sections, bodies, the board of avis, the suites données, approval, publication. */
export function ReportDetail() {
  const { code = '', year = '' } = useParams();
  const { data, loading, error } = useQuery(AdminReportDocument, { variables: { code, year: Number(year) } });
  const t = data?.territory;
  const r = t?.report;
  if (error) return <FormError error={error} />;
  if (loading && !r) return <p role="status">Chargement…</p>;
  if (!t || !r) return <p>Rapport introuvable.</p>;
  const ref = { territoryId: t.id, reportId: r.id };
  return (
    <section>
      <h1>
        {t.name} — rapport {r.referenceYear} <span className="tag">{REPORT_STATUS[r.status]}</span>
      </h1>
      <TerritoryTabs code={code} />
      <p>
        Annexe des avis : <a href={`/exports/${code}/rapports/${r.referenceYear}/annexe.pdf`}>PDF</a> ·{' '}
        <a href={`/exports/${code}/rapports/${r.referenceYear}/annexe.docx`}>DOCX (modifiable)</a> ·{' '}
        <a href={`/exports/${code}/rapports/${r.referenceYear}/annexe.csv`}>CSV</a> ·{' '}
        <a href={`/${code}/rapports/${r.referenceYear}`}>page publique</a>
      </p>
      {r.status === 'DRAFT' && <Terms report={r} reportRef={ref} />}
      {(r.status === 'DRAFT' || r.status === 'CLOSED') && <Sections report={r} reportRef={ref} />}
      {r.status === 'DRAFT' ? <Bodies report={r} reportRef={ref} /> : <Board report={r} reportRef={ref} />}
      {r.status !== 'DRAFT' && <Remarks report={r} territoryId={t.id} />}
      {r.status !== 'DRAFT' && <ReportModeration report={r} territoryId={t.id} />}
      <ReportVersions versions={r.versions} />
      <Steps report={r} reportRef={ref} />
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

function Bodies({ report: r, reportRef }: Part) {
  const [add, adding] = useMutation(AdminAddBodyDocument, REFETCH);
  const [remove, removing] = useMutation(AdminRemoveBodyDocument, REFETCH);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    void add({ variables: { input: { ...reportRef, name: formValues(form).name! } } }).then(
      () => form.reset(),
      () => undefined,
    );
  };
  return (
    <Block title={`Instances consultées (${r.consultedBodies.length})`}>
      <p>
        Préremplies depuis les données : chaque commune ayant un quartier prioritaire, chaque conseil citoyen actif.
      </p>
      <FormError error={removing.error} />
      <ul>
        {r.consultedBodies.map((b) => (
          <li key={b.id}>
            {b.name}{' '}
            <button
              type="button"
              onClick={() =>
                void remove({ variables: { input: { ...reportRef, bodyId: b.id } } }).catch(() => undefined)
              }
            >
              Retirer <span className="visually-hidden">{b.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={adding.error} />
        <Field label="Autre signataire à consulter" name="name" required />
        <Submit busy={adding.loading}>Ajouter</Submit>
      </form>
    </Block>
  );
}

function Board({ report: r, reportRef }: Part) {
  const counts = r.consultedBodies.reduce<Record<string, number>>(
    (acc, b) => ({ ...acc, [b.status]: (acc[b.status] ?? 0) + 1 }),
    {},
  );
  return (
    <Block title="Tableau des avis">
      <p>
        {Object.entries(counts)
          .map(([status, n]) => `${n} ${BODY_STATUS[status as keyof typeof BODY_STATUS]}`)
          .join(' · ')}
      </p>
      <table>
        <caption className="visually-hidden">Instances consultées et leur avis</caption>
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">État</th>
            <th scope="col">Position</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {r.consultedBodies.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name}</th>
              <td>{BODY_STATUS[b.status]}</td>
              <td>{b.opinion ? POSITION[b.opinion.position] : '—'}</td>
              <td>{b.opinion?.revision ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.status === 'IN_CONSULTATION' && <Reminders reportRef={reportRef} />}
      {r.status === 'CLOSED' && <LateOpinion report={r} reportRef={reportRef} />}
    </Block>
  );
}

/** Reminders go automatically 7 days before the deadline; staff may send one more at any time. */
function Reminders({ reportRef }: { reportRef: Part['reportRef'] }) {
  const [send, { loading, error, data }] = useMutation(AdminSendRemindersDocument);
  return (
    <div>
      <FormError error={error} />
      {data && (
        <Notice>
          Rappel envoyé : {data.sendReminders.bodies} instance(s) sans avis, {data.sendReminders.emails} email(s).
        </Notice>
      )}
      <button
        type="button"
        disabled={loading}
        onClick={() => void send({ variables: { input: reportRef } }).catch(() => undefined)}
      >
        {loading ? 'Envoi…' : 'Relancer les instances sans avis'}
      </button>
    </div>
  );
}

function LateOpinion({ report: r, reportRef }: Part) {
  const [record, { loading, error, data }] = useMutation(AdminRecordLateOpinionDocument, REFETCH);
  const candidates = r.consultedBodies.filter(
    (b) => b.status === 'TACIT' || b.status === 'AWAITING' || b.status === 'LATE',
  );
  if (candidates.length === 0) return null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void record({
      variables: {
        input: {
          territoryId: reportRef.territoryId,
          bodyId: v.body!,
          position: v.position as OpinionPosition,
          text: v.text ?? '',
          deliberationOn: v.deliberationOn || null,
          remarks: [],
        },
      },
    }).catch(() => undefined);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3>Enregistrer un avis reçu sur papier après l’échéance</h3>
      <FormError error={error} />
      {data && <Notice>Avis enregistré, marqué « reçu après l’échéance ».</Notice>}
      <p className="field">
        <label htmlFor="late-body">Instance</label>
        <select id="late-body" name="body">
          {candidates.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor="late-position">Position</label>
        <select id="late-position" name="position">
          {(['FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE'] as const).map((p) => (
            <option key={p} value={p}>
              {POSITION[p]}
            </option>
          ))}
        </select>
      </p>
      <Field label="Date de délibération (commune)" name="deliberationOn" type="date" />
      <p className="field">
        <label htmlFor="late-text">Texte de l’avis</label>
        <textarea id="late-text" name="text" rows={3} />
      </p>
      <Submit busy={loading}>Enregistrer l’avis tardif</Submit>
    </form>
  );
}

function Remarks({ report: r, territoryId }: { report: Report; territoryId: string }) {
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
              <Answer key={m.id} remark={m} territoryId={territoryId} editable={r.status === 'CLOSED'} />
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
            <label htmlFor={`answer-${remark.id}`}>Suite donnée à l’observation de {remark.body}</label>
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

function Steps({ report: r, reportRef }: Part) {
  const [open, opening] = useMutation(AdminOpenConsultationDocument, REFETCH);
  const [approve, approving] = useMutation(AdminApproveReportDocument, REFETCH);
  const [publish, publishing] = useMutation(AdminPublishReportDocument, REFETCH);
  if (r.status === 'DRAFT') {
    return (
      <Block title="Ouvrir la consultation">
        <p>Le projet tel qu’adopté devient la version 1 et ne change plus jusqu’à l’échéance.</p>
        <FormError error={opening.error} />
        <button
          type="button"
          disabled={opening.loading}
          onClick={() => void open({ variables: { input: reportRef } }).catch(() => undefined)}
        >
          Ouvrir la consultation
        </button>
      </Block>
    );
  }
  if (r.status === 'CLOSED') {
    const onSubmit = (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      void approve({
        variables: { input: { ...reportRef, approvedOn: formValues(e.currentTarget).approvedOn! } },
      }).catch(() => undefined);
    };
    return (
      <Block title="Approbation par le conseil communautaire">
        <form onSubmit={onSubmit} noValidate>
          <FormError error={approving.error} />
          <Field label="Date de la délibération d’approbation" name="approvedOn" type="date" required />
          <Submit busy={approving.loading}>Enregistrer l’approbation</Submit>
        </form>
      </Block>
    );
  }
  if (r.status === 'APPROVED') {
    return (
      <Block title="Publication">
        <p>Le rapport approuvé, son annexe et chaque avis avec sa suite donnée deviennent publics.</p>
        <FormError error={publishing.error} />
        <button
          type="button"
          disabled={publishing.loading}
          onClick={() => void publish({ variables: { input: reportRef } }).catch(() => undefined)}
        >
          Publier le rapport
        </button>
      </Block>
    );
  }
  return null;
}
