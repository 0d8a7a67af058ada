import { DomainError } from '../../shared/errors.js';
import { found } from '../../shared/rows.js';
import { parseInput } from '../../shared/validation.js';
import type { Queryable } from '../../shared/sql.js';
import { recordAuditEach } from '../audit/index.js';
import { actorOf } from '../../authz/index.js';
import type { ProgrammationRequest } from './programmation.deps.js';
import { demandProgrammationManager } from './programmation.policy.js';
import { createProgrammationEditingStore } from './programmation-editing.store.js';
import {
  bulkUpdateActionsInput,
  createActionInput,
  updateActionInput,
  type ActionInput,
} from './programmation-editing.inputs.js';
import { changesBetween, staleEdit } from './edit-conflict.js';
import { editingTools, notFound, uniqueOr, unknownIn } from './editing-tools.js';
import type { EditableAction, FundingLine } from './programmation.types.js';

const MESSAGES = {
  created: 'Action créée.',
  updated: 'Action enregistrée.',
  unchanged: 'Aucune modification à enregistrer.',
  referenceTaken: 'Ce numéro de dossier est déjà celui d’une autre action de l’année.',
} as const;
const bulkMessage = (changed: number) =>
  changed === 0
    ? 'Aucune action n’était à modifier.'
    : changed === 1
      ? '1 action modifiée.'
      : `${changed} actions modifiées.`;

/** Links as sorted ids and fundings sorted by funder: the form and the stored row compare equal when nothing changed. */
const sortedFundings = (fundings: FundingLine[]) => [...fundings].sort((a, b) => a.funderId.localeCompare(b.funderId));
const fundingLine = (f: ActionInput['fundings'][number]): FundingLine => ({
  funderId: f.funderId,
  amount: f.amount,
  creditType: f.creditType,
  fund: f.fund,
  conventionDate: f.conventionDate,
  decisionReference: f.decisionReference,
  paymentConditions: f.paymentConditions,
  paymentPeriod: f.paymentPeriod,
});
/** What the journal keeps of an action (every field staff edit), amounts as decimal strings. */
const actionView = (a: Omit<EditableAction, 'id' | 'territoryId' | 'programmationId' | 'year' | 'version'>) => ({
  title: a.title,
  reference: a.reference,
  operatorId: a.operatorId,
  communeIds: [...a.communeIds].sort(),
  quartierIds: [...a.quartierIds].sort(),
  frameworkItemId: a.frameworkItemId,
  status: a.status,
  startDate: a.startDate,
  endDate: a.endDate,
  description: a.description,
  fundings: sortedFundings(a.fundings),
});
const formOf = (a: ActionInput) => actionView({ ...a, fundings: a.fundings.map(fundingLine) });

/** Staff's edits of actions: one at a time with their links and fundings, or several at once. */
export function createActionEditingService(deps: ProgrammationRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.programmation;
  const { audit, reloaded } = editingTools(deps);

  /** Every id of the form names something of the territory (one batched read per kind), or the field is named. */
  async function checkedLinks(territoryId: string, a: ActionInput) {
    const t = deps.loaders.territory;
    const keys = (ids: string[]) => ids.map((id) => ({ territoryId, id }));
    const [communes, quartiers, item, operator, funders] = await Promise.all([
      t.communeById.loadMany(keys(a.communeIds)),
      t.quartierById.loadMany(keys(a.quartierIds)),
      a.frameworkItemId ? t.frameworkItemById.load({ territoryId, id: a.frameworkItemId }) : true,
      a.operatorId ? loaders.operatorById.load({ territoryId, id: a.operatorId }) : true,
      loaders.funderById.loadMany(keys(a.fundings.map((f) => f.funderId))),
    ]);
    if (!communes.every(found)) throw unknownIn('action.communeIds', 'Une des communes');
    if (!quartiers.every(found)) throw unknownIn('action.quartierIds', 'Un des quartiers');
    if (!item) throw unknownIn('action.frameworkItemId', 'Cette orientation du contrat');
    if (!operator) throw unknownIn('action.operatorId', 'Ce porteur');
    const missing = funders.findIndex((f) => !found(f));
    if (missing >= 0) throw unknownIn(`action.fundings.${missing}.funderId`, 'Ce financeur');
  }

  /** Its communes, quartiers and fundings become the form's, in one statement whatever their number. */
  async function write(tx: Queryable, territoryId: string, id: string, a: ActionInput) {
    await createProgrammationEditingStore(tx).replaceActionLinks(
      territoryId,
      id,
      a.communeIds,
      a.quartierIds,
      a.fundings.map(fundingLine),
    );
  }

  const payload = async (territoryId: string, id: string, message: string) => {
    const key = { territoryId, id };
    const action = await reloaded(loaders.actionById, key, loaders.quartierIdsByActionId);
    return { action, message };
  };

  return {
    async createAction(input: unknown) {
      const i = parseInput(createActionInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      const programmation = await loaders.programmationById.load({ territoryId: i.territoryId, id: i.programmationId });
      if (!programmation) throw notFound('Programmation');
      if (programmation.year === null)
        throw new DomainError(
          'BAD_USER_INPUT',
          'Cette programmation couvre plusieurs années : choisissez celle d’une année.',
          {
            programmationId: 'plusieurs années',
          },
        );
      await checkedLinks(i.territoryId, i.action);
      const id = await ds.transaction(async (tx) => {
        const insert = createProgrammationEditingStore(tx).insertAction(
          i.territoryId,
          programmation.id,
          programmation.year!,
          i.action,
          clock.now(),
        );
        const row = (await uniqueOr(
          insert,
          'actions_territory_year_reference_key',
          'action.reference',
          MESSAGES.referenceTaken,
        ))!;
        await write(tx, i.territoryId, row.id, i.action);
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'action.create',
          targetType: 'Action',
          targetId: row.id,
          before: null,
          after: { ...formOf(i.action), version: row.version },
        });
        return row.id;
      });
      loaders.actionCountByProgrammationId.clear({ territoryId: i.territoryId, id: programmation.id });
      return payload(i.territoryId, id, MESSAGES.created);
    },

    /** Applied only on the version the form started from; otherwise who changed what since, nothing written. */
    async updateAction(input: unknown) {
      const i = parseInput(updateActionInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      await checkedLinks(i.territoryId, i.action);
      const message = await ds.transaction(async (tx) => {
        const store = createProgrammationEditingStore(tx);
        const [before] = await store.lockActions(i.territoryId, [i.actionId]);
        if (!before) throw notFound('Action');
        const target = {
          type: 'Action',
          territoryId: i.territoryId,
          id: before.id,
          expectedVersion: i.expectedVersion,
        } as const;
        if (before.version !== i.expectedVersion) throw await staleEdit(tx, target);
        const diff = changesBetween(actionView(before), formOf(i.action), {
          from: before.version,
          to: before.version + 1,
        });
        if (diff.fields.length === 0) return MESSAGES.unchanged;
        const update = store.updateAction(i.territoryId, before.id, before.version, i.action, clock.now());
        const row = await uniqueOr(
          update,
          'actions_territory_year_reference_key',
          'action.reference',
          MESSAGES.referenceTaken,
        );
        if (!row) throw await staleEdit(tx, target);
        await write(tx, i.territoryId, before.id, i.action);
        await audit(tx, {
          territoryId: i.territoryId,
          action: 'action.update',
          targetType: 'Action',
          targetId: before.id,
          before: diff.before,
          after: diff.after,
        });
        return MESSAGES.updated;
      });
      return payload(i.territoryId, i.actionId, message);
    },

    /**
     * One status, or one funder replaced by another, for up to 200 actions: a fixed number of statements
     * whatever their number, one journal entry per action changed.
     */
    async bulkUpdateActions(input: unknown) {
      const i = parseInput(bulkUpdateActionsInput, input);
      demandProgrammationManager(viewer, i.territoryId);
      const swap = i.replaceFunder ?? null;
      if (swap) {
        const [from, to] = await loaders.funderById.loadMany([
          { territoryId: i.territoryId, id: swap.fromFunderId },
          { territoryId: i.territoryId, id: swap.toFunderId },
        ]);
        if (!found(from)) throw unknownIn('replaceFunder.fromFunderId', 'Ce financeur');
        if (!found(to)) throw unknownIn('replaceFunder.toFunderId', 'Ce financeur');
      }
      const count = await ds.transaction(async (tx) => {
        const store = createProgrammationEditingStore(tx);
        const before = await store.lockActions(i.territoryId, i.actionIds);
        if (before.length !== i.actionIds.length) throw unknownIn('actionIds', 'Une des actions');
        const changed = await store.bulkUpdateActions(
          i.territoryId,
          i.actionIds,
          i.status ?? null,
          swap?.fromFunderId ?? null,
          swap?.toFunderId ?? null,
          clock.now(),
        );
        const byId = new Map(before.map((a) => [a.id, a]));
        const entries = changed.map(({ id, version }) => {
          const old = byId.get(id)!;
          const moved = swap !== null && old.fundings.some((f) => f.funderId === swap.fromFunderId);
          const statusChanged = i.status != null && old.status !== i.status;
          return {
            targetId: id,
            before: {
              ...(statusChanged && { status: old.status }),
              ...(moved && { funderId: swap.fromFunderId }),
              version: old.version,
            },
            after: { ...(statusChanged && { status: i.status }), ...(moved && { funderId: swap.toFunderId }), version },
          };
        });
        await recordAuditEach(
          tx,
          clock,
          actorOf(viewer),
          requestId,
          { territoryId: i.territoryId, action: 'actions.bulk-update', targetType: 'Action' },
          entries,
        );
        return changed.length;
      });
      const keys = i.actionIds.map((id) => ({ territoryId: i.territoryId, id }));
      for (const key of keys) loaders.actionById.clear(key);
      const actions = (await loaders.actionById.loadMany(keys)).filter(found);
      return { actions, message: bulkMessage(count) };
    },
  };
}

export type ActionEditingService = ReturnType<typeof createActionEditingService>;
