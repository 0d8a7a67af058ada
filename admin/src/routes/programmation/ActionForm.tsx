import { useRef, useState, type FormEvent } from 'react';
import { Field, FieldProblems, FormError, Submit, frameworkItemLabel, useFieldErrors } from '@quartiers/ui-kit';
import type { ActionInput, AdminActionFieldsFragment, AdminActionPageQuery } from '../../__generated__/graphql';
import { Check, SelectField, TextAreaField } from '../events/FormControls';
import { FundingRows } from './FundingRows';
import { fundingRowsOf, readFundingRows, type FundingRow } from './funding-rows';
import { STATUS_CHOICES } from './labels';

type Choices = NonNullable<AdminActionPageQuery['territory']>;
const nodes = <T,>(c: { edges: { node: T }[] }) => c.edges.map((e) => e.node);

/** The server names a field by its path in the input (`action.fundings.0.amount`): the form by what follows. */
const formFieldName = (path: string) => path.replace(/^(input\.)?(action\.)?/, '');

/**
 * Every field of an action, to create one or edit it; the fundings are rows with their live total.
 * What the form can check (title, amounts, dates, one line a funder) is said on the fields before
 * sending; the server's French messages show the same way.
 */
export function ActionForm(props: {
  choices: Choices;
  action?: AdminActionFieldsFragment;
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSave: (input: ActionInput) => void;
}) {
  const { choices: t, action: a } = props;
  const [rows, setRows] = useState<FundingRow[]>(() => fundingRowsOf(a));
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = checked ?? props.serverError;
  const raw = useFieldErrors(problem, formRef);
  const fields = Object.fromEntries(Object.entries(raw).map(([k, m]) => [formFieldName(k), m]));
  const communeIds = new Set(a?.communes.map((c) => c.id));
  const quartierIds = new Set(a?.quartiers.map((q) => q.id));
  const items = t.programmation?.contract?.frameworkItems ?? [];
  const funders = nodes(t.funders).map((f) => [f.id, f.name] as const);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const v = (name: string) => String(data.get(name) ?? '').trim();
    const { fundings, problems } = readFundingRows(rows);
    if (!v('title')) problems.title = 'Donnez un titre à l’action.';
    if (v('startDate') && v('endDate') && v('endDate') < v('startDate'))
      problems.endDate = 'La fin ne peut pas précéder le début.';
    if (Object.keys(problems).length) return setChecked(new FieldProblems(problems));
    setChecked(null);
    props.onSave({
      title: v('title'),
      reference: v('reference') || null,
      operatorId: v('operatorId') || null,
      communeIds: data.getAll('communeIds').map(String),
      quartierIds: data.getAll('quartierIds').map(String),
      frameworkItemId: v('frameworkItemId') || null,
      status: STATUS_CHOICES.find(([s]) => s === v('status'))?.[0] ?? 'SUBMITTED',
      startDate: v('startDate') || null,
      endDate: v('endDate') || null,
      description: v('description') || null,
      fundings,
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
      <FormError error={problem} />
      <Field label="Titre" name="title" required maxLength={300} defaultValue={a?.title} error={fields.title} />
      <Field
        label="Numéro de dossier"
        name="reference"
        maxLength={50}
        defaultValue={a?.reference ?? ''}
        hint="Unique dans l’année."
        error={fields.reference}
      />
      <SelectField label="Porteur" name="operatorId" defaultValue={a?.operator?.id ?? ''} error={fields.operatorId}>
        <option value="">Non précisé</option>
        {nodes(t.operators).map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Statut" name="status" required defaultValue={a?.status ?? 'SUBMITTED'} error={fields.status}>
        {STATUS_CHOICES.map(([s, label]) => (
          <option key={s} value={s}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Orientation du contrat"
        name="frameworkItemId"
        defaultValue={a?.frameworkItem?.id ?? ''}
        error={fields.frameworkItemId}
      >
        <option value="">Aucune</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {'\u00a0\u00a0'.repeat(i.depth)}
            {frameworkItemLabel(i)}
          </option>
        ))}
      </SelectField>
      <Field label="Début" name="startDate" type="date" defaultValue={a?.startDate ?? ''} error={fields.startDate} />
      <Field label="Fin" name="endDate" type="date" defaultValue={a?.endDate ?? ''} error={fields.endDate} />
      <TextAreaField
        label="Description"
        name="description"
        rows={4}
        maxLength={10000}
        defaultValue={a?.description ?? ''}
        error={fields.description}
      />
      <fieldset>
        <legend>Communes</legend>
        {fields.communeIds && <span className="field-error">{fields.communeIds}</span>}
        {nodes(t.communes).map((c) => (
          <Check key={c.id} label={c.name} name="communeIds" value={c.id} defaultChecked={communeIds.has(c.id)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Quartiers</legend>
        {fields.quartierIds && <span className="field-error">{fields.quartierIds}</span>}
        {nodes(t.quartiers).map((q) => (
          <Check key={q.id} label={q.name} name="quartierIds" value={q.id} defaultChecked={quartierIds.has(q.id)} />
        ))}
      </fieldset>
      <FundingRows rows={rows} onChange={setRows} funders={funders} errors={fields} />
      <Submit busy={props.busy}>{props.submitLabel}</Submit>
    </form>
  );
}
