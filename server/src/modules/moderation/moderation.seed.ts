import type { Queryable } from '../../shared/sql.js';
import { createModerationStore } from './moderation.store.js';
import { DEFAULT_SETTING, type ModerationReason, type ModerationStatus, type NewItem } from './moderation.types.js';

/**
 * Writes an item in a given state, for demonstration data written without a request (no viewer,
 * no emails, no audit): a decision already taken and reports already received.
 */
export async function seedModerationItem(
  tx: Queryable,
  item: NewItem,
  state: {
    status: ModerationStatus;
    decidedBy?: string;
    decidedAt?: Date;
    reports?: { reporterId: string; reason: ModerationReason; comment: string | null; at: Date }[];
  },
) {
  const store = createModerationStore(tx);
  let row = (await store.insertItem({ ...item, status: state.status }))!;
  if (state.decidedBy && state.decidedAt)
    row = (await store.decide(
      item.territoryId,
      row.id,
      { status: state.status, reasonCode: null, reasonText: null },
      state.decidedBy,
      state.decidedAt,
    ))!;
  for (const r of state.reports ?? []) {
    await store.insertReport({
      territoryId: item.territoryId,
      itemId: row.id,
      reporterId: r.reporterId,
      reason: r.reason,
      comment: r.comment,
      createdAt: r.at,
    });
    row = (await store.countReport(item.territoryId, row.id, DEFAULT_SETTING.reportThreshold, r.at))!;
  }
  return row;
}
