import { can, demand, isSelf, type SignedInViewer, type Viewer } from '../../authz/index.js';
import type { EventRegistrationRow } from './events.types.js';

/** Who may do what with events: pure predicates over the viewer; no other place decides. */

/** Staff (and admins) of the territory: create and run events, see registrants, check in, settings. */
export const mayManageEvents = (viewer: Viewer, territoryId: string) => can(viewer, 'EVENTS_MANAGE', territoryId);

export function demandEventsManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageEvents(viewer, territoryId), 'Seule l’équipe du contrat de ville peut faire cela.');
}

/** A registration: its registrant and staff of its territory. */
export const maySeeRegistration = (viewer: Viewer, r: Pick<EventRegistrationRow, 'territoryId' | 'userId'>) =>
  isSelf(viewer, r.userId) || mayManageEvents(viewer, r.territoryId);

/** Contact details (email, phone): staff of that territory; the registrant sees their own email. */
export const maySeeRegistrationPhone = (viewer: Viewer, r: Pick<EventRegistrationRow, 'territoryId'>) =>
  mayManageEvents(viewer, r.territoryId);

/** Cancelling a registration while signed in: one's own, or anyone's for staff of the territory. */
export function demandMayCancelRegistration(viewer: Viewer, r: Pick<EventRegistrationRow, 'territoryId' | 'userId'>) {
  demand(viewer, maySeeRegistration(viewer, r), 'Vous ne pouvez annuler que votre inscription.');
}

/** Staff cancelling someone else's registration: the audit log records it. */
export const cancelsAsStaff = (viewer: Viewer, r: Pick<EventRegistrationRow, 'territoryId' | 'userId'>) =>
  !isSelf(viewer, r.userId) && mayManageEvents(viewer, r.territoryId);
