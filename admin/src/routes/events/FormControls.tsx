import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { FieldMessage, describedBy } from '@quartiers/ui-kit';

/** A labelled select with its error, read with the control (the select twin of ui-kit's Field). */
export function SelectField({
  label,
  error,
  children,
  ...select
}: { label: string; error?: string | undefined; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>
        {label}
        {select.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <FieldMessage id={`${id}-error`} message={error} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        {...select}
      >
        {children}
      </select>
    </p>
  );
}

/** A labelled textarea with its hint and its error. */
export function TextAreaField({
  label,
  hint,
  error,
  ...area
}: { label: string; hint?: ReactNode; error?: string | undefined } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>
        {label}
        {area.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldMessage id={`${id}-error`} message={error} />
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
        {...area}
      />
    </p>
  );
}

/** A checkbox and its label on one line. */
export function Check({ label, ...input }: { label: string; name: string; defaultChecked?: boolean; value?: string }) {
  const id = useId();
  return (
    <p className="check">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </p>
  );
}
