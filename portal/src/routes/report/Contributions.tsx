import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { Link } from 'wouter';
import {
  FieldMessage,
  FormError,
  Notice,
  Submit,
  describedBy,
  missingFields,
  useFieldErrors,
  type FieldProblems,
} from '@quartiers/ui-kit';
import {
  Contributions_ContributionFragmentDoc,
  SubmitContributionDocument,
  type Contributions_ReportFragment as Report,
} from '../../__generated__/graphql';
import { ReportContribution } from './ReportContribution';

const STATUS = { PENDING: 'en attente de modération', PUBLISHED: 'publiée', REJECTED: 'refusée' } as const;

/** Residents' comments, shown apart from the avis: the published ones, and one's own with their status. */
export function Contributions({
  territoryId,
  report,
  canContribute,
}: {
  territoryId: string;
  report: Report;
  canContribute: boolean;
}) {
  // The new contribution joins the report's list in the cache: the page is not asked again.
  const [send, { loading, error }] = useMutation(SubmitContributionDocument, {
    update(cache, { data }) {
      const added = data?.submitContribution.contribution;
      if (!added) return;
      cache.modify({
        id: cache.identify({ __typename: 'Report', id: report.id }),
        fields: {
          contributions: (list: readonly Reference[]) => [
            ...list,
            cache.writeFragment({
              data: added,
              fragment: Contributions_ContributionFragmentDoc,
              fragmentName: 'Contributions_contribution',
            })!,
          ],
        },
      });
    },
  });
  const [sent, setSent] = useState(false);
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = missing ?? error;
  const fields = useFieldErrors(problem, formRef);
  const published = report.contributions.filter((c) => c.status === 'PUBLISHED');
  // Only the viewer's own: a moderator also receives everybody's pending and refused contributions.
  const mine = report.contributions.filter((c) => c.mine && c.status !== 'PUBLISHED');
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    const empty = missingFields({ text }, { text: 'Écrivez votre contribution avant de l’envoyer.' });
    setMissing(empty);
    setSent(false);
    if (empty) return;
    void send({
      variables: {
        input: { territoryId, reportId: report.id, sectionId: String(data.get('section')), text },
      },
    }).then(
      () => {
        setSent(true);
        form.reset();
      },
      () => undefined,
    );
  };
  return (
    <section aria-labelledby="contributions">
      <h2 id="contributions">Contributions des habitants</h2>
      <p className="muted">
        Ce ne sont pas des avis officiels : elles sont publiées après modération et annexées au rapport.
      </p>
      {published.length === 0 ? (
        <p>Aucune contribution publiée pour l’instant.</p>
      ) : (
        <ul>
          {published.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong> sur « {c.section.title} » : {c.text}
              {c.viewerCanReport && (
                <ReportContribution territoryId={territoryId} contributionId={c.id} authorName={c.authorName} />
              )}
            </li>
          ))}
        </ul>
      )}
      {mine.length > 0 && (
        <>
          <h3>Mes contributions</h3>
          <ul>
            {mine.map((c) => (
              <li key={c.id}>
                « {c.text} » — {STATUS[c.status]}
                {c.rejectionReason && ` : ${c.rejectionReason}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.acceptingOpinions &&
        (canContribute ? (
          <form onSubmit={onSubmit} noValidate ref={formRef}>
            <h3>Commenter le projet de rapport</h3>
            <FormError error={problem} />
            {sent && <Notice>Merci ! Votre contribution sera publiée après modération.</Notice>}
            <p className="field">
              <label htmlFor="contribution-section">Section commentée</label>
              <FieldMessage id="contribution-section-error" message={fields.sectionId} />
              <select
                id="contribution-section"
                name="section"
                aria-invalid={fields.sectionId ? true : undefined}
                aria-describedby={describedBy(fields.sectionId && 'contribution-section-error')}
              >
                {report.sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </p>
            <p className="field">
              <label htmlFor="contribution-text">Votre contribution</label>
              <FieldMessage id="contribution-text-error" message={fields.text} />
              <textarea
                id="contribution-text"
                name="text"
                rows={4}
                required
                aria-invalid={fields.text ? true : undefined}
                aria-describedby={describedBy(fields.text && 'contribution-text-error')}
              />
            </p>
            <Submit busy={loading}>Envoyer ma contribution</Submit>
          </form>
        ) : (
          <p>
            <Link to="/compte/connexion">Connectez-vous</Link> (ou <Link to="/compte/inscription">créez un compte</Link>
            ) pour commenter le projet de rapport.
          </p>
        ))}
    </section>
  );
}
