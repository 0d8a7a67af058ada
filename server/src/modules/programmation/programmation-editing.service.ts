import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import type { Queryable } from '../../shared/sql.js';
import type { ProgrammationRequest } from './programmation.deps.js';
import { demandProgrammationManager } from './programmation.policy.js';
import { createProgrammationEditingStore } from './programmation-editing.store.js';
import {
  createFunderInput,
  createOperatorInput,
  createProgrammationInput,
  programmationVersionInput,
  updateFunderInput,
  updateOperatorInput,
  updateProgrammationInput,
} from './programmation-editing.inputs.js';
import { changesBetween, staleEdit } from './edit-conflict.js';
import { editingTools, notFound, uniqueOr, unknownIn } from './editing-tools.js';
import type { FunderRow, OperatorRow, ProgrammationRow, ProgrammationStatus } from './programmation.types.js';

const MESSAGES = {
  created: 'Programmation créée en brouillon.',
  updated: 'Programmation enregistrée.',
  unchanged: 'Aucune modification à enregistrer.',
  PUBLISHED: 'Programmation publiée : elle est visible sur le portail.',
  DRAFT: 'Programmation repassée en brouillon : elle n’est plus visible sur le portail.',
  operatorCreated: 'Porteur créé.',
  operatorUpdated: 'Porteur enregistré.',
  funderCreated: 'Financeur créé.',
  funderUpdated: 'Financeur enregistré.',
} as const;

/** What the journal keeps of each kind of row: the fields staff edit, amounts as decimal strings. */
const programmationView = (p: ProgrammationRow) => ({
  totalCost: p.totalCost,
  specificCreditsTotal: p.specificCreditsTotal,
  projectsSubmitted: p.projectsSubmitted,
  notes: p.notes,
});
const operatorView = (o: Omit<OperatorRow, 'id' | 'territoryId' | 'note' | 'version'>) => ({
  name: o.name,
  kind: o.kind,
  subKind: o.subKind,
  communeId: o.communeId,
  siret: o.siret,
  rna: o.rna,
});
const funderView = (f: Omit<FunderRow, 'id' | 'territoryId' | 'version'>) => ({
  name: f.name,
  legalName: f.legalName,
  siret: f.siret,
});

/** Staff's edits of programmation years, operators and funders (actions: action-editing.service). */
export function createProgrammationEditingService(deps: ProgrammationRequest) {
  const { ds, clock, viewer } = deps;
  const loaders = deps.loaders.programmation;
  const { audit, reloaded } = editingTools(deps);

  const programmationPayload = async (p: ProgrammationRow, message: string) => ({
    programmation: await reloaded(loaders.programmationById, { territoryId: p.territoryId, id: p.id }),
    message,
  });

  /** Locks the row; an edit started from another version is refused with what changed since. */
  async function lockedProgrammation(tx: Queryable, i: ProgrammationKey) {
    const row = await createProgrammationEditingStore(tx).lockProgrammation(i.territoryId, i.programmationId);
    if (!row) throw notFound('Programmation');
    if (row.version !== i.expectedVersion) throw await staleEdit(tx, { type: 'Programmation', ...i, id: row.id });
    return row;
  }

  async function setStatus(input: unknown, status: ProgrammationStatus) {
    const i = parseInput(programmationVersionInput, input);
    demandProgrammationManager(viewer, i.territoryId);
    const saved = await ds.transaction(async (tx) => {
      const before = await lockedProgrammation(tx, i);
      if (before.status === status) return before;
      const after = await createProgrammationEditingStore(tx).setProgrammationStatus(
        i.territoryId,
        before.id,
        before.version,
        status,
        clock.now(),
      );
      await audit(tx, {
        territoryId: i.territoryId,
        action: status === 'PUBLISHED' ? 'programmation.publish' : 'programmation.unpublish',
        targetType: 'Programmation',
        targetId: before.id,
        before: { status: before.status, version: before.version },
        after: { status, publishedAt: after!.publishedAt, version: after!.version },
      });
      return after!;
    });
    return programmationPayload(saved, MESSAGES[status]);
  }

  /** The commune of an operator's form, checked against the territory. */
  async function checkedCommune(territoryId: string, communeId: string | null) {
    if (communeId && !(await deps.loaders.territory.communeById.load({ territoryId, id: communeId })))
      throw unknownIn('operator.communeId', 'Cette commune');
  }
  const operatorNameTaken = 'Un porteur de ce nom existe déjà dans ce territoire.';
  const funderNameTaken = 'Un financeur de ce nom existe déjà dans ce territoire.';

  return {
    async createProgrammation(input: unknown) {
      const i = parseInput(createProgrammationInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      if (
        i.contractId &&
        !(await deps.loaders.territory.contractById.load({ territoryId: i.territoryId, id: i.contractId }))
      )
        throw unknownIn('contractId', 'Ce contrat');
      const created = await ds.transaction(async (tx) => {
        const row = await createProgrammationEditingStore(tx).insertProgrammation(
          i.territoryId,
          i.year,
          i.contractId,
          clock.now(),
        );
        if (!row)
          throw new DomainError('BAD_USER_INPUT', `La programmation ${i.year} existe déjà dans ce territoire.`, {
            year: 'déjà créée',
          });
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'programmation.create',
          targetType: 'Programmation',
          targetId: row.id,
          before: null,
          after: { year: row.year, contractId: row.contractId, status: row.status, version: row.version },
        });
        return row;
      });
      return programmationPayload(created, MESSAGES.created);
    },

    async updateProgrammation(input: unknown) {
      const i = parseInput(updateProgrammationInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      const [saved, message] = await ds.transaction(async (tx) => {
        const before = await lockedProgrammation(tx, i);
        const wanted = programmationView({ ...before, ...i });
        const diff = changesBetween(programmationView(before), wanted, {
          from: before.version,
          to: before.version + 1,
        });
        if (diff.fields.length === 0) return [before, MESSAGES.unchanged] as const;
        const after = await createProgrammationEditingStore(tx).updateProgrammation(
          i.territoryId,
          before.id,
          before.version,
          wanted,
          clock.now(),
        );
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'programmation.update',
          targetType: 'Programmation',
          targetId: before.id,
          before: diff.before,
          after: diff.after,
        });
        return [after!, MESSAGES.updated] as const;
      });
      return programmationPayload(saved, message);
    },

    publishProgrammation: (input: unknown) => setStatus(input, 'PUBLISHED'),
    unpublishProgrammation: (input: unknown) => setStatus(input, 'DRAFT'),

    async createOperator(input: unknown) {
      const i = parseInput(createOperatorInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      await checkedCommune(i.territoryId, i.operator.communeId);
      const created = await ds.transaction(async (tx) => {
        const write = createProgrammationEditingStore(tx).insertOperator(i.territoryId, i.operator);
        const row = (await uniqueOr(write, 'operators_territory_name_key', 'operator.name', operatorNameTaken))!;
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'operator.create',
          targetType: 'Operator',
          targetId: row.id,
          before: null,
          after: { ...operatorView(row), version: row.version },
        });
        return row;
      });
      const key = { territoryId: created.territoryId, id: created.id };
      return { operator: await reloaded(loaders.operatorById, key), message: MESSAGES.operatorCreated };
    },

    async updateOperator(input: unknown) {
      const i = parseInput(updateOperatorInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      await checkedCommune(i.territoryId, i.operator.communeId);
      const key = { territoryId: i.territoryId, id: i.operatorId };
      const message = await ds.transaction(async (tx) => {
        const store = createProgrammationEditingStore(tx);
        const before = await store.lockOperator(i.territoryId, i.operatorId);
        if (!before) throw notFound('Porteur');
        if (before.version !== i.expectedVersion)
          throw await staleEdit(tx, { type: 'Operator', ...key, expectedVersion: i.expectedVersion });
        const diff = changesBetween(operatorView(before), operatorView(i.operator), {
          from: before.version,
          to: before.version + 1,
        });
        if (diff.fields.length === 0) return MESSAGES.unchanged;
        const write = store.updateOperator(i.territoryId, before.id, before.version, i.operator);
        await uniqueOr(write, 'operators_territory_name_key', 'operator.name', operatorNameTaken);
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'operator.update',
          targetType: 'Operator',
          targetId: before.id,
          before: diff.before,
          after: diff.after,
        });
        return MESSAGES.operatorUpdated;
      });
      return { operator: await reloaded(loaders.operatorById, key), message };
    },

    async createFunder(input: unknown) {
      const i = parseInput(createFunderInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      const created = await ds.transaction(async (tx) => {
        const write = createProgrammationEditingStore(tx).insertFunder(i.territoryId, i.funder);
        const row = (await uniqueOr(write, 'funders_territory_name_key', 'funder.name', funderNameTaken))!;
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'funder.create',
          targetType: 'Funder',
          targetId: row.id,
          before: null,
          after: { ...funderView(row), version: row.version },
        });
        return row;
      });
      const key = { territoryId: created.territoryId, id: created.id };
      return { funder: await reloaded(loaders.funderById, key), message: MESSAGES.funderCreated };
    },

    async updateFunder(input: unknown) {
      const i = parseInput(updateFunderInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      const key = { territoryId: i.territoryId, id: i.funderId };
      const message = await ds.transaction(async (tx) => {
        const store = createProgrammationEditingStore(tx);
        const before = await store.lockFunder(i.territoryId, i.funderId);
        if (!before) throw notFound('Financeur');
        if (before.version !== i.expectedVersion)
          throw await staleEdit(tx, { type: 'Funder', ...key, expectedVersion: i.expectedVersion });
        const diff = changesBetween(funderView(before), funderView(i.funder), {
          from: before.version,
          to: before.version + 1,
        });
        if (diff.fields.length === 0) return MESSAGES.unchanged;
        const write = store.updateFunder(i.territoryId, before.id, before.version, i.funder);
        await uniqueOr(write, 'funders_territory_name_key', 'funder.name', funderNameTaken);
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'funder.update',
          targetType: 'Funder',
          targetId: before.id,
          before: diff.before,
          after: diff.after,
        });
        return MESSAGES.funderUpdated;
      });
      return { funder: await reloaded(loaders.funderById, key), message };
    },
  };
}

interface ProgrammationKey {
  territoryId: string;
  programmationId: string;
  expectedVersion: number;
}

export type ProgrammationEditingService = ReturnType<typeof createProgrammationEditingService>;
