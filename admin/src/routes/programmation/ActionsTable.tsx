import { Link } from 'wouter';
import { formatEuros } from '@quartiers/ui-kit';
import type { AdminProgrammationActionsQuery } from '../../__generated__/graphql';
import { SortHeader, type Sorting } from '../../ui/SortHeader';
import { StatusCell } from './StatusCell';

/** The columns the server sorts by (the others keep the order chosen). */
export type SortColumn = 'reference' | 'title' | 'status';
export const ORDER_FIELDS = { reference: 'REFERENCE', title: 'TITLE', status: 'STATUS' } as const;

type Programmation = NonNullable<NonNullable<AdminProgrammationActionsQuery['territory']>['programmation']>;
export type ActionRow = Programmation['actions']['edges'][number]['node'];

/**
 * The actions of a year, one a row: checked for the bulk bar, sorted by a header's button, the
 * status edited in its cell. Scrolls inside its own box on a phone.
 */
export function ActionsTable(props: {
  code: string;
  year: number;
  territoryId: string;
  actions: readonly ActionRow[];
  /** The contract's items by id, as labelled in the filters (« AMB2 — Santé »). */
  axes: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  sorting: Sorting<SortColumn>;
  onSort: (sorting: Sorting<SortColumn>) => void;
}) {
  const { code, year, actions, selected, onSelect, sorting, onSort } = props;
  const axeOf = (a: ActionRow) => (a.frameworkItem ? props.axes.get(a.frameworkItem.id) : a.frameworkCode) ?? '';
  const allChecked = actions.length > 0 && actions.every((a) => selected.has(a.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };
  const header = (label: string, column: SortColumn) => (
    <SortHeader label={label} column={column} sorting={sorting} onSort={onSort} />
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
      <table>
        <caption id="actions-caption" className="visually-hidden">
          Actions de la programmation {year}, triées par colonne
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Sélectionner toutes les actions affichées"
                checked={allChecked}
                onChange={(e) => onSelect(new Set(e.currentTarget.checked ? actions.map((a) => a.id) : []))}
              />
            </th>
            {header('Référence', 'reference')}
            {header('Action', 'title')}
            <th scope="col">Porteur</th>
            <th scope="col">Axe</th>
            {header('Statut', 'status')}
            <th scope="col" className="num">
              Montant total
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Sélectionner « ${a.title} »`}
                  checked={selected.has(a.id)}
                  onChange={(e) => toggle(a.id, e.currentTarget.checked)}
                />
              </td>
              <td>{a.reference ?? '—'}</td>
              <td>
                <Link to={`/${code}/programmation/${year}/actions/${a.id}`}>{a.title}</Link>
              </td>
              <td>{a.operator?.name ?? '—'}</td>
              <td>{axeOf(a) || '—'}</td>
              <td>
                <StatusCell territoryId={props.territoryId} action={a} />
              </td>
              <td className="num">{formatEuros(a.totalAmount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
