import { useRef, useState, type FormEvent } from 'react';
import {
  FieldMessage,
  FieldProblems,
  FormError,
  Notice,
  Submit,
  describedBy,
  formValues,
  useFieldErrors,
  useSubmission,
} from '@quartiers/ui-kit';
import { AdminAnswerIdeaDocument, type AdminIdeaDetailFragment, type IdeaStatus } from '../../__generated__/graphql';
import { ANSWER_CHOICES, IDEA_STATUS_LABELS } from './labels';

const NEEDS_REASON = 'Indiquez le motif : une idée non retenue reçoit toujours une réponse qui dit pourquoi.';

/**
 * Staff's answer: a status and a public text, sent to the author and the supporters. « Non retenue »
 * needs its reason, checked here before sending (and by the server). The payload carries the page's
 * fragment: the status, the answer and the history change in place.
 */
export function IdeaAnswer({
  idea,
  ideaRef,
}: {
  idea: AdminIdeaDetailFragment;
  ideaRef: { territoryId: string; ideaId: string };
}) {
  const answering = useSubmission(AdminAnswerIdeaDocument);
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const [saved, setSaved] = useState<IdeaStatus | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = missing ?? answering.error;
  const fields = useFieldErrors(problem, formRef);
  const current = idea.status === 'NEW' ? 'UNDER_STUDY' : idea.status;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const status = ANSWER_CHOICES.find(([s]) => s === v.status)?.[0] ?? current;
    const answer = v.answer?.trim() ?? '';
    const refused = status === 'NOT_RETAINED' && !answer ? new FieldProblems({ answer: NEEDS_REASON }) : null;
    setMissing(refused);
    setSaved(null);
    if (refused) return;
    void answering
      .run({ input: { ...ideaRef, status, answer: answer || null } })
      .then((done) => done && setSaved(status));
  };

  return (
    <section className="card" aria-labelledby="idea-answer">
      <h2 id="idea-answer">Répondre</h2>
      <p className="muted">
        La réponse est publique ; l’auteur et les personnes qui soutiennent l’idée en sont avertis par email, selon
        leurs préférences.
      </p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <FormError error={problem} />
        {saved && <Notice key={saved}>Réponse enregistrée : l’idée est {IDEA_STATUS_LABELS[saved]}.</Notice>}
        <p className="field">
          <label htmlFor="idea-status">Statut</label>
          <FieldMessage id="idea-status-error" message={fields.status} />
          <select
            id="idea-status"
            name="status"
            defaultValue={current}
            aria-invalid={fields.status ? true : undefined}
            aria-describedby={describedBy(fields.status && 'idea-status-error')}
          >
            {ANSWER_CHOICES.map(([s, label]) => (
              <option key={s} value={s}>
                {label}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor="idea-answer-text">Réponse publique</label>
          <span id="idea-answer-hint" className="hint">
            Obligatoire pour une idée non retenue : dites pourquoi. 3 000 caractères au plus.
          </span>
          <FieldMessage id="idea-answer-error" message={fields.answer} />
          <textarea
            id="idea-answer-text"
            name="answer"
            rows={4}
            maxLength={3000}
            defaultValue={idea.answer ?? ''}
            aria-invalid={fields.answer ? true : undefined}
            aria-describedby={describedBy('idea-answer-hint', fields.answer && 'idea-answer-error')}
          />
        </p>
        <Submit busy={answering.pending}>Enregistrer la réponse</Submit>
      </form>
    </section>
  );
}
