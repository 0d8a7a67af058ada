import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  EVENT_ACCESSIBILITY_LABELS,
  Field,
  FieldProblems,
  FormError,
  Submit,
  frameworkItemLabel,
  useFieldErrors,
} from '@quartiers/ui-kit';
import {
  AdminEventFormChoicesDocument,
  type AdminEventFieldsFragment,
  type EventInput,
} from '../../__generated__/graphql';
import { Check, SelectField, TextAreaField } from './FormControls';
import { formFieldName, readEventForm } from './event-input';
import { KIND_CHOICES } from './labels';
import { parisLocal } from './paris-time';

const accessibilityKeys = Object.keys(EVENT_ACCESSIBILITY_LABELS) as (keyof typeof EVENT_ACCESSIBILITY_LABELS)[];

/**
 * The event's fields, to create one or edit it. `save` sends them and resolves to the server's
 * refusal (shown on the fields) or to nothing once saved.
 */
export function EventForm(props: {
  code: string;
  event?: AdminEventFieldsFragment;
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSave: (input: EventInput) => void;
}) {
  const { event: e, serverError } = props;
  const { data, error } = useQuery(AdminEventFormChoicesDocument, { variables: { code: props.code } });
  const [checked, setChecked] = useState<FieldProblems | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = checked ?? serverError;
  const raw = useFieldErrors(problem, formRef);
  const fields: Record<string, string> = Object.fromEntries(Object.entries(raw).map(([k, m]) => [formFieldName(k), m]));
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (!t) return <p role="status">Chargement…</p>;
  const themeIds = new Set(e?.themes.map((th) => th.id));
  const contracts = t.contracts.edges.map((c) => c.node).filter((c) => c.frameworkItems.length > 0);

  const onSubmit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const input = readEventForm(ev.currentTarget);
    if (input instanceof FieldProblems) return setChecked(input);
    setChecked(null);
    props.onSave(input);
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
      <FormError error={problem} />
      <SelectField label="Type" name="kind" required defaultValue={e?.kind ?? 'LABO'} error={fields.kind}>
        {KIND_CHOICES.map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </SelectField>
      <Field label="Titre" name="title" required maxLength={200} defaultValue={e?.title} error={fields.title} />
      <TextAreaField
        label="Description"
        name="description"
        rows={5}
        maxLength={10000}
        defaultValue={e?.description ?? ''}
        error={fields.description}
      />
      <Field
        label="Début (heure de Paris)"
        name="startsAt"
        type="datetime-local"
        required
        defaultValue={e ? parisLocal(e.startsAt) : undefined}
        error={fields.startsAt}
      />
      <Field
        label="Fin (heure de Paris)"
        name="endsAt"
        type="datetime-local"
        required
        defaultValue={e ? parisLocal(e.endsAt) : undefined}
        error={fields.endsAt}
      />
      <Field
        label="Lieu"
        name="place"
        maxLength={300}
        defaultValue={e?.place ?? ''}
        hint="Adresse ou salle."
        error={fields.place}
      />
      <SelectField label="Commune" name="communeId" defaultValue={e?.commune?.id ?? ''} error={fields.communeId}>
        <option value="">Aucune commune</option>
        {t.communes.edges.map(({ node: c }) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Quartier" name="quartierId" defaultValue={e?.quartier?.id ?? ''} error={fields.quartierId}>
        <option value="">Aucun quartier</option>
        {t.quartiers.edges.map(({ node: q }) => (
          <option key={q.id} value={q.id}>
            {q.name}
          </option>
        ))}
      </SelectField>
      <fieldset aria-describedby={fields.themeIds ? 'event-themes-error' : undefined}>
        <legend>Thèmes du contrat</legend>
        {fields.themeIds && (
          <span id="event-themes-error" className="field-error">
            {fields.themeIds}
          </span>
        )}
        {contracts.length === 0 && <p>Aucun contrat n’a d’arbre stratégique.</p>}
        {contracts.map((c) => (
          <details key={c.id} open={c.frameworkItems.some((i) => themeIds.has(i.id))}>
            <summary>{c.name}</summary>
            {c.frameworkItems.map((item) => (
              <div key={item.id} style={{ marginLeft: `${item.depth}rem` }}>
                <Check
                  label={frameworkItemLabel(item)}
                  name="themeIds"
                  value={item.id}
                  defaultChecked={themeIds.has(item.id)}
                />
              </div>
            ))}
          </details>
        ))}
      </fieldset>
      <Field
        label="Organisateur"
        name="organiser"
        maxLength={200}
        defaultValue={e?.organiser ?? ''}
        error={fields.organiser}
      />
      <Field
        label="Nombre de places"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        defaultValue={e?.capacity ?? ''}
        hint="Laissez vide pour ne pas limiter. Au-delà, les inscrits vont en liste d’attente."
        error={fields.capacity}
      />
      <Check label="Inscriptions ouvertes" name="registrationOpen" defaultChecked={e?.registrationOpen ?? true} />
      <fieldset>
        <legend>Accessibilité</legend>
        {accessibilityKeys.map((key) => (
          <Check
            key={key}
            label={EVENT_ACCESSIBILITY_LABELS[key]}
            name={key}
            defaultChecked={e?.accessibility[key] ?? false}
          />
        ))}
        <TextAreaField
          label="Autres informations d’accessibilité"
          name="note"
          rows={2}
          maxLength={500}
          defaultValue={e?.accessibility.note ?? ''}
          hint="Stationnement, langue des signes sur demande…"
          error={fields.note}
        />
      </fieldset>
      <Submit busy={props.busy}>{props.submitLabel}</Submit>
    </form>
  );
}
