import { type FormEvent } from 'react';
import { FormError, Notice, POSITION, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import {
  AdminAnswerRemarkDocument,
  type OpinionPosition,
  type ReportRemarks_ReportFragment,
} from '../__generated__/graphql';
import { Block } from '../ui/Block';

/** The bodies' observations, section by section, with the suite given to each (written once the report is closed). */
export function ReportRemarks({
  report: r,
  territoryId,
  editable,
}: {
  report: ReportRemarks_ReportFragment;
  territoryId: string;
  editable: boolean;
}) {
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
  const answer = useSubmission(AdminAnswerRemarkDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void answer.run({ input: { territoryId, remarkId: remark.id, response: formValues(e.currentTarget).response! } });
  };
  return (
    <article className="remark">
      <p>
        <strong>{remark.body}</strong> ({POSITION[remark.position]}) : {remark.text}
      </p>
      {editable ? (
        <form onSubmit={onSubmit} noValidate>
          <FormError error={answer.error} />
          {answer.data && <Notice>Suite donnée enregistrée.</Notice>}
          <p className="field">
            <label htmlFor={`answer-${remark.id}`}>Suite donnée à l’observation ({remark.body})</label>
            <textarea id={`answer-${remark.id}`} name="response" rows={2} defaultValue={remark.response ?? ''} />
          </p>
          <Submit busy={answer.pending}>Enregistrer la suite donnée</Submit>
        </form>
      ) : (
        remark.response && <p>Suite donnée : {remark.response}</p>
      )}
    </article>
  );
}
