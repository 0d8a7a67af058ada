import { can, type Viewer } from '../../authz/index.js';

/** Who reads the outbox: the only place the notifications module decides (the field gate applies the same permission). */
export const mayReadOutbox = (viewer: Viewer, territoryId: string) => can(viewer, 'OUTBOX_READ', territoryId);
