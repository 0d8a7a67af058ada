import { STORED_AUDIT_ACTIONS } from '../../../../ui-kit/src/__generated__/catalogue.js';
import type { AuditAction, StoredAuditAction } from './audit.types.js';

const ACTION_OF_STORED = new Map(
  Object.entries(STORED_AUDIT_ACTIONS).map(([action, stored]) => [stored, action as AuditAction]),
);

/** The code the log stores for an action of the API (`ROLE_GRANT` → `role.grant`). */
export const storedAuditAction = (action: AuditAction): StoredAuditAction => STORED_AUDIT_ACTIONS[action];

/**
 * The API's action for a stored code. Every code the server writes is typed from the catalogue, so
 * an unknown one is a row written by another version of the server: a fault, said as such.
 */
export function auditActionOf(stored: string): AuditAction {
  const action = ACTION_OF_STORED.get(stored as StoredAuditAction);
  if (!action) throw new Error(`audit_log.action « ${stored} » is not in enum AuditAction`);
  return action;
}
