import { useRef, useState, type FormEvent } from 'react';
import {
  Field,
  FieldProblems,
  FormError,
  OPERATOR_KIND_LABELS,
  Submit,
  useFieldErrors,
  type OperatorKind,
} from '@quartiers/ui-kit';
import type { AdminOperatorFieldsFragment, OperatorInput } from '../../__generated__/graphql';
import { SelectField } from '../events/FormControls';
import { IdentifierField } from './IdentifierField';
import { compactIdentifier, rnaProblem, siretProblem } from './identifiers';

const KINDS = Object.entries(OPERATOR_KIND_LABELS) as [OperatorKind, string][];
const formFieldName = (path: string) => path.replace(/^(input\.)?(operator\.)?/, '');

/** A porteur's fields, to create one or edit it; SIRET and RNA are checked as they are typed. */
export function OperatorForm(props: {
  operator?: AdminOperatorFieldsFragment;
  communes: readonly { id: string; name: string }[];
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSave: (input: OperatorInput) => void;
}) {
  const { operator: o } = props;
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
    if (!v('name')) problems.name = 'Donnez le nom du porteur.';
    const siret = siretProblem(v('siret'));
    const rna = rnaProblem(v('rna'));
    if (siret) problems.siret = siret;
    if (rna) problems.rna = rna;
    if (Object.keys(problems).length) return setChecked(new FieldProblems(problems));
    setChecked(null);
    props.onSave({
      name: v('name'),
      kind: KINDS.find(([k]) => k === v('kind'))?.[0] ?? 'ASSOCIATION',
      subKind: v('subKind') || null,
      communeId: v('communeId') || null,
      siret: compactIdentifier(v('siret')),
      rna: compactIdentifier(v('rna')),
    });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
      <FormError error={problem} />
      <Field label="Nom" name="name" required maxLength={200} defaultValue={o?.name} error={fields.name} />
      <SelectField label="Type" name="kind" required defaultValue={o?.kind ?? 'ASSOCIATION'} error={fields.kind}>
        {KINDS.map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </SelectField>
      <Field
        label="Précision du type"
        name="subKind"
        maxLength={100}
        defaultValue={o?.subKind ?? ''}
        hint="Centre social, club sportif…"
        error={fields.subKind}
      />
      <SelectField label="Commune" name="communeId" defaultValue={o?.commune?.id ?? ''} error={fields.communeId}>
        <option value="">Aucune</option>
        {props.communes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <IdentifierField
        label="SIRET"
        name="siret"
        defaultValue={o?.siret ?? ''}
        hint="14 chiffres, si connu."
        check={siretProblem}
        serverError={fields.siret}
      />
      <IdentifierField
        label="Numéro RNA"
        name="rna"
        defaultValue={o?.rna ?? ''}
        hint="W suivi de 9 chiffres, pour une association."
        check={rnaProblem}
        serverError={fields.rna}
      />
      <Submit busy={props.busy}>{props.submitLabel}</Submit>
    </form>
  );
}
