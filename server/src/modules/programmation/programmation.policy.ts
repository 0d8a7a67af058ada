import { can, demand, type SignedInViewer, type Viewer } from '../../authz/index.js';

/** Who may do what with the programmation: pure predicates over the viewer; no other place decides. */

/** Staff of the territory: edit the contract and the programmation, import, publish, see drafts. */
export const mayManageProgrammation = (viewer: Viewer, territoryId: string) =>
  can(viewer, 'PROGRAMMATION_MANAGE', territoryId);

export function demandProgrammationManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageProgrammation(viewer, territoryId), 'Seule l’équipe du contrat de ville peut faire cela.');
}

/**
 * Draft programmations and actions not (or not yet) funded are staff's working state: everyone
 * else sees the funded actions of published programmations only.
 */
export const seesPublicOnly = (viewer: Viewer, territoryId: string) => !mayManageProgrammation(viewer, territoryId);
