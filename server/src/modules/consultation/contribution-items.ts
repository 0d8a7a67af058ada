import type { ModerationItemRow } from '../moderation/index.js';
import type { ContributionRow, StoredContribution } from './consultation.types.js';

type WithItem<C extends StoredContribution> = C & Omit<ContributionRow, keyof StoredContribution>;

/** A contribution with the moderation state its item holds (both are written in one transaction). */
export const withItem = <C extends StoredContribution>(c: C, item: ModerationItemRow): WithItem<C> => ({
  ...c,
  status: item.status,
  reasonCode: item.reasonCode,
  reasonText: item.reasonText,
  hiddenAt: item.hiddenAt,
  moderatedBy: item.decidedBy,
  moderatedAt: item.decidedAt,
});

/** Contributions merged with their items, read apart in one batch; one without an item is left out. */
export function withItems<C extends StoredContribution>(
  contributions: readonly C[],
  items: readonly (ModerationItemRow | null)[],
): WithItem<C>[] {
  const bySubject = new Map(
    items.flatMap((i) => (i?.kind === 'CONTRIBUTION' ? [[`${i.territoryId}:${i.subjectId}`, i] as const] : [])),
  );
  return contributions.flatMap((c) => {
    const item = bySubject.get(`${c.territoryId}:${c.id}`);
    return item ? [withItem(c, item)] : [];
  });
}
