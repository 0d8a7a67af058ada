import { DomainError } from '../../shared/errors.js';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import { isUniqueViolation, type Queryable } from '../../shared/sql.js';
import { parseInput } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit, type StoredAuditAction } from '../audit/index.js';
import { createTerritoryStore } from './territory.store.js';
import type { TerritoryRequest } from './territory.deps.js';
import type { TerritoryInternals } from './territory-internals.js';
import type { ContractRow } from './territory.types.js';
import { createContractInput, draftAmendmentInput, putInForceInput } from './contract.inputs.js';
import { demandContractManager, mayReadContractVersion } from './contract.policy.js';
import { changedMeanwhile } from './changed-meanwhile.js';
import { frenchDate } from '../../shared/clock.js';

const ONE_DRAFT = 'Un avenant à ce contrat est déjà en préparation : modifiez-le ou mettez-le en vigueur d’abord.';

/** What the journal keeps of a version of a contract. */
const view = (c: ContractRow) => ({
  name: c.name,
  startYear: c.startYear,
  endYear: c.endYear,
  signedOn: c.signedOn,
  status: c.status,
  amendmentNumber: c.amendmentNumber,
  inForceFrom: c.inForceFrom,
});

/**
 * Contracts and their versions: a new contract is a draft, an avenant is a draft copy of the version
 * in force with its tree, and putting a draft in force supersedes the version it replaces, which
 * stays readable (as do the programmations made under it). Drafts are read by staff only.
 */
export function createContractService(request: TerritoryRequest, { store }: TerritoryInternals) {
  const { ds, clock, viewer, requestId } = request;
  const loaders = request.loaders.territory;
  const audit = (
    tx: Queryable,
    territoryId: string,
    action: StoredAuditAction,
    target: string,
    before: object | null,
    after: object,
  ) =>
    recordAudit(tx, clock, actorOf(viewer), requestId, {
      territoryId,
      action,
      targetType: 'Contract',
      targetId: target,
      before,
      after,
    });
  /** What this request reads next sees the change (the payload's tree and versions). */
  function changed(c: ContractRow) {
    const key = { territoryId: c.territoryId, id: c.id };
    loaders.contractById.clear(key).prime(key, c);
    loaders.contractVersionsByFamilyId.clear({ territoryId: c.territoryId, id: c.familyId });
    loaders.frameworkItemsByContractId.clear(key);
  }
  const readable = (c: ContractRow | null) => (c && mayReadContractVersion(viewer, c) ? c : null);

  return {
    listContracts(territoryId: string, args: PageArgs, allVersions: boolean) {
      if (allVersions) demandContractManager(viewer, territoryId);
      return store.listContracts(territoryId, toPage(args), allVersions);
    },

    contract: async (territoryId: string, id: string) => readable(await loaders.contractById.load({ territoryId, id })),

    async versions(c: ContractRow) {
      const all = await loaders.contractVersionsByFamilyId.load({ territoryId: c.territoryId, id: c.familyId });
      return all.filter((v) => mayReadContractVersion(viewer, v));
    },

    async createContract(input: unknown) {
      const i = parseInput(createContractInput, input);
      demandContractManager(viewer, i.territoryId);
      const contract = await ds.transaction(async (tx) => {
        const created = (await createTerritoryStore(tx).insertContract(i.territoryId, i, clock.now()))!;
        await audit(tx, i.territoryId, 'contract.create', created.id, null, view(created));
        return created;
      });
      changed(contract);
      return contract;
    },

    /** The avenant copies the version in force, whichever version of the contract it is asked from. */
    async draftAmendment(input: unknown) {
      const i = parseInput(draftAmendmentInput, input);
      demandContractManager(viewer, i.territoryId);
      const asked = await loaders.contractById.load({ territoryId: i.territoryId, id: i.contractId });
      if (!asked) throw new DomainError('NOT_FOUND', 'Contrat introuvable sur ce territoire.');
      const versions = await loaders.contractVersionsByFamilyId.load({
        territoryId: i.territoryId,
        id: asked.familyId,
      });
      if (versions.some((v) => v.status === 'DRAFT')) throw new DomainError('CONFLICT', ONE_DRAFT);
      const inForce = versions.find((v) => v.status === 'IN_FORCE');
      if (!inForce) {
        throw new DomainError(
          'CONFLICT',
          'Ce contrat n’a pas encore de version en vigueur : mettez d’abord en vigueur son projet.',
        );
      }
      try {
        const draft = await ds.transaction(async (tx) => {
          const copy = await createTerritoryStore(tx).draftAmendment(i.territoryId, inForce.id, clock.now());
          if (!copy)
            throw await changedMeanwhile(
              ds,
              i.territoryId,
              { type: 'Contract', id: inForce.id },
              'Ce contrat a été modifié',
            );
          const { itemCount, ...draft } = copy;
          await audit(tx, i.territoryId, 'contract.amendment-draft', draft.id, null, {
            amendmentNumber: draft.amendmentNumber,
            copiedFromId: inForce.id,
            itemCount,
          });
          return draft;
        });
        changed(draft);
        return draft;
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('CONFLICT', ONE_DRAFT);
        throw error;
      }
    },

    /** The draft applies from `inForceFrom`, which cannot precede the date the version it replaces applied from. */
    async putAmendmentInForce(input: unknown) {
      const i = parseInput(putInForceInput, input);
      demandContractManager(viewer, i.territoryId);
      const result = await ds.transaction(async (tx) => {
        const txStore = createTerritoryStore(tx);
        const draft = await txStore.lockContract(i.territoryId, i.contractId);
        if (!draft) throw new DomainError('NOT_FOUND', 'Contrat introuvable sur ce territoire.');
        if (draft.version !== i.expectedVersion) {
          throw await changedMeanwhile(
            ds,
            i.territoryId,
            { type: 'Contract', id: draft.id },
            'Ce projet d’avenant a été modifié',
          );
        }
        if (draft.status !== 'DRAFT') {
          throw new DomainError(
            'CONFLICT',
            'Cette version est déjà en vigueur ou remplacée : seul un projet peut être mis en vigueur.',
          );
        }
        const superseded = await txStore.supersede(i.territoryId, draft.familyId, clock.now());
        if (superseded?.inForceFrom && i.inForceFrom < superseded.inForceFrom) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `L’avenant ne peut pas s’appliquer avant la version qu’il remplace (en vigueur depuis le ${frenchDate(superseded.inForceFrom)}).`,
            { inForceFrom: `le ${frenchDate(superseded.inForceFrom)} au plus tôt` },
          );
        }
        const inForce = (await txStore.putInForce(i.territoryId, draft.id, i.inForceFrom, clock.now()))!;
        await audit(
          tx,
          i.territoryId,
          'contract.in-force',
          draft.id,
          { status: draft.status },
          {
            status: inForce.status,
            inForceFrom: inForce.inForceFrom,
            supersededId: superseded?.id ?? null,
          },
        );
        return { inForce, superseded };
      });
      changed(result.inForce);
      if (result.superseded) changed(result.superseded);
      return result.inForce;
    },
  };
}

export type ContractService = ReturnType<typeof createContractService>;
