import { Field } from '@quartiers/ui-kit';

/** The rule the server enforces on a new password (identity/passwords.ts), told where one is chosen. */
const RULE = '12 caractères au moins.';

/** A field for choosing a password, with the rule it must follow and an optional further note. */
export function NewPasswordField(props: {
  label: string;
  name: string;
  required?: boolean;
  note?: string;
  error?: string | undefined;
}) {
  return (
    <Field
      label={props.label}
      name={props.name}
      type="password"
      autoComplete="new-password"
      required={props.required}
      hint={props.note ? `${RULE} ${props.note}` : RULE}
      error={props.error}
    />
  );
}
