import { toPage, type PageArgs } from '../../shared/pagination.js';
import type { TerritoryStore } from './territory.store.js';
import type { TerritoryRequest } from './territory.deps.js';
import type { TerritoryInternals } from './territory-internals.js';
import type { FrameworkItemRow, QuartierRow } from './territory.types.js';

/** Read rules of the territory module: public contract data, always scoped to one territory. */
export function createTerritoryService(request: TerritoryRequest, { store, directory }: TerritoryInternals) {
  const loaders = request.loaders.territory;
  const frameworkOf = (territoryId: string, contractId: string) =>
    loaders.frameworkItemsByContractId.load({ territoryId, id: contractId });

  return {
    listTerritories: (args: PageArgs) => store.listTerritories(toPage(args)),

    async territoryByCode(code: string) {
      const territory = await directory.byCode(code.trim().toUpperCase());
      if (territory) loaders.territoryById.prime(territory.id, territory);
      return territory;
    },

    listCommunes: (territoryId: string, args: PageArgs, filter: Parameters<TerritoryStore['listCommunes']>[2]) =>
      store.listCommunes(territoryId, toPage(args), filter),

    listQuartiers: (
      territoryId: string,
      args: PageArgs,
      filter: { kind?: QuartierRow['kind'] | null; communeId?: string | null; search?: string | null },
    ) => store.listQuartiers(territoryId, toPage(args), filter),

    listIndicators: (territoryId: string, args: PageArgs, filter: Parameters<TerritoryStore['listIndicators']>[2]) =>
      store.listIndicators(territoryId, toPage(args), filter),

    listGovernanceBodies: (territoryId: string, args: PageArgs) =>
      store.listGovernanceBodies(territoryId, toPage(args)),

    listCitizenCouncils: (territoryId: string, args: PageArgs) => store.listCitizenCouncils(territoryId, toPage(args)),

    /** The tree is read whole per contract (it is small), then navigated in memory. */
    async frameworkRoots(territoryId: string, contractId: string) {
      return (await frameworkOf(territoryId, contractId)).filter((i) => i.parentId === null);
    },

    async frameworkItems(territoryId: string, contractId: string, kind?: string | null) {
      const items = await frameworkOf(territoryId, contractId);
      return kind ? items.filter((i) => i.kind === kind) : items;
    },

    async frameworkItemByCode(territoryId: string, contractId: string, code: string) {
      return (await frameworkOf(territoryId, contractId)).find((i) => i.code === code) ?? null;
    },

    async frameworkChildren(item: FrameworkItemRow) {
      return (await frameworkOf(item.territoryId, item.contractId)).filter((i) => i.parentId === item.id);
    },

    async frameworkParent(item: FrameworkItemRow) {
      if (!item.parentId) return null;
      return (await frameworkOf(item.territoryId, item.contractId)).find((i) => i.id === item.parentId) ?? null;
    },
  };
}

export type TerritoryService = ReturnType<typeof createTerritoryService>;
