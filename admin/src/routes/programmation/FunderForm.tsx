import { useRef, useState, type FormEvent } from 'react';
import { Field, FieldProblems, FormError, Submit, useFieldErrors } from '@quartiers/ui-kit';
import type { AdminFunderFieldsFragment, FunderInput } from '../../__generated__/graphql';
import { IdentifierField } from './IdentifierField';
import { compactIdentifier, siretProblem } from './identifiers';

const formFieldName = (path: string) => path.replace(/^(input\.)?(funder\.)?/, '');

/** A financeur's fields: its usual name, its official one for open data (nomAttribuant), its SIRET (idAttribuant). */
export function FunderForm(props: {
  funder?: AdminFunderFieldsFragment;
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSave: (input: FunderInput) => void;
}) {
  const { funder: f } = props;
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = checked ?? props.serverError;
  const raw = useFieldErrors(problem, formRef);
  const fields = Object.fromEntries(Object.entries(raw).map(([k, m]) => [formFieldName(k), m]));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const v = (name: string) => String(data.get(name) ?? '').trim();
    const problems: Record<string, string> = {};
    if (!v('name')) problems.name = 'Donnez le nom du financeur.';
    const siret = siretProblem(v('siret'));
    if (siret) problems.siret = siret;
    if (Object.keys(problems).length) return setChecked(new FieldProblems(problems));
    setChecked(null);
    props.onSave({ name: v('name'), legalName: v('legalName') || null, siret: compactIdentifier(v('siret')) });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
      <FormError error={problem} />
      <Field label="Nom" name="name" required maxLength={200} defaultValue={f?.name} error={fields.name} />
      <Field
        label="Nom officiel"
        name="legalName"
        maxLength={200}
        defaultValue={f?.legalName ?? ''}
        hint="Pour les données ouvertes, s’il diffère du nom usuel."
        error={fields.legalName}
      />
      <IdentifierField
        label="SIRET"
        name="siret"
        defaultValue={f?.siret ?? ''}
        hint="14 chiffres : l’identifiant de l’attribuant dans les données ouvertes."
        check={siretProblem}
        serverError={fields.siret}
      />
      <Submit busy={props.busy}>{props.submitLabel}</Submit>
    </form>
  );
}
