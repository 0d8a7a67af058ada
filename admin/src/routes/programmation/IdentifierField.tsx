import { useState } from 'react';
import { Field } from '@quartiers/ui-kit';

/**
 * A SIRET or RNA input checked as staff type: its French problem shows once they leave the field
 * (not at the first digit), and goes as soon as the number is right; the server's message otherwise.
 */
export function IdentifierField(props: {
  label: string;
  name: string;
  defaultValue: string;
  hint: string;
  check: (text: string) => string | undefined;
  serverError: string | undefined;
}) {
  const [value, setValue] = useState(props.defaultValue);
  const [left, setLeft] = useState(false);
  const problem = props.check(value);
  return (
    <Field
      label={props.label}
      name={props.name}
      value={value}
      inputMode="text"
      autoComplete="off"
      maxLength={20}
      hint={props.hint}
      error={(left || props.serverError ? problem : undefined) ?? props.serverError}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => setLeft(true)}
    />
  );
}
