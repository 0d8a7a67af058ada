import {
  can,
  demand,
  isSelf,
  ROLE_PERMISSIONS,
  type Role,
  type SignedInViewer,
  type Viewer,
} from '../../authz/index.js';
import type { ModerationItemRow } from './moderation.types.js';

/** Who decides on moderation: pure predicates over the viewer; no other place decides. */

/** Holders of the moderate permission in the territory (moderators, staff, admins). */
export const mayModerate = (viewer: Viewer, territoryId: string) => can(viewer, 'CONTRIBUTIONS_MODERATE', territoryId);

export function demandModerator(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayModerate(viewer, territoryId));
}

/** Pre- or post-moderation and the report threshold are the territory's settings. */
export const mayConfigureModeration = (viewer: Viewer, territoryId: string) =>
  can(viewer, 'TERRITORY_SETTINGS_MANAGE', territoryId);

export function demandModerationSettings(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayConfigureModeration(viewer, territoryId));
}

/** The roles whose holders are emailed about items to moderate. */
export const MODERATING_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) =>
  ROLE_PERMISSIONS[r].includes('CONTRIBUTIONS_MODERATE'),
);

/** Published and not hidden by reports: what everyone sees in public lists. */
export const isPublic = (item: Pick<ModerationItemRow, 'status' | 'hiddenAt'>) =>
  item.status === 'PUBLISHED' && item.hiddenAt === null;

/** A refusal's reason is for the author and the moderators only. */
export const maySeeDecision = (viewer: Viewer, item: Pick<ModerationItemRow, 'territoryId' | 'authorId'>) =>
  isSelf(viewer, item.authorId) || mayModerate(viewer, item.territoryId);

/** Who sees an item in a list: everyone once it is public; its author and the moderators whatever its state. */
export const maySee = (
  viewer: Viewer,
  item: Pick<ModerationItemRow, 'territoryId' | 'authorId' | 'status' | 'hiddenAt'>,
) => isPublic(item) || maySeeDecision(viewer, item);

/** Signed-in people report what they can see publicly, except what they wrote themselves. */
export const mayReport = (viewer: Viewer, item: Pick<ModerationItemRow, 'status' | 'hiddenAt' | 'authorId'>) =>
  viewer.kind === 'user' && isPublic(item) && !isSelf(viewer, item.authorId);
