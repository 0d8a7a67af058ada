import { useRef, useState, type FormEvent } from 'react';
import { Field, FieldProblems, FormError, Submit, formValues, useFieldErrors, useSubmission } from '@quartiers/ui-kit';
import {
  AdminCreateIndicatorDocument,
  AdminIndicatorsDocument,
  AdminUpdateIndicatorDocument,
  type IndicatorRowFragment,
} from '../../__generated__/graphql';
import { Check, SelectField, TextAreaField } from '../events/FormControls';
import { formFieldName, readIndicatorForm } from './indicator-input';

/**
 * An indicator's fields, to add one or to correct `indicator` from the version shown. A change made
 * meanwhile by someone else is refused by the server, which says who and when: « Recharger » then
 * shows the current values.
 */
export function IndicatorForm(props: {
  code: string;
  territoryId: string;
  quartiers: { id: string; name: string }[];
  indicator?: IndicatorRowFragment;
  onDone: (message: string) => void;
  onReload?: () => void;
}) {
  const { indicator: i } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const update = useSubmission(AdminUpdateIndicatorDocument);
  const create = useSubmission(AdminCreateIndicatorDocument, {
    // The new indicator joins the table from the answer.
    update: (cache, { data }) => {
      const created = data?.createIndicator.indicator;
      const listed = cache.readQuery({ query: AdminIndicatorsDocument, variables: { code: props.code } });
      if (!created || !listed?.territory) return;
      const { indicators } = listed.territory;
      cache.writeQuery({
        query: AdminIndicatorsDocument,
        variables: { code: props.code },
        data: {
          territory: {
            ...listed.territory,
            indicators: {
              ...indicators,
              totalCount: indicators.totalCount + 1,
              // The cache keeps each object's type name, which the generated types leave out.
              edges: [
                ...indicators.edges,
                { __typename: 'IndicatorEdge', node: created } as (typeof indicators.edges)[number],
              ],
            },
          },
        },
      });
    },
  });
  const state = i ? update : create;
  const problem = checked ?? state.error;
  const raw = useFieldErrors(problem, formRef);
  const fields = Object.fromEntries(Object.entries(raw).map(([k, m]) => [formFieldName(k), m]));
  const conflict = !checked && raw.conflict === 'STALE';

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const read = readIndicatorForm(formValues(form));
    if (read instanceof FieldProblems) return setChecked(read);
    setChecked(null);
    const input = { territoryId: props.territoryId, indicator: read };
    const done = i
      ? await update.run({ input: { ...input, id: i.id, expectedVersion: i.version } })
      : await create.run({ input });
    if (!done) return;
    if (!i) form.reset();
    props.onDone(i ? 'Indicateur enregistré.' : 'Indicateur ajouté.');
  }

  return (
    <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form">
      <h2>{i ? `Modifier « ${i.name} »` : 'Ajouter un indicateur'}</h2>
      <FormError error={problem} />
      {conflict && props.onReload && (
        <p>
          <button type="button" onClick={props.onReload}>
            Recharger l’indicateur
          </button>
        </p>
      )}
      <Field label="Nom" name="name" required maxLength={200} defaultValue={i?.name} error={fields.name} />
      <Field
        label="Échelle"
        name="scope"
        required
        maxLength={100}
        hint="Territoire, quartier, commune…"
        defaultValue={i?.scope}
        error={fields.scope}
      />
      <SelectField label="Quartier" name="quartierId" defaultValue={i?.quartier?.id ?? ''} error={fields.quartierId}>
        <option value="">Aucun quartier</option>
        {props.quartiers.map((q) => (
          <option key={q.id} value={q.id}>
            {q.name}
          </option>
        ))}
      </SelectField>
      <Field label="Année" name="year" inputMode="numeric" defaultValue={i?.year ?? ''} error={fields.year} />
      <Field
        label="Valeur"
        name="value"
        inputMode="decimal"
        hint="Un nombre, par exemple 12,5."
        defaultValue={i?.value === null || i?.value === undefined ? '' : String(i.value).replace('.', ',')}
        error={fields.value}
      />
      <Field
        label="Valeur telle que publiée"
        name="valueText"
        maxLength={100}
        hint="Quand ce n’est pas un seul nombre, par exemple 70-95."
        defaultValue={i?.valueText ?? ''}
        error={fields.valueText}
      />
      <Field label="Unité" name="unit" maxLength={50} defaultValue={i?.unit ?? ''} error={fields.unit} />
      <Field label="Source" name="source" maxLength={300} defaultValue={i?.source ?? ''} error={fields.source} />
      <Check label="Valeur approchée" name="approximate" defaultChecked={i?.approximate ?? false} />
      <TextAreaField
        label="Note"
        name="note"
        rows={3}
        maxLength={2000}
        defaultValue={i?.note ?? ''}
        error={fields.note}
      />
      <Submit busy={state.pending}>{i ? 'Enregistrer l’indicateur' : 'Ajouter l’indicateur'}</Submit>
    </form>
  );
}
