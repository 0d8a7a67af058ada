import { can, demand, type SignedInViewer, type Viewer } from '../../authz/index.js';

/* Who may change what of a territory: the only place the territory module decides. */

export const mayManageCouncils = (viewer: Viewer, territoryId: string) => can(viewer, 'COUNCILS_MANAGE', territoryId);

export const mayManageSettings = (viewer: Viewer, territoryId: string) =>
  can(viewer, 'TERRITORY_SETTINGS_MANAGE', territoryId);

export function demandCouncilsManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageCouncils(viewer, territoryId));
}

export function demandSettingsManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageSettings(viewer, territoryId));
}
