import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, Notice, editConflict, useSubmission } from '@quartiers/ui-kit';
import {
  AdminCreateFunderDocument,
  AdminProgrammationFundersDocument,
  AdminUpdateFunderDocument,
  type AdminFunderFieldsFragment,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ProgrammationNav } from './ProgrammationNav';
import { FunderForm } from './FunderForm';
import { ConflictNotice } from './ConflictNotice';
import { prependToList } from './cache';

/** The financeurs of the territory's actions, each with its form; and a new one. */
export function Funders() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminProgrammationFundersDocument, { variables: { code } });
  const create = useSubmission(AdminCreateFunderDocument, {
    update: (cache, { data: answer }) => {
      const created = answer?.createFunder.funder;
      if (created) prependToList(cache, cache.identify({ __typename: 'Territory', code }), 'funders', created);
    },
  });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  return (
    <section>
      <h1>{t.name} — financeurs</h1>
      <TerritoryTabs code={code} />
      <ProgrammationNav code={code} />
      <details className="card">
        <summary>Nouveau financeur</summary>
        {create.data && !create.error && <Notice>{create.data.createFunder.message}</Notice>}
        <FunderForm
          key={create.data?.createFunder.funder.id ?? 'nouveau'}
          submitLabel="Créer le financeur"
          busy={create.pending}
          serverError={create.error}
          onSave={(funder) => void create.run({ input: { territoryId: t.id, funder } })}
        />
      </details>
      <h2>Financeurs ({t.funders.totalCount})</h2>
      {t.funders.edges.length === 0 && <p>Aucun financeur.</p>}
      <ul className="idea-queue">
        {t.funders.edges.map(({ node }) => (
          <li key={node.id}>
            <FunderCard territoryId={t.id} funder={node} onReload={() => void refetch()} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FunderCard(props: { territoryId: string; funder: AdminFunderFieldsFragment; onReload: () => void }) {
  const { funder: f } = props;
  const update = useSubmission(AdminUpdateFunderDocument);
  const conflict = editConflict(update.error);
  return (
    <article className="card" aria-labelledby={`funder-${f.id}`}>
      <h3 id={`funder-${f.id}`}>{f.name}</h3>
      <p className="muted">
        {f.legalName && <>{f.legalName} — </>}
        {f.siret ? `SIRET ${f.siret}` : 'SIRET inconnu : requis pour les données ouvertes.'}
      </p>
      <details>
        <summary>
          Modifier <span className="visually-hidden">« {f.name} »</span>
        </summary>
        {update.data && !update.error && <Notice>{update.data.updateFunder.message}</Notice>}
        {conflict && (
          <ConflictNotice
            conflict={conflict}
            reloadLabel="Recharger le financeur"
            busy={false}
            onReload={() => {
              update.reset();
              props.onReload();
            }}
          />
        )}
        <FunderForm
          key={f.version}
          funder={f}
          submitLabel="Enregistrer le financeur"
          busy={update.pending}
          serverError={conflict ? null : update.error}
          onSave={(funder) =>
            void update.run({
              input: { territoryId: props.territoryId, funderId: f.id, expectedVersion: f.version, funder },
            })
          }
        />
      </details>
    </article>
  );
}
