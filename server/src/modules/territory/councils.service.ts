import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { demandCouncilsManager } from './territory.policy.js';
import { recordAudit } from '../audit/index.js';
import { createTerritoryStore } from './territory.store.js';
import type { TerritoryRequest } from './territory.deps.js';
import type { CitizenCouncilRow } from './territory.types.js';

const fields = {
  name: z.string().trim().min(2, 'nom trop court').max(120, 'nom trop long'),
  quartierId: uuidField.nullish(),
  active: z.boolean(),
};

/** Conseils citoyens kept by staff: created, linked to their quartier, activated or not; audited. */
export function createCouncilsService(request: TerritoryRequest) {
  const { ds, clock, viewer, requestId } = request;
  const loaders = request.loaders.territory;
  async function checkQuartier(territoryId: string, quartierId: string | null | undefined) {
    if (quartierId && !(await loaders.quartierById.load({ territoryId, id: quartierId }))) {
      throw new DomainError('NOT_FOUND', 'Quartier inconnu sur ce territoire.', { quartierId: 'inconnu' });
    }
  }
  const view = (c: CitizenCouncilRow) => ({ name: c.name, quartierId: c.quartierId, active: c.active });

  return {
    async createCitizenCouncil(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, ...fields }), input);
      demandCouncilsManager(viewer, i.territoryId);
      await checkQuartier(i.territoryId, i.quartierId);
      return ds.transaction(async (tx) => {
        const [council] = await createTerritoryStore(tx).insertCitizenCouncil({
          territoryId: i.territoryId,
          name: i.name,
          quartierId: i.quartierId ?? null,
          active: i.active,
        });
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'council.create',
          targetType: 'CitizenCouncil',
          targetId: council!.id,
          after: view(council!),
        });
        return council!;
      });
    },

    async updateCitizenCouncil(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, id: uuidField, ...fields }), input);
      demandCouncilsManager(viewer, i.territoryId);
      const before = await loaders.citizenCouncilById.load({ territoryId: i.territoryId, id: i.id });
      if (!before) throw new DomainError('NOT_FOUND', 'Conseil citoyen inconnu sur ce territoire.');
      await checkQuartier(i.territoryId, i.quartierId);
      return ds.transaction(async (tx) => {
        const [council] = await createTerritoryStore(tx).updateCitizenCouncil({
          territoryId: i.territoryId,
          id: i.id,
          name: i.name,
          quartierId: i.quartierId ?? null,
          active: i.active,
        });
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'council.update',
          targetType: 'CitizenCouncil',
          targetId: i.id,
          before: view(before),
          after: view(council!),
        });
        return council!;
      });
    },
  };
}
export type CouncilsService = ReturnType<typeof createCouncilsService>;
