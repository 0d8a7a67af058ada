/** Which column a table is sorted by, and which way. */
export interface Sorting<K extends string> {
  key: K;
  descending: boolean;
}

/**
 * A column header that sorts its table: a button (reached with Tab, pressed with Enter or Space),
 * the header's `aria-sort` saying the current order; pressed again, the order turns.
 */
export function SortHeader<K extends string>(props: {
  label: string;
  column: K;
  sorting: Sorting<K>;
  onSort: (sorting: Sorting<K>) => void;
  numeric?: boolean;
}) {
  const { label, column, sorting, onSort } = props;
  const active = sorting.key === column;
  const order = active ? (sorting.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={order ?? 'none'} className={props.numeric ? 'num' : undefined}>
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ key: column, descending: active ? !sorting.descending : false })}
      >
        {label}
        <span aria-hidden="true">{active ? (sorting.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}
