import { DomainError } from '../../shared/errors.js';
import { toPage, type Connection, type PageArgs } from '../../shared/pagination.js';
import type { ProgrammationStore } from './programmation.store.js';
import type { ProgrammationRequest } from './programmation.deps.js';
import { withLinks } from './action-links.js';
import { seesPublicOnly } from './programmation.policy.js';
import { differenceOf, sumAmounts } from '../../shared/money.js';
import { createActionTotalsService } from './action-totals.service.js';
import type {
  ActionOrder,
  ActionStatus,
  ActionListFilter,
  ActionWithLinks,
  CheckedAmountSource,
  ProgrammationRow,
  ProgrammationTotalRow,
} from './programmation.types.js';

export interface ActionFilterInput {
  year?: number | null;
  communeId?: string | null;
  quartierId?: string | null;
  frameworkItemId?: string | null;
  operatorId?: string | null;
  funderId?: string | null;
  search?: string | null;
  status?: ActionStatus | null;
}

/**
 * A printed figure next to the sum of its lines, so that gaps in the sources stay visible. The
 * lines are read only if the client asks for the sum or the gap, and then once.
 */
function checkedAmount(printed: string | null, lines: () => Promise<(string | null)[]>): CheckedAmountSource {
  let computed: Promise<string | null> | undefined;
  return { printed, computed: () => (computed ??= lines().then(sumAmounts)) };
}

export const gapOf = differenceOf;

/** Read rules of the programmation module. */
export function createProgrammationService(request: ProgrammationRequest, store: ProgrammationStore) {
  const { programmation: loaders, territory } = request.loaders;
  /** Turns the public filter into SQL-ready ids: a quartier brings its communes, an item its descendants. */
  async function resolveFilter(territoryId: string, input: ActionFilterInput): Promise<ActionListFilter> {
    const { quartierId, frameworkItemId, search, ...rest } = input;
    const publicOnly = seesPublicOnly(request.viewer, territoryId);
    // Others than staff get funded actions whatever status they ask for.
    const filter: ActionListFilter = {
      ...rest,
      status: publicOnly ? null : rest.status,
      publicOnly,
      search: search?.trim() || null,
    };
    if (filter.search && filter.search.length > 200) {
      throw new DomainError('BAD_USER_INPUT', 'La recherche est limitée à 200 caractères.', { search: 'trop longue' });
    }
    if (quartierId) {
      const quartier = await territory.quartierById.load({ territoryId, id: quartierId });
      filter.quartier = { id: quartierId, communeIds: quartier?.communes.map((c) => c.id) ?? [] };
    }
    if (frameworkItemId) {
      const item = await territory.frameworkItemById.load({ territoryId, id: frameworkItemId });
      if (!item) {
        filter.frameworkItemIds = [];
      } else {
        const tree = await territory.frameworkItemsByContractId.load({ territoryId, id: item.contractId });
        const ids = new Set([item.id]);
        for (const node of tree) if (node.parentId && ids.has(node.parentId)) ids.add(node.id);
        filter.frameworkItemIds = [...ids];
      }
    }
    return filter;
  }

  const totalsOf = (p: ProgrammationRow) =>
    loaders.totalsByProgrammationId.load({ territoryId: p.territoryId, id: p.id });
  const rootTotals = async (p: ProgrammationRow) => (await totalsOf(p)).filter((t) => t.parentId === null);
  const childTotals = async (t: ProgrammationTotalRow) =>
    (await loaders.totalsByProgrammationId.load({ territoryId: t.territoryId, id: t.programmationId })).filter(
      (c) => c.parentId === t.id,
    );

  const service = {
    listProgrammations: (territoryId: string, args: PageArgs) =>
      store.listProgrammations(territoryId, toPage(args), seesPublicOnly(request.viewer, territoryId)),
    programmationByYear: (territoryId: string, year: number) =>
      store.programmationByYear(territoryId, year, seesPublicOnly(request.viewer, territoryId)),

    async listActions(
      territoryId: string,
      args: PageArgs,
      input: ActionFilterInput,
      { order, ...scope }: { programmationId?: string; order?: ActionOrder } = {},
    ) {
      const page = toPage(args);
      const filter = await resolveFilter(territoryId, input);
      const connection = await store.listActions(territoryId, page, { ...filter, ...scope }, order);
      await withLinks(
        connection.edges.map((e) => e.node),
        territory,
      );
      return connection as Connection<ActionWithLinks>;
    },

    rootTotals,
    childTotals,

    /** Printed total cost next to the sum of the top-level framework lines. */
    totalCost: (p: ProgrammationRow) =>
      checkedAmount(p.totalCost, async () => (await rootTotals(p)).map((t) => lineAmount(t))),

    /** Printed specific credits next to the sum of the funder lines. */
    specificCredits: (p: ProgrammationRow) =>
      checkedAmount(p.specificCreditsTotal, async () =>
        (await loaders.funderTotalsByProgrammationId.load({ territoryId: p.territoryId, id: p.id })).map(
          (l) => l.amount,
        ),
      ),

    lineAmount: (t: ProgrammationTotalRow) =>
      checkedAmount(lineAmount(t), async () => (await childTotals(t)).map((c) => lineAmount(c))),

    /** The year's funds, each envelope as declared next to the sum of its lines. */
    async fundChecks(p: ProgrammationRow) {
      if (p.year === null) return [];
      const rows = await loaders.fundChecksByYear.load({ territoryId: p.territoryId, id: String(p.year) });
      return rows.map((r) => ({
        program: r.program,
        lineCount: r.lineCount,
        amount: { printed: r.printed, computed: () => Promise.resolve(r.computed) },
      }));
    },

    async recordedActionCount(p: ProgrammationRow) {
      const [row] = await loaders.actionCountByProgrammationId.load({ territoryId: p.territoryId, id: p.id });
      return row?.n ?? 0;
    },

    listOperators: (territoryId: string, args: PageArgs, filter: { kind?: string | null; search?: string | null }) =>
      store.listOperators(territoryId, toPage(args), filter),
    listFunders: (territoryId: string, args: PageArgs) => store.listFunders(territoryId, toPage(args)),
    listFunds: (territoryId: string, args: PageArgs, filter: { year?: number | null; program?: string | null }) =>
      store.listFunds(territoryId, toPage(args), filter),
    listUrbanRenewal: (
      territoryId: string,
      args: PageArgs,
      filter: { quartierId?: string | null; year?: number | null },
    ) => store.listUrbanRenewal(territoryId, toPage(args), filter),
  };
  return { ...service, ...createActionTotalsService(request, store, service) };
}

/** A line's amount: as printed, or droit commun + specific credits when only those are printed. */
function lineAmount(t: ProgrammationTotalRow): string | null {
  if (t.amount !== null) return t.amount;
  return sumAmounts([t.amountDroitCommun, t.amountSpecific]);
}

export type ProgrammationService = ReturnType<typeof createProgrammationService>;
