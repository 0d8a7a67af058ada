import { useState, type FormEvent } from 'react';
import { FormError, MODERATION_REASON_LABELS, Notice, Submit, useSubmission } from '@quartiers/ui-kit';
import { ReportIdeaItemDocument, type ModerationReason } from '../../__generated__/graphql';

/** « Signaler » an idea or a comment: a reason from the shared list, an optional comment, once per person. */
export function ReportIdeaItem({
  territoryId,
  kind,
  subjectId,
  what,
}: {
  territoryId: string;
  kind: 'IDEA' | 'IDEA_COMMENT';
  subjectId: string;
  /** Read by screen readers after « Signaler »: « l’idée … », « le commentaire de … ». */
  what: string;
}) {
  const report = useSubmission(ReportIdeaItemDocument);
  const [open, setOpen] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const comment = String(form.get('comment') ?? '').trim();
    void report.run({
      input: { territoryId, kind, subjectId, reason: form.get('reason') as ModerationReason, comment: comment || null },
    });
  };
  if (report.data) return <Notice>{report.data.reportItem.message}</Notice>;
  const id = `report-${subjectId}`;
  return (
    <details className="report-action" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Signaler <span className="visually-hidden">{what}</span>
      </summary>
      {open && (
        <form onSubmit={onSubmit}>
          <FormError error={report.error} />
          <p className="field">
            <label htmlFor={`${id}-reason`}>Motif du signalement</label>
            <select id={`${id}-reason`} name="reason" required>
              {Object.entries(MODERATION_REASON_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${id}-comment`}>Précision (facultative, vue des modérateurs)</label>
            <textarea id={`${id}-comment`} name="comment" rows={2} maxLength={1000} />
          </p>
          <Submit busy={report.pending}>Envoyer le signalement</Submit>
        </form>
      )}
    </details>
  );
}
