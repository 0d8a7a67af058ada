import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, Notice, OPERATOR_KIND_LABELS, editConflict, useSubmission } from '@quartiers/ui-kit';
import {
  AdminCreateOperatorDocument,
  AdminProgrammationOperatorsDocument,
  AdminUpdateOperatorDocument,
  type AdminOperatorFieldsFragment,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ProgrammationNav } from './ProgrammationNav';
import { OperatorForm } from './OperatorForm';
import { ConflictNotice } from './ConflictNotice';
import { prependToList } from './cache';

/** The porteurs of the territory's actions: a search, each one's identifiers, its form; and a new one. */
export function Operators() {
  const { code = '' } = useParams();
  const [search, setSearch] = useState('');
  const { data, loading, error, fetchMore, refetch } = useQuery(AdminProgrammationOperatorsDocument, {
    variables: { code, filter: { search: search || null } },
  });
  const create = useSubmission(AdminCreateOperatorDocument, {
    update: (cache, { data: answer }) => {
      const created = answer?.createOperator.operator;
      if (created) prependToList(cache, cache.identify({ __typename: 'Territory', code }), 'operators', created);
    },
  });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const communes = t.communes.edges.map((e) => e.node);
  const onSearch = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSearch(String(new FormData(e.currentTarget).get('search') ?? '').trim());
  };
  return (
    <section>
      <h1>{t.name} — porteurs</h1>
      <TerritoryTabs code={code} />
      <ProgrammationNav code={code} />
      <details className="card">
        <summary>Nouveau porteur</summary>
        {create.data && !create.error && <Notice>{create.data.createOperator.message}</Notice>}
        <OperatorForm
          key={create.data?.createOperator.operator.id ?? 'nouveau'}
          communes={communes}
          submitLabel="Créer le porteur"
          busy={create.pending}
          serverError={create.error}
          onSave={(operator) => void create.run({ input: { territoryId: t.id, operator } })}
        />
      </details>
      <form role="search" aria-label="Rechercher un porteur" className="filters" onSubmit={onSearch}>
        <label htmlFor="operators-search">Rechercher un porteur</label>
        <input id="operators-search" name="search" type="search" defaultValue={search} maxLength={100} />
        <button type="submit">Rechercher</button>
      </form>
      <h2 aria-live="polite">Porteurs ({t.operators.totalCount})</h2>
      {t.operators.edges.length === 0 && <p>{search ? 'Aucun porteur ne correspond.' : 'Aucun porteur.'}</p>}
      <ul className="idea-queue">
        {t.operators.edges.map(({ node }) => (
          <li key={node.id}>
            <OperatorCard territoryId={t.id} operator={node} communes={communes} onReload={() => void refetch()} />
          </li>
        ))}
      </ul>
      {t.operators.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: t.operators.pageInfo.endCursor } })}>
          Afficher plus de porteurs
        </button>
      )}
    </section>
  );
}

function OperatorCard(props: {
  territoryId: string;
  operator: AdminOperatorFieldsFragment;
  communes: readonly { id: string; name: string }[];
  onReload: () => void;
}) {
  const { operator: o } = props;
  const update = useSubmission(AdminUpdateOperatorDocument);
  const conflict = editConflict(update.error);
  const ids = [o.siret && `SIRET ${o.siret}`, o.rna && `RNA ${o.rna}`].filter(Boolean).join(' — ');
  return (
    <article className="card" aria-labelledby={`operator-${o.id}`}>
      <h3 id={`operator-${o.id}`}>{o.name}</h3>
      <p>
        <span className="tag">{OPERATOR_KIND_LABELS[o.kind]}</span> {o.subKind}
        {o.commune && <> — {o.commune.name}</>}
      </p>
      <p className="muted">{ids || 'Ni SIRET ni RNA connus.'}</p>
      <details>
        <summary>
          Modifier <span className="visually-hidden">« {o.name} »</span>
        </summary>
        {update.data && !update.error && <Notice>{update.data.updateOperator.message}</Notice>}
        {conflict && (
          <ConflictNotice
            conflict={conflict}
            reloadLabel="Recharger le porteur"
            busy={false}
            onReload={() => {
              update.reset();
              props.onReload();
            }}
          />
        )}
        <OperatorForm
          key={o.version}
          operator={o}
          communes={props.communes}
          submitLabel="Enregistrer le porteur"
          busy={update.pending}
          serverError={conflict ? null : update.error}
          onSave={(operator) =>
            void update.run({
              input: { territoryId: props.territoryId, operatorId: o.id, expectedVersion: o.version, operator },
            })
          }
        />
      </details>
    </article>
  );
}
