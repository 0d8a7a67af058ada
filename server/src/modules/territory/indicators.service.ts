import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit } from '../audit/index.js';
import { createTerritoryStore } from './territory.store.js';
import type { TerritoryRequest } from './territory.deps.js';
import type { IndicatorRow } from './territory.types.js';
import { createIndicatorInput, updateIndicatorInput } from './contract.inputs.js';
import { demandContractManager } from './contract.policy.js';
import { changedMeanwhile } from './changed-meanwhile.js';

/** What the journal keeps of an indicator: all its fields. */
const view = (i: IndicatorRow) => ({
  name: i.name,
  scope: i.scope,
  value: i.value,
  valueText: i.valueText,
  unit: i.unit,
  year: i.year,
  source: i.source,
  quartierId: i.quartierId,
  approximate: i.approximate,
  note: i.note,
});

/** Indicators kept by staff: added, corrected from the version they read (optimistic concurrency); audited. */
export function createIndicatorsService(request: TerritoryRequest) {
  const { ds, clock, viewer, requestId } = request;
  const loaders = request.loaders.territory;
  async function checkQuartier(territoryId: string, quartierId: string | null) {
    if (quartierId && !(await loaders.quartierById.load({ territoryId, id: quartierId }))) {
      throw new DomainError('BAD_USER_INPUT', 'Ce quartier n’appartient pas à ce territoire.', {
        'indicator.quartierId': 'quartier inconnu sur ce territoire',
      });
    }
  }

  return {
    async createIndicator(input: unknown) {
      const i = parseInput(createIndicatorInput, input);
      demandContractManager(viewer, i.territoryId);
      await checkQuartier(i.territoryId, i.indicator.quartierId);
      return ds.transaction(async (tx) => {
        const created = (await createTerritoryStore(tx).insertIndicator(i.territoryId, i.indicator))!;
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'indicator.create',
          targetType: 'Indicator',
          targetId: created.id,
          after: view(created),
        });
        return created;
      });
    },

    async updateIndicator(input: unknown) {
      const i = parseInput(updateIndicatorInput, input);
      demandContractManager(viewer, i.territoryId);
      const before = await loaders.indicatorById.load({ territoryId: i.territoryId, id: i.id });
      if (!before) throw new DomainError('NOT_FOUND', 'Indicateur introuvable sur ce territoire.');
      await checkQuartier(i.territoryId, i.indicator.quartierId);
      const stale = () =>
        changedMeanwhile(ds, i.territoryId, { type: 'Indicator', id: i.id }, 'Cet indicateur a été modifié');
      if (before.version !== i.expectedVersion) throw await stale();
      return ds.transaction(async (tx) => {
        const store = createTerritoryStore(tx);
        const after = await store.updateIndicator(i.territoryId, i.id, i.expectedVersion, i.indicator);
        if (!after) throw await stale();
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'indicator.update',
          targetType: 'Indicator',
          targetId: i.id,
          before: view(before),
          after: view(after),
        });
        return after;
      });
    },
  };
}

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
