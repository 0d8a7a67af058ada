import { type FormEvent } from 'react';
import {
  BODY_STATUS,
  Field,
  FormError,
  Notice,
  POSITION,
  Submit,
  formValues,
  frenchDate,
  plural,
  useSubmission,
} from '@quartiers/ui-kit';
import {
  AdminRecordLateOpinionDocument,
  AdminSendRemindersDocument,
  type OpinionPosition,
  type ReportBoard_ReportFragment as Report,
} from '../__generated__/graphql';

type ReportRef = { territoryId: string; reportId: string };

/** Where each consulted body stands; staff who run the report may remind them, then record late avis. */
export function ReportBoard({
  report: r,
  reportRef,
  manage,
}: {
  report: Report;
  reportRef: ReportRef;
  manage: boolean;
}) {
  const counts = r.consultedBodies.reduce<Partial<Record<keyof typeof BODY_STATUS, number>>>(
    (acc, b) => ({ ...acc, [b.status]: (acc[b.status] ?? 0) + 1 }),
    {},
  );
  return (
    <section className="card">
      <h2>Tableau des avis</h2>
      <p>
        {Object.entries(counts)
          .map(([status, n]) => `${BODY_STATUS[status as keyof typeof BODY_STATUS]} : ${n}`)
          .join(' · ')}
      </p>
      <table>
        <caption className="visually-hidden">Instances consultées et leur avis</caption>
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">Transmission</th>
            <th scope="col">État</th>
            <th scope="col">Position</th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {r.consultedBodies.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name}</th>
              <td>
                {b.transmission
                  ? `${b.transmission.channel === 'EMAIL' ? 'par email' : 'par courrier'} le ${frenchDate(b.transmission.on)}`
                  : 'non transmis (pas d’avis réputé favorable)'}
              </td>
              <td>{BODY_STATUS[b.status]}</td>
              <td>{b.opinion ? POSITION[b.opinion.position] : '—'}</td>
              <td>{b.opinion?.revision ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manage && r.status === 'IN_CONSULTATION' && <Reminders reportRef={reportRef} />}
      {manage && r.status === 'CLOSED' && <LateOpinion report={r} reportRef={reportRef} />}
    </section>
  );
}

/** Reminders go automatically 7 days before the deadline; staff may send one more at any time. */
function Reminders({ reportRef }: { reportRef: ReportRef }) {
  const { run: send, pending: loading, error, data } = useSubmission(AdminSendRemindersDocument);
  return (
    <div>
      <FormError error={error} />
      {data && (
        <Notice key={JSON.stringify(data)}>
          Rappel envoyé : {plural(data.sendReminders.bodies, 'instance sans avis', 'instances sans avis')},{' '}
          {plural(data.sendReminders.emails, 'email', 'emails')}.
        </Notice>
      )}
      <button type="button" disabled={loading} onClick={() => void send({ input: reportRef })}>
        {loading ? 'Envoi…' : 'Relancer les instances sans avis'}
      </button>
    </div>
  );
}

function LateOpinion({ report: r, reportRef }: { report: Report; reportRef: ReportRef }) {
  const { run: record, pending: loading, error, data } = useSubmission(AdminRecordLateOpinionDocument);
  const candidates = r.consultedBodies.filter(
    (b) => b.status === 'TACIT' || b.status === 'AWAITING' || b.status === 'LATE',
  );
  if (candidates.length === 0) return null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void record({
      input: {
        territoryId: reportRef.territoryId,
        bodyId: v.body!,
        position: v.position as OpinionPosition,
        text: v.text ?? '',
        deliberationOn: v.deliberationOn || null,
        remarks: [],
      },
    });
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
