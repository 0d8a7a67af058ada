import { can, type Viewer } from '../../authz/index.js';

/** Who reads the journal: the only place the audit module decides (the field gate applies the same permission). */
export const mayReadAudit = (viewer: Viewer, territoryId: string) => can(viewer, 'AUDIT_READ', territoryId);
