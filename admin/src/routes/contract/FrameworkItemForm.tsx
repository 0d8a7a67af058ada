import { useRef, useState, type FormEvent } from 'react';
import {
  Field,
  FieldProblems,
  FormError,
  Submit,
  formValues,
  missingFields,
  useFieldErrors,
  useSubmission,
} from '@quartiers/ui-kit';
import {
  AdminCreateFrameworkItemDocument,
  AdminUpdateFrameworkItemDocument,
  type ContractTreeItemFragment,
} from '../../__generated__/graphql';

const REQUIRED = { kind: 'Indiquez le type (axe, ambition, objectif…).', title: 'Indiquez l’intitulé.' };

/**
 * An item's type, code and title: to add one under `parentId` (null: at the first level), or to
 * change `item`. Checked here first, then by the server; both show their messages on the fields.
 */
export function FrameworkItemForm(props: {
  territoryId: string;
  contractId: string;
  parentId?: string | null;
  item?: ContractTreeItemFragment;
  heading: string;
  onDone: (message: string) => void;
}) {
  const { item } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const create = useSubmission(AdminCreateFrameworkItemDocument);
  const update = useSubmission(AdminUpdateFrameworkItemDocument);
  const state = item ? update : create;
  const problem = checked ?? state.error;
  const fields = useFieldErrors(problem, formRef);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const missing = missingFields(v, REQUIRED);
    setChecked(missing);
    if (missing) return;
    const values = { territoryId: props.territoryId, kind: v.kind!, code: v.code || null, title: v.title! };
    const done = item
      ? await update.run({ input: { ...values, id: item.id, expectedVersion: item.version } })
      : await create.run({ input: { ...values, contractId: props.contractId, parentId: props.parentId ?? null } });
    if (done) props.onDone(item ? 'Élément enregistré.' : 'Élément ajouté.');
  }

  return (
    <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form">
      <h3>{props.heading}</h3>
      <FormError error={problem} />
      <Field
        label="Type (axe, ambition, objectif…)"
        name="kind"
        required
        maxLength={50}
        defaultValue={item?.kind}
        error={fields.kind}
      />
      <Field
        label="Code"
        name="code"
        maxLength={50}
        defaultValue={item?.code ?? ''}
        hint="Par exemple AXE1 ou 1.2."
        error={fields.code}
      />
      <Field label="Intitulé" name="title" required maxLength={500} defaultValue={item?.title} error={fields.title} />
      <Submit busy={state.pending}>{item ? 'Enregistrer l’élément' : 'Ajouter l’élément'}</Submit>
    </form>
  );
}
