import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import {
  FormError,
  Notice,
  auditFieldLabel,
  editConflict,
  isUnknownAddress,
  useSubmission,
  type EditConflict,
} from '@quartiers/ui-kit';
import {
  AdminActionPageDocument,
  AdminActionToEditDocument,
  AdminCreateActionDocument,
  AdminUpdateActionDocument,
  type ActionInput,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ProgrammationNav } from './ProgrammationNav';
import { ActionForm } from './ActionForm';
import { ConflictNotice } from './ConflictNotice';
import { KeptEntries } from './KeptEntries';
import { prependToList } from './cache';
import { ACTION_STATUS_LABELS } from './labels';

/**
 * An action of a year, new (`…/actions/nouvelle`) or saved. Saving sends the version the form
 * started from: if someone saved meanwhile, the page says who changed what, keeps the typed values,
 * and offers to reload the action (what was typed then stays listed beside the form).
 */
export function ActionPage() {
  const { code = '', year: yearText = '', actionId = '' } = useParams();
  const [, navigate] = useLocation();
  const created = new URLSearchParams(useSearch()).has('cree');
  const isNew = actionId === 'nouvelle';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const { data, loading, error } = useQuery(AdminActionPageDocument, {
    variables: { code, year },
    skip: Number.isNaN(year),
  });
  const saved = useQuery(AdminActionToEditDocument, { variables: { code, id: actionId }, skip: isNew });
  const [sent, setSent] = useState<ActionInput | null>(null);
  const [kept, setKept] = useState<{ input: ActionInput; conflict: EditConflict } | null>(null);
  const [reloading, setReloading] = useState(false);
  const t = data?.territory;
  const p = t?.programmation;
  const create = useSubmission(AdminCreateActionDocument, {
    update: (cache, { data: answer }) => {
      const action = answer?.createAction.action;
      if (action && p)
        prependToList(cache, cache.identify({ __typename: 'Programmation', id: p.id }), 'actions', action);
    },
  });
  const update = useSubmission(AdminUpdateActionDocument);
  const a = isNew ? undefined : (saved.data?.territory?.action ?? undefined);
  if (error && !t && !isUnknownAddress(error, ['year'])) return <FormError error={error} />;
  if (saved.error && !a && !isUnknownAddress(saved.error, ['id'])) return <FormError error={saved.error} />;
  if ((loading && !t) || (saved.loading && !a)) return <p role="status">Chargement…</p>;
  if (!t || !p || p.year == null || (!isNew && !a)) return <p>Action introuvable.</p>;
  const conflict = editConflict(update.error);
  const yearPath = `/${code}/programmation/${p.year}`;

  const save = (input: ActionInput) => {
    setSent(input);
    if (!a) {
      void create.run({ input: { territoryId: t.id, programmationId: p.id, action: input } }).then((answer) => {
        const done = answer?.createAction.action;
        if (done) navigate(`${yearPath}/actions/${done.id}?cree=1`);
      });
      return;
    }
    setKept(null);
    void update.run({ input: { territoryId: t.id, actionId: a.id, expectedVersion: a.version, action: input } });
  };
  const reload = () => {
    if (sent && conflict) setKept({ input: sent, conflict });
    setReloading(true);
    void saved
      .refetch()
      .then(() => update.reset())
      .finally(() => setReloading(false));
  };

  return (
    <section>
      <h1>
        {a ? a.title : `Nouvelle action — ${p.year}`}
        {a && <span className="tag"> {ACTION_STATUS_LABELS[a.status]}</span>}
      </h1>
      <TerritoryTabs code={code} />
      <ProgrammationNav code={code} />
      <p>
        <Link to={yearPath}>Retour aux actions de {p.year}</Link>
      </p>
      {created && !update.data && <Notice keepFocus>Action créée.</Notice>}
      {update.data && !update.error && <Notice>{update.data.updateAction.message}</Notice>}
      {conflict && (
        <ConflictNotice conflict={conflict} reloadLabel="Recharger l’action" onReload={reload} busy={reloading} />
      )}
      {kept && (
        <KeptEntries kept={kept.input} fields={kept.conflict.changedFields} choices={t} label={auditFieldLabel} />
      )}
      <p>Les champs marqués d’une astérisque sont obligatoires. Les montants s’écrivent en euros : 12 500,50.</p>
      <ActionForm
        key={a ? `${a.id}-${a.version}` : 'nouvelle'}
        choices={t}
        action={a}
        submitLabel={a ? 'Enregistrer l’action' : 'Créer l’action'}
        busy={create.pending || update.pending}
        serverError={a ? (conflict ? null : update.error) : create.error}
        onSave={save}
      />
    </section>
  );
}
