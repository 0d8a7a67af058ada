import type { Queryable } from '../../shared/sql.js';
import { MODERATION_REASON_LABELS } from '../../../../ui-kit/src/moderation.js';

/** Row types of the moderation module; codegen mappers point here. */

/** What residents write that is moderated. */
export const MODERATABLE_KINDS = ['CONTRIBUTION', 'IDEA', 'IDEA_COMMENT'] as const;
export type ModeratableKind = (typeof MODERATABLE_KINDS)[number];

/**
 * What a subject's module does when its item changes (opened, decided, hidden by reports), in the
 * same transaction: the ideas module mirrors the state onto its rows so public lists filter in SQL.
 * Given by the composition root, so moderation imports none of the modules that use it.
 */
export type ModerationListener = (tx: Queryable, item: ModerationItemRow) => Promise<void>;
export type ModerationListeners = Partial<Record<ModeratableKind, ModerationListener>>;

export type ModerationStatus = 'PENDING' | 'PUBLISHED' | 'REJECTED';
export type ModerationMode = 'PRE' | 'POST';

/** Why an item is refused or reported, with the label its author and moderators read (shared with the UIs). */
export const MODERATION_REASONS = MODERATION_REASON_LABELS;
export type ModerationReason = keyof typeof MODERATION_REASONS;

/** Until a territory chooses: pre-moderated (as contributions always were), hidden after 3 reports. */
export const DEFAULT_SETTING = { mode: 'PRE' as ModerationMode, reportThreshold: 3 };

export interface ModerationSettingRow {
  territoryId: string;
  kind: ModeratableKind;
  mode: ModerationMode;
  reportThreshold: number;
}

export interface ModerationItemRow {
  territoryId: string;
  id: string;
  kind: ModeratableKind;
  subjectId: string;
  authorId: string;
  excerpt: string;
  context: string;
  status: ModerationStatus;
  reasonCode: ModerationReason | null;
  reasonText: string | null;
  reportCount: number;
  hiddenAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface ModerationReportRow {
  territoryId: string;
  itemId: string;
  reporterId: string;
  reason: ModerationReason;
  comment: string | null;
  createdAt: Date;
}

export interface QueueFilter {
  kind?: ModeratableKind | null;
  status?: ModerationStatus | null;
}

/** What a module tells moderation about a new item. */
export interface NewItem {
  territoryId: string;
  kind: ModeratableKind;
  subjectId: string;
  authorId: string;
  excerpt: string;
  context: string;
  createdAt: Date;
}

/** A moderator to email, with their notification preferences. */
export interface ModeratorRecipient {
  userId: string;
  email: string;
  displayName: string | null;
  notificationPreferences: Record<string, boolean>;
}
