import { useEffect, useId, useMemo, useRef, type InputHTMLAttributes, type ReactNode, type RefObject } from 'react';
import { errorMessage, fieldErrors } from './errors';

/** The ids an invalid control is described by: its hint, then its error. */
export const describedBy = (...ids: (string | false | null | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

/** A field's French error, placed between its label and its control, and read with the control. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {message}
    </span>
  );
}

/**
 * A labelled input with its hint and its error; the label is always visible (RGAA 11.1), an error
 * marks the input invalid and is read with it (RGAA 11.10).
 */
export function Field({
  label,
  hint,
  error,
  ...input
}: { label: string; hint?: ReactNode; error?: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>
        {label}
        {input.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldMessage id={`${id}-error`} message={error} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
        {...input}
      />
    </p>
  );
}

/**
 * The French message of each field of a refused submission (checked by the form or by the server).
 * When they come, focus moves to the first invalid field, which reads its message; the form's
 * FormError, focused first (a child's effect runs before its parent's), stays as the summary.
 */
export function useFieldErrors(error: unknown, form: RefObject<HTMLFormElement | null>): Record<string, string> {
  const fields = useMemo(() => fieldErrors(error), [error]);
  useEffect(() => {
    if (Object.keys(fields).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fields, form]);
  return fields;
}

/**
 * The error of a submission (or of a page's request). Focus moves to it each time a new error comes,
 * so the person who submitted reads it first.
 */
export function FormError({ error }: { error: unknown }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <p className="form-error" role="alert" tabIndex={-1} ref={ref}>
      {errorMessage(error)}
    </p>
  );
}

/**
 * The outcome of a submission. Focus moves to it when it appears, unless `keepFocus` (a control the
 * person goes on using, such as a checkbox saved as it changes).
 */
export function Notice({ children, keepFocus = false }: { children: ReactNode; keepFocus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!keepFocus) ref.current?.focus();
  }, [keepFocus]);
  return (
    <p className="notice" role="status" tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}

/** Disabled and relabelled while the request runs, so a slow network never looks like nothing happened. */
export function Submit({
  busy,
  children,
  busyLabel = 'Envoi en cours…',
}: {
  busy: boolean;
  children: ReactNode;
  busyLabel?: string;
}) {
  return (
    <button type="submit" disabled={busy} aria-busy={busy}>
      {busy ? busyLabel : children}
    </button>
  );
}

/** Reads a form's fields by name. */
export const formValues = (form: HTMLFormElement) => Object.fromEntries(new FormData(form)) as Record<string, string>;

/** The token of an emailed link: kept in the URL fragment, which browsers never send to servers. */
export const tokenFromHash = () => new URLSearchParams(window.location.hash.slice(1)).get('jeton') ?? '';
