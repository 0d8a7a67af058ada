/** A foreign key guarantees the row: its absence is a bug, reported as an internal error. */
export function required<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`missing ${what}`);
  return row;
}
