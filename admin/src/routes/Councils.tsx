import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { Field, FormError, Notice, ROLE_LABELS, Submit, formValues } from '@quartiers/ui-kit';
import {
  AdminCouncilsDocument,
  AdminCreateCouncilDocument,
  AdminUpdateCouncilDocument,
} from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';

interface Quartier {
  id: string;
  name: string;
}

export function Councils() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminCouncilsDocument, { variables: { code } });
  const t = data?.territory;
  if (error) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const quartiers = t.quartiers.edges.map((e) => e.node);
  return (
    <section>
      <h1>{t.name} — conseils citoyens</h1>
      <TerritoryTabs code={code} />
      <CouncilForm territoryId={t.id} quartiers={quartiers} onDone={() => void refetch()} />
      <h2>Conseils ({t.citizenCouncils.totalCount})</h2>
      {t.citizenCouncils.edges.length === 0 && <p>Aucun conseil citoyen : créez le premier ci-dessus.</p>}
      {t.citizenCouncils.edges.map(({ node: c }) => (
        <article key={c.id} className="card">
          <h3>
            {c.name} {!c.active && <span className="tag">inactif</span>}
          </h3>
          <p>
            Quartier : {c.quartier?.name ?? 'non rattaché'}
            {c.commune && ` — ${c.commune.name}`}
          </p>
          <p>
            {c.members.length === 0
              ? 'Aucun membre inscrit.'
              : c.members.map((m) => `${m.displayName ?? 'compte supprimé'} (${ROLE_LABELS[m.role]})`).join(', ')}
          </p>
          <details>
            <summary>Modifier {c.name}</summary>
            <CouncilForm
              territoryId={t.id}
              quartiers={quartiers}
              council={{ id: c.id, name: c.name, active: c.active, quartierId: c.quartier?.id ?? '' }}
            />
          </details>
        </article>
      ))}
    </section>
  );
}

function CouncilForm(props: {
  territoryId: string;
  quartiers: Quartier[];
  council?: { id: string; name: string; active: boolean; quartierId: string };
  /** After a creation: the list (and its count) is asked again. */
  onDone?: () => void;
}) {
  const [create, created] = useMutation(AdminCreateCouncilDocument);
  const [update, updated] = useMutation(AdminUpdateCouncilDocument);
  const [saved, setSaved] = useState(false);
  const state = props.council ? updated : created;
  const prefix = props.council?.id ?? 'new';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = formValues(form);
    const fields = {
      territoryId: props.territoryId,
      name: v.name!,
      quartierId: v.quartier || null,
      active: v.active === 'on',
    };
    const run = props.council
      ? update({ variables: { input: { ...fields, id: props.council.id } } })
      : create({ variables: { input: fields } });
    void run.then(
      () => {
        setSaved(true);
        if (!props.council) form.reset();
        props.onDone?.();
      },
      () => setSaved(false),
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      {!props.council && <h2>Créer un conseil citoyen</h2>}
      <FormError error={state.error} />
      {saved && <Notice>Enregistré.</Notice>}
      <Field label="Nom" name="name" required defaultValue={props.council?.name} />
      <p className="field">
        <label htmlFor={`${prefix}-quartier`}>Quartier</label>
        <select id={`${prefix}-quartier`} name="quartier" defaultValue={props.council?.quartierId ?? ''}>
          <option value="">Non rattaché</option>
          {props.quartiers.map((q) => (
            <option key={q.id} value={q.id}>
              {q.name}
            </option>
          ))}
        </select>
      </p>
      <p className="check">
        <input id={`${prefix}-active`} name="active" type="checkbox" defaultChecked={props.council?.active ?? true} />
        <label htmlFor={`${prefix}-active`}>Actif</label>
      </p>
      <Submit busy={state.loading}>{props.council ? 'Enregistrer' : 'Créer le conseil'}</Submit>
    </form>
  );
}
