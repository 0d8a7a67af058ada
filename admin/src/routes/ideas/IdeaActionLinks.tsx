import { useState, type FormEvent } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { FormError, Notice, formValues, plural, useSubmission } from '@quartiers/ui-kit';
import {
  AdminIdeaActionSearchDocument,
  AdminLinkIdeaToActionDocument,
  AdminUnlinkIdeaFromActionDocument,
  type AdminIdeaActionsFragment,
} from '../../__generated__/graphql';

type Action = AdminIdeaActionsFragment['actions'][number];

const describe = (a: Pick<Action, 'year' | 'title' | 'operator'>) =>
  `${a.title} (${a.year}${a.operator ? `, ${a.operator.name}` : ''})`;

/**
 * The actions of a programmation that carry the idea out: found by a search in the territory's
 * actions, linked or unlinked one by one. Each payload carries the idea's actions: the list changes in place.
 */
export function IdeaActionLinks({
  code,
  idea,
  ideaRef,
}: {
  code: string;
  idea: AdminIdeaActionsFragment;
  ideaRef: { territoryId: string; ideaId: string };
}) {
  const [search, found] = useLazyQuery(AdminIdeaActionSearchDocument);
  const linking = useSubmission(AdminLinkIdeaToActionDocument);
  const unlinking = useSubmission(AdminUnlinkIdeaFromActionDocument);
  const [done, setDone] = useState<string | null>(null);
  const linked = new Set(idea.actions.map((a) => a.id));
  const results = found.data?.territory?.actions.edges.map((e) => e.node) ?? [];

  const onSearch = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = formValues(e.currentTarget).search?.trim() ?? '';
    if (text) void search({ variables: { code, search: text } });
  };
  const link = (a: Action) =>
    void linking
      .run({ input: { ...ideaRef, actionId: a.id } })
      .then((ok) => ok && setDone(`Action reliée : ${describe(a)}.`));
  const unlink = (a: Action) =>
    void unlinking
      .run({ input: { ...ideaRef, actionId: a.id } })
      .then((ok) => ok && setDone(`Action déliée : ${describe(a)}.`));

  return (
    <section className="card" aria-labelledby="idea-actions">
      <h2 id="idea-actions">Relier à une action</h2>
      <p className="muted">
        Les actions d’une programmation qui réalisent l’idée : la page de l’idée les montre, avec leur porteur, leurs
        financeurs et leurs montants.
      </p>
      <FormError error={linking.error ?? unlinking.error} />
      {done && <Notice key={done}>{done}</Notice>}
      <h3>Actions reliées</h3>
      {idea.actions.length === 0 ? (
        <p>Aucune action reliée.</p>
      ) : (
        <ul>
          {idea.actions.map((a) => (
            <li key={a.id}>
              {describe(a)}{' '}
              <button type="button" disabled={unlinking.pending} onClick={() => unlink(a)}>
                Délier <span className="visually-hidden">l’action « {a.title} »</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form role="search" aria-label="Chercher une action" onSubmit={onSearch} className="inline-form">
        <label htmlFor="idea-action-search">Titre de l’action</label>{' '}
        <input id="idea-action-search" name="search" type="search" maxLength={100} />{' '}
        <button type="submit">Chercher</button>
      </form>
      {found.loading && <p role="status">Recherche…</p>}
      <FormError error={found.error} />
      {found.data && (
        <>
          <h3>Actions trouvées</h3>
          <p role="status">
            {results.length === 0
              ? 'Aucune action ne porte ces mots : essayez un autre mot du titre.'
              : plural(results.length, 'action trouvée', 'actions trouvées')}
          </p>
          {results.length > 0 && (
            <ul>
              {results.map((a) => (
                <li key={a.id}>
                  {describe(a)}{' '}
                  {linked.has(a.id) ? (
                    <span className="tag">déjà reliée</span>
                  ) : (
                    <button type="button" disabled={linking.pending} onClick={() => link(a)}>
                      Relier <span className="visually-hidden">l’action « {a.title} »</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
