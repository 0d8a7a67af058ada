import { useState } from 'react';
import { FormError, Notice, plural, useSubmission, type ActionStatus } from '@quartiers/ui-kit';
import { AdminBulkUpdateActionsDocument, type BulkUpdateActionsInput } from '../../__generated__/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FilterSelect } from '../../ui/FilterSelect';
import { STATUS_CHOICES } from './labels';

type Change = { input: BulkUpdateActionsInput; question: string; confirmLabel: string };

/**
 * What staff do to the checked actions at once: one status for all, or one funder replaced by
 * another; the count is said, and asked again in a dialog, before it is sent.
 */
export function BulkBar(props: {
  territoryId: string;
  selected: readonly string[];
  funders: readonly (readonly [string, string])[];
  onDone: () => void;
}) {
  const { selected, funders } = props;
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [asking, setAsking] = useState<Change | null>(null);
  const bulk = useSubmission(AdminBulkUpdateActionsDocument);
  const count = plural(selected.length, 'action sélectionnée', 'actions sélectionnées');
  const nameOf = (id: string) => funders.find(([f]) => f === id)?.[1] ?? '';
  const base = { territoryId: props.territoryId, actionIds: [...selected] };

  const confirm = () => {
    const change = asking!;
    setAsking(null);
    void bulk.run({ input: change.input }).then((done) => {
      if (done) props.onDone();
    });
  };

  return (
    <section className="bulk-bar" aria-labelledby="bulk-title">
      <h3 id="bulk-title" aria-live="polite">
        {count}
      </h3>
      <FormError error={bulk.error} />
      {bulk.data && !bulk.error && <Notice>{bulk.data.bulkUpdateActions.message}</Notice>}
      <FilterSelect
        label="Nouveau statut"
        all="Choisir…"
        value={status}
        choices={STATUS_CHOICES}
        onChange={setStatus}
      />
      <button
        type="button"
        disabled={!selected.length || !status || bulk.pending}
        onClick={() =>
          status &&
          setAsking({
            input: { ...base, status },
            question: `Changer le statut de ${selected.length === 1 ? 'l’action sélectionnée' : `ces ${count}`} ?`,
            confirmLabel: `Changer le statut (${selected.length})`,
          })
        }
      >
        Changer le statut
      </button>
      <FilterSelect label="Financeur à remplacer" all="Choisir…" value={from} choices={funders} onChange={setFrom} />
      <FilterSelect label="Par" all="Choisir…" value={to} choices={funders} onChange={setTo} />
      <button
        type="button"
        disabled={!selected.length || !from || !to || from === to || bulk.pending}
        onClick={() =>
          setAsking({
            input: { ...base, replaceFunder: { fromFunderId: from, toFunderId: to } },
            question: `Remplacer ${nameOf(from)} par ${nameOf(to)} dans ${selected.length === 1 ? 'l’action sélectionnée' : `ces ${count}`} ?`,
            confirmLabel: `Remplacer le financeur (${selected.length})`,
          })
        }
      >
        Remplacer un financeur
      </button>
      <ConfirmDialog
        open={asking !== null}
        reversible
        title={asking?.question ?? ''}
        confirmLabel={asking?.confirmLabel ?? ''}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>
          {asking?.input.replaceFunder
            ? 'Une action financée par les deux garde la ligne du nouveau financeur et perd l’autre.'
            : 'Chaque action passe à ce statut ; le journal garde la trace de l’ancien.'}
        </p>
      </ConfirmDialog>
    </section>
  );
}
