import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  FormError,
  MODERATABLE_KIND_LABELS,
  MODERATION_REASON_LABELS,
  MODERATION_STATUS_LABELS,
  type ModerationReasonCode,
} from '@quartiers/ui-kit';
import { AdminModerateItemDocument, type ModerationQueueItemFragment } from '../__generated__/graphql';
import { formatDateTime } from '../ui/format';

/**
 * One item of the queue: what was written, its reports, and the decision. A refusal takes a reason
 * from the list (and a text if needed), both shown to the author, and is confirmed before it is sent.
 * The mutation returns the item's fragment: Apollo updates it in place, without refetching the queue.
 */
export function ModerationDecision({ item, territoryId }: { item: ModerationQueueItemFragment; territoryId: string }) {
  const [moderate, { loading, error }] = useMutation(AdminModerateItemDocument);
  const [refusal, setRefusal] = useState<{ reasonCode: ModerationReasonCode; reasonText: string | null } | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (refusal) confirm.current?.focus();
  }, [refusal]);

  const send = (decision: 'PUBLISH' | 'REJECT') =>
    void moderate({
      variables: {
        input: {
          territoryId,
          itemId: item.id,
          decision,
          reasonCode: decision === 'REJECT' ? refusal?.reasonCode : null,
          reasonText: decision === 'REJECT' ? refusal?.reasonText : null,
        },
      },
    })
      .then(() => setRefusal(null))
      .catch(() => undefined);
  const onRefuse = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = String(form.get('reasonText') ?? '').trim();
    setRefusal({ reasonCode: form.get('reasonCode') as ModerationReasonCode, reasonText: text || null });
  };
  const waiting = item.status === 'PENDING' || item.hidden;

  return (
    <article className="remark" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {MODERATABLE_KIND_LABELS[item.kind]} de {item.authorName}{' '}
        <span className="tag">
          {item.hidden ? 'masquée après signalements' : MODERATION_STATUS_LABELS[item.status]}
        </span>
      </h3>
      <p className="muted">
        {item.context} — {formatDateTime(item.createdAt)}
      </p>
      <blockquote>{item.excerpt}</blockquote>
      {item.reports.length > 0 && (
        <>
          <p>Signalements depuis la dernière décision : {item.reportCount}</p>
          <ul>
            {item.reports.map((r, i) => (
              <li key={i}>
                {r.reasonLabel}
                {r.comment ? ` : « ${r.comment} »` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.status === 'REJECTED' && (
        <p>
          Motif du refus : {item.reasonLabel}
          {item.reasonText ? ` — ${item.reasonText}` : ''}
        </p>
      )}
      <FormError error={error} />
      {(waiting || item.status === 'REJECTED') && (
        <button type="button" disabled={loading} onClick={() => send('PUBLISH')}>
          Publier <span className="visually-hidden">la publication de {item.authorName}</span>
        </button>
      )}
      {(waiting || item.status === 'PUBLISHED') && !refusal && (
        <form onSubmit={onRefuse}>
          <p className="field">
            <label htmlFor={`${item.id}-code`}>
              Motif du refus (vu par {item.authorName})<span aria-hidden="true"> *</span>
            </label>
            <select id={`${item.id}-code`} name="reasonCode" required defaultValue="">
              <option value="" disabled>
                Choisir un motif
              </option>
              {Object.entries(MODERATION_REASON_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${item.id}-text`}>Précision (facultative, vue par l’auteur et les modérateurs)</label>
            <textarea id={`${item.id}-text`} name="reasonText" maxLength={1000} rows={2} />
          </p>
          <button type="submit" disabled={loading}>
            Refuser…
          </button>
        </form>
      )}
      {refusal && (
        <div role="group" aria-label="Confirmer le refus" className="confirm-inline">
          <p>
            Refuser cette publication ? {item.authorName} verra le motif : «{' '}
            {MODERATION_REASON_LABELS[refusal.reasonCode]}
            {refusal.reasonText ? ` — ${refusal.reasonText}` : ''} ».
          </p>
          <button type="button" ref={confirm} className="primary" disabled={loading} onClick={() => send('REJECT')}>
            Confirmer le refus
          </button>{' '}
          <button type="button" onClick={() => setRefusal(null)}>
            Annuler
          </button>
        </div>
      )}
    </article>
  );
}
