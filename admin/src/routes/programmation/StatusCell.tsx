import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FormError, useSubmission, type ActionStatus } from '@quartiers/ui-kit';
import { AdminUpdateActionDocument } from '../../__generated__/graphql';
import { actionInputOf, type EditableAction } from './action-input';
import { ACTION_STATUS_LABELS, STATUS_CHOICES } from './labels';

/**
 * The status of one action, edited in its cell: the button opens a select (Enter saves, Escape gives
 * up), saved with the version the row shows, so a change made meanwhile by someone else is refused and
 * told rather than overwritten. Focus comes back to the button, which reads the new status.
 */
export function StatusCell({ territoryId, action: a }: { territoryId: string; action: EditableAction }) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<ActionStatus>(a.status);
  const save = useSubmission(AdminUpdateActionDocument);
  const button = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const labelId = useId();
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) select.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const submit = () => {
    if (status === a.status) return close();
    const input = { territoryId, actionId: a.id, expectedVersion: a.version, action: actionInputOf(a, { status }) };
    void save.run({ input }).then((done) => done && close());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setStatus(a.status);
      save.reset();
      close();
    }
  };

  if (!editing) {
    return (
      <button
        type="button"
        ref={button}
        className="link"
        aria-label={`${ACTION_STATUS_LABELS[a.status]} — modifier le statut de « ${a.title} »`}
        onClick={() => {
          setStatus(a.status);
          setEditing(true);
        }}
      >
        {ACTION_STATUS_LABELS[a.status]}
      </button>
    );
  }
  return (
    <span onKeyDown={onKeyDown}>
      <FormError error={save.error} />
      <label id={labelId} className="visually-hidden" htmlFor={`${labelId}-select`}>
        Statut de « {a.title} » (Entrée pour enregistrer, Échap pour annuler)
      </label>
      <select
        id={`${labelId}-select`}
        ref={select}
        value={status}
        disabled={save.pending}
        onChange={(e) => setStatus(STATUS_CHOICES.find(([s]) => s === e.currentTarget.value)?.[0] ?? a.status)}
      >
        {STATUS_CHOICES.map(([s, label]) => (
          <option key={s} value={s}>
            {label}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={submit} disabled={save.pending}>
        Enregistrer<span className="visually-hidden"> le statut de « {a.title} »</span>
      </button>
    </span>
  );
}
