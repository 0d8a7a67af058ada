import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearch } from 'wouter';
import {
  Field,
  FieldMessage,
  FormError,
  Notice,
  Submit,
  describedBy,
  formValues,
  frameworkItemLabel,
  missingFields,
  useFieldErrors,
  useSubmission,
  type FieldProblems,
} from '@quartiers/ui-kit';
import { AdminIdeaRecordFormDocument, AdminRecordIdeaDocument } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { IdeasNav } from './IdeasNav';
import { forgetIdeaLists } from './cache';
import { RECORD_CHANNELS } from './labels';
import { IdeaEventSelect } from '../events/IdeaEventSelect';

const REQUIRED = {
  onBehalfOf: 'Indiquez comment la personne veut être nommée (un prénom, « Habitante de Lens »…).',
  title: 'Donnez un titre à l’idée.',
  text: 'Écrivez l’idée telle que la personne l’a exprimée.',
};

/** An idea met at a meeting, on paper or by phone, recorded by staff in the resident's name. */
export function IdeaRecord() {
  const { code = '' } = useParams();
  // Opened from a meeting's page (« Enregistrer une idée issue de la rencontre »): that meeting is preselected.
  const fromEvent = new URLSearchParams(useSearch()).get('evenement') ?? '';
  const { data, loading, error } = useQuery(AdminIdeaRecordFormDocument, { variables: { code } });
  const recording = useSubmission(AdminRecordIdeaDocument, { update: (cache) => forgetIdeaLists(cache, code) });
  const [missing, setMissing] = useState<FieldProblems | null>(null);
  const [recorded, setRecorded] = useState<{ id: string; title: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const problem = missing ?? recording.error;
  const fields = useFieldErrors(problem, formRef);
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const contracts = t.contracts.edges.map((e) => e.node).filter((c) => c.frameworkItems.length > 0);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    const empty = missingFields(v, REQUIRED);
    setMissing(empty);
    setRecorded(null);
    if (empty) return;
    const channel = RECORD_CHANNELS.find(([c]) => c === v.channel)?.[0] ?? 'MEETING';
    void recording
      .run({
        input: {
          territoryId: t.id,
          channel,
          onBehalfOf: v.onBehalfOf!.trim(),
          title: v.title!.trim(),
          text: v.text!.trim(),
          quartierId: v.quartierId || null,
          themeId: v.themeId || null,
          eventId: channel === 'MEETING' ? v.eventId || null : null,
        },
      })
      .then((answer) => {
        const idea = answer?.submitIdea.idea;
        if (!idea) return;
        form.reset();
        setRecorded({ id: idea.id, title: idea.title });
      });
  };

  return (
    <section>
      <h1>{t.name} — enregistrer une idée</h1>
      <TerritoryTabs code={code} />
      <IdeasNav code={code} />
      <p>
        Pour une idée recueillie en réunion, sur papier ou par téléphone : elle est publiée sous le nom choisi par la
        personne, et suit la modération comme les autres.
      </p>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="narrow">
        <FormError error={problem} />
        {recorded && (
          <Notice>
            Idée enregistrée : <Link to={`/${code}/idees/${recorded.id}`}>« {recorded.title} »</Link>.
          </Notice>
        )}
        <fieldset>
          <legend>Comment l’idée a été reçue</legend>
          {RECORD_CHANNELS.map(([c, label], i) => (
            <p className="check" key={c}>
              <input id={`channel-${c}`} type="radio" name="channel" value={c} defaultChecked={i === 0} />
              <label htmlFor={`channel-${c}`}>{label}</label>
            </p>
          ))}
        </fieldset>
        <IdeaEventSelect code={code} eventId={fromEvent} error={fields.eventId} />
        <Field
          label="Nom affiché"
          name="onBehalfOf"
          required
          maxLength={80}
          hint="Comment la personne veut être nommée : un prénom, « Habitante de Lens »…"
          error={fields.onBehalfOf}
        />
        <Field label="Titre" name="title" required maxLength={140} error={fields.title} />
        <p className="field">
          <label htmlFor="idea-text">
            Texte<span aria-hidden="true"> *</span>
          </label>
          <FieldMessage id="idea-text-error" message={fields.text} />
          <textarea
            id="idea-text"
            name="text"
            rows={6}
            maxLength={5000}
            required
            aria-invalid={fields.text ? true : undefined}
            aria-describedby={describedBy(fields.text && 'idea-text-error')}
          />
        </p>
        <p className="field">
          <label htmlFor="idea-quartier">Quartier</label>
          <FieldMessage id="idea-quartier-error" message={fields.quartierId} />
          <select
            id="idea-quartier"
            name="quartierId"
            defaultValue=""
            aria-invalid={fields.quartierId ? true : undefined}
            aria-describedby={describedBy(fields.quartierId && 'idea-quartier-error')}
          >
            <option value="">Tout le territoire</option>
            {t.quartiers.edges.map(({ node: q }) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor="idea-theme">Thème (facultatif)</label>
          <FieldMessage id="idea-theme-error" message={fields.themeId} />
          <select
            id="idea-theme"
            name="themeId"
            defaultValue=""
            aria-invalid={fields.themeId ? true : undefined}
            aria-describedby={describedBy(fields.themeId && 'idea-theme-error')}
          >
            <option value="">Aucun thème</option>
            {contracts.map((c) => (
              <optgroup key={c.id} label={c.name}>
                {c.frameworkItems.map((item) => (
                  <option key={item.id} value={item.id}>
                    {'\u00a0\u00a0'.repeat(item.depth)}
                    {frameworkItemLabel(item)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </p>
        <Submit busy={recording.pending}>Enregistrer l’idée</Submit>
      </form>
    </section>
  );
}
