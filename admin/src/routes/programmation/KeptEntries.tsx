import { formatEuros, frameworkItemLabel, sumEuros } from '@quartiers/ui-kit';
import type { ActionInput, AdminActionPageQuery } from '../../__generated__/graphql';
import { ACTION_STATUS_LABELS } from './labels';

type Choices = NonNullable<AdminActionPageQuery['territory']>;

/** One value of the input as read by staff: names rather than ids, amounts in euros. */
function spoken(field: string, input: ActionInput, t: Choices): string {
  const names = (edges: { node: { id: string; name: string } }[], ids: readonly string[]) =>
    edges
      .filter((e) => ids.includes(e.node.id))
      .map((e) => e.node.name)
      .join(', ') || 'aucune';
  switch (field) {
    case 'status':
      return ACTION_STATUS_LABELS[input.status];
    case 'operatorId':
      return t.operators.edges.find((e) => e.node.id === input.operatorId)?.node.name ?? 'non précisé';
    case 'communeIds':
      return names(t.communes.edges, input.communeIds.map(String));
    case 'quartierIds':
      return names(t.quartiers.edges, input.quartierIds.map(String));
    case 'frameworkItemId': {
      const item = t.programmation?.contract?.frameworkItems.find((i) => i.id === input.frameworkItemId);
      return item ? frameworkItemLabel(item) : 'aucune';
    }
    case 'fundings':
      return `${input.fundings.length} financement(s), total ${formatEuros(sumEuros(input.fundings.map((f) => f.amount)))}`;
    default: {
      const value = (input as unknown as Record<string, unknown>)[field];
      return typeof value === 'string' && value ? value : 'vide';
    }
  }
}

/**
 * After reloading an action someone else changed, what the person had typed in the fields that
 * changed, so that nothing they wrote is lost: they report it into the reloaded form.
 */
export function KeptEntries(props: {
  kept: ActionInput;
  fields: readonly string[];
  choices: Choices;
  label: (field: string) => string;
}) {
  const fields = props.fields.filter((f) => f in props.kept);
  return (
    <section className="card" aria-labelledby="kept-title">
      <h2 id="kept-title">Vos saisies non enregistrées</h2>
      <p>Le formulaire montre maintenant la dernière version. Ce que vous aviez saisi dans les champs modifiés :</p>
      <dl className="facts">
        {(fields.length ? fields : Object.keys(props.kept)).map((f) => (
          <div key={f} style={{ display: 'contents' }}>
            <dt>{props.label(f)}</dt>
            <dd>{spoken(f, props.kept, props.choices)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
