import { can, demand, type SignedInViewer, type Viewer } from '../../authz/index.js';
import type { ContractRow } from './territory.types.js';

/* Who may change a contract, its strategy tree and the indicators, and who reads a draft version. */

export const mayManageContract = (viewer: Viewer, territoryId: string) =>
  can(viewer, 'PROGRAMMATION_MANAGE', territoryId);

export function demandContractManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageContract(viewer, territoryId));
}

/** A draft avenant is staff's work in progress; versions in force or superseded are public. */
export const mayReadContractVersion = (viewer: Viewer, contract: ContractRow) =>
  contract.status !== 'DRAFT' || mayManageContract(viewer, contract.territoryId);
