import { EVENT_OUTCOME_KIND_LABELS } from '@quartiers/ui-kit';
import type { EventOutcomeKind } from '../../__generated__/graphql';
import { TextAreaField } from './FormControls';

export interface OutcomeLine {
  /** A key for React only: lines have no id until saved, and are replaced as a whole. */
  key: string;
  kind: EventOutcomeKind;
  text: string;
}

const KINDS = Object.keys(EVENT_OUTCOME_KIND_LABELS) as EventOutcomeKind[];
const ADD_LABELS: Record<EventOutcomeKind, string> = {
  DECISION: 'Ajouter une décision',
  WORKSHOP_OUTPUT: 'Ajouter une production d’atelier',
};
let counter = 0;
export const newLine = (kind: EventOutcomeKind, text = ''): OutcomeLine => ({ key: `line-${++counter}`, kind, text });

/** The decisions and workshop outputs of a meeting, one editable line each, grouped by kind. */
export function OutcomeLines(props: {
  lines: OutcomeLine[];
  errors: Record<string, string>;
  onChange: (lines: OutcomeLine[]) => void;
}) {
  const { lines, errors, onChange } = props;
  const set = (key: string, text: string) => onChange(lines.map((l) => (l.key === key ? { ...l, text } : l)));
  return (
    <>
      {KINDS.map((kind) => {
        const own = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.kind === kind);
        return (
          <fieldset key={kind}>
            <legend>{kind === 'DECISION' ? 'Décisions' : 'Productions d’atelier'}</legend>
            {own.length === 0 && <p>Aucune pour l’instant.</p>}
            {own.map(({ line, index }, n) => (
              <div className="outcome-line" key={line.key}>
                <TextAreaField
                  label={`${EVENT_OUTCOME_KIND_LABELS[kind]} ${n + 1}`}
                  name={`outcome-${line.key}`}
                  rows={2}
                  maxLength={2000}
                  value={line.text}
                  onChange={(e) => set(line.key, e.currentTarget.value)}
                  error={errors[`outcomes.${index}.text`] ?? errors[`outcomes.${index}`]}
                />
                <button type="button" onClick={() => onChange(lines.filter((l) => l.key !== line.key))}>
                  Retirer
                  <span className="visually-hidden">
                    {' '}
                    : {EVENT_OUTCOME_KIND_LABELS[kind].toLowerCase()} {n + 1}
                  </span>
                </button>
              </div>
            ))}
            <button type="button" onClick={() => onChange([...lines, newLine(kind)])}>
              {ADD_LABELS[kind]}
            </button>
          </fieldset>
        );
      })}
    </>
  );
}
