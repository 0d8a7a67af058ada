import { type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { Field, FormError, Submit, formValues } from '@quartiers/ui-kit';
import {
  AdminModerateContributionDocument,
  type ReportModeration_ContributionFragment as Contribution,
} from '../__generated__/graphql';

/** Residents' contributions waiting for moderation: publish, or refuse with a reason the author sees. */
export function ReportModeration({
  report,
  territoryId,
}: {
  report: { contributions: Contribution[] };
  territoryId: string;
}) {
  const { code = '' } = useParams();
  const pending = report.contributions.filter((c) => c.status === 'PENDING');
  return (
    <section className="card">
      <h2>Contributions à modérer ({pending.length})</h2>
      {pending.length === 0 && <p>Rien à modérer.</p>}
      {pending.map((c) => (
        <Decision key={c.id} contribution={c} territoryId={territoryId} />
      ))}
      <p className="muted">
        Contributions publiées : {report.contributions.filter((c) => c.status === 'PUBLISHED').length} ; refusées :{' '}
        {report.contributions.filter((c) => c.status === 'REJECTED').length}.{' '}
        <Link to={`/${code}/moderation`}>Toute la file de modération, signalements compris</Link>
      </p>
    </section>
  );
}

function Decision({ contribution: c, territoryId }: { contribution: Contribution; territoryId: string }) {
  const [moderate, { loading, error }] = useMutation(AdminModerateContributionDocument);
  const decide = (decision: 'PUBLISH' | 'REJECT', reason: string | null) =>
    void moderate({ variables: { input: { territoryId, contributionId: c.id, decision, reason } } }).catch(
      () => undefined,
    );
  const onReject = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    decide('REJECT', formValues(e.currentTarget).reason || null);
  };
  return (
    <article className="remark">
      <p>
        <strong>{c.authorName}</strong> sur « {c.section.title} » : {c.text}
      </p>
      <FormError error={error} />
      <button type="button" disabled={loading} onClick={() => decide('PUBLISH', null)}>
        Publier <span className="visually-hidden">la contribution de {c.authorName}</span>
      </button>
      <form onSubmit={onReject} noValidate>
        <Field label={`Motif du refus (vu par ${c.authorName})`} name="reason" required />
        <Submit busy={loading}>Refuser</Submit>
      </form>
    </article>
  );
}
