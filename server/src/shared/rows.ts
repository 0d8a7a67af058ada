/** Rows come back snake_case from named SQL; the domain speaks camelCase. */
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function camelizeRows<T>(rows: Record<string, unknown>[]): T[] {
  if (rows.length === 0) return [];
  const keys = Object.keys(rows[0]!).map((k) => [k, camel(k)] as const);
  // Columns aliased in camelCase already: the rows are used as they came.
  if (keys.every(([from, to]) => from === to)) return rows as T[];
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [from, to] of keys) out[to] = row[from];
    return out as T;
  });
}

/** Rows in the order of the keys they were asked for (DataLoader's contract). */
export function inKeyOrder<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Rows grouped under the keys they were asked for, each group in query order. */
export function groupedInKeyOrder<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** Keeps what DataLoader.loadMany found (drops misses and per-key errors). */
export const found = <T>(value: T | null | Error): value is T => value !== null && !(value instanceof Error);
