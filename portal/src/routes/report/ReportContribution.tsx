import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError, MODERATION_REASON_LABELS, Notice, Submit } from '@quartiers/ui-kit';
import { ReportContributionDocument, type ModerationReason } from '../../__generated__/graphql';

/** « Signaler » on a published contribution: a reason from the list, an optional comment, once per person. */
export function ReportContribution({
  territoryId,
  contributionId,
  authorName,
}: {
  territoryId: string;
  contributionId: string;
  authorName: string;
}) {
  const [report, { loading, error, data }] = useMutation(ReportContributionDocument);
  const [open, setOpen] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const comment = String(form.get('comment') ?? '').trim();
    void report({
      variables: {
        input: {
          territoryId,
          kind: 'CONTRIBUTION',
          subjectId: contributionId,
          reason: form.get('reason') as ModerationReason,
          comment: comment || null,
        },
      },
    }).catch(() => undefined);
  };
  if (data) return <Notice>{data.reportItem.message}</Notice>;
  return (
    <details className="report-action" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Signaler <span className="visually-hidden">la contribution de {authorName}</span>
      </summary>
      {open && (
        <form onSubmit={onSubmit}>
          <FormError error={error} />
          <p className="field">
            <label htmlFor={`report-${contributionId}-reason`}>Motif du signalement</label>
            <select id={`report-${contributionId}-reason`} name="reason" required>
              {Object.entries(MODERATION_REASON_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor={`report-${contributionId}-comment`}>Précision (facultative, vue des modérateurs)</label>
            <textarea id={`report-${contributionId}-comment`} name="comment" rows={2} maxLength={1000} />
          </p>
          <Submit busy={loading}>Envoyer le signalement</Submit>
        </form>
      )}
    </details>
  );
}
