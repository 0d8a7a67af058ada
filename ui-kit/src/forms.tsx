import { useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The server's French message when there is one; otherwise a plain network message. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  return 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.';
}

/** A labelled input with its hint; the label is always visible (RGAA 11.1). */
export function Field({
  label,
  hint,
  ...input
}: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
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
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
    </p>
  );
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
