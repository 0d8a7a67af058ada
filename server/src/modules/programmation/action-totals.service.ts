import { found } from '../../shared/rows.js';
import { sumAmounts, toCents } from '../../shared/money.js';
import type { FrameworkItemRow } from '../territory/index.js';
import type { ProgrammationStore } from './programmation.store.js';
import type { ProgrammationRequest } from './programmation.deps.js';
import { seesPublicOnly } from './programmation.policy.js';
import type { CheckedAmountSource, ProgrammationRow } from './programmation.types.js';
import type {
  ActionFrameworkItemTotalValue,
  ActionTotalsRow,
  ActionTotalsValue,
  ProgrammationFigures,
} from './action-totals.types.js';

/** What the totals need of the programmation service: its printed figures next to their lines. */
interface PrintedChecks {
  totalCost(p: ProgrammationRow): CheckedAmountSource;
  specificCredits(p: ProgrammationRow): CheckedAmountSource;
}

const byAmountDesc = (a: { amount: string }, b: { amount: string }) => {
  const d = toCents(b.amount) - toCents(a.amount);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/**
 * Totals of a programmation computed from its actions (the SQL groups them), and the figures of a
 * report's programmation. Actions are grouped by their own item in SQL; each item is then folded into
 * its top-level axis here, from the contract's tree the territory loaders hold (exact sums in cents).
 */
export function createActionTotalsService(
  request: ProgrammationRequest,
  store: ProgrammationStore,
  checks: PrintedChecks,
) {
  const { programmation: loaders, territory } = request.loaders;

  /**
   * Top-level axis of each item, walking up its contract's tree: the programmation's contract first
   * (the tree its page reads anyway, so no statement of its own); items of another contract, rare,
   * bring theirs.
   */
  async function axesOf(p: ProgrammationRow, itemIds: string[]): Promise<Map<string, FrameworkItemRow>> {
    const { territoryId } = p;
    const tree = p.contractId ? await territory.frameworkItemsByContractId.load({ territoryId, id: p.contractId }) : [];
    const byId = new Map(tree.map((i) => [i.id, i] as const));
    const strays = itemIds.filter((id) => !byId.has(id));
    if (strays.length) {
      const items = (await territory.frameworkItemById.loadMany(strays.map((id) => ({ territoryId, id })))).filter(
        found,
      );
      const contractIds = [...new Set(items.map((i) => i.contractId))];
      const trees = await territory.frameworkItemsByContractId.loadMany(contractIds.map((id) => ({ territoryId, id })));
      for (const i of trees.filter(found).flat()) byId.set(i.id, i);
    }
    const axes = new Map<string, FrameworkItemRow>();
    for (const id of itemIds) {
      let node = byId.get(id);
      // Bounded by the tree's size: a cycle in bad data cannot hang the request.
      for (let hops = 0; node?.parentId && byId.has(node.parentId) && hops < byId.size; hops++) {
        node = byId.get(node.parentId)!;
      }
      if (node) axes.set(id, node);
    }
    return axes;
  }

  async function fold(p: ProgrammationRow, rows: ActionTotalsRow[]): Promise<ActionFrameworkItemTotalValue[]> {
    const itemIds = rows.flatMap((r) => (r.frameworkItemId ? [r.frameworkItemId] : []));
    const axes = await axesOf(p, itemIds);
    const groups = new Map<string | null, { axis: FrameworkItemRow | null; rows: ActionTotalsRow[] }>();
    for (const r of rows) {
      const axis = (r.frameworkItemId && axes.get(r.frameworkItemId)) || null;
      const group = groups.get(axis?.id ?? null) ?? { axis, rows: [] };
      group.rows.push(r);
      groups.set(axis?.id ?? null, group);
    }
    // Each action has one item: actions of an axis are those of its items, counted once each.
    return [...groups.values()]
      .sort((a, b) => (a.axis?.position ?? Infinity) - (b.axis?.position ?? Infinity))
      .map(({ axis, rows: lines }) => ({
        frameworkItem: axis,
        amount: sumAmounts(lines.map((l) => l.amount)) ?? '0.00',
        actionCount: lines.reduce((n, l) => n + l.actionCount, 0),
      }));
  }

  async function totalsOf(p: ProgrammationRow, publicOnly: boolean): Promise<ActionTotalsValue> {
    const key = { territoryId: p.territoryId, id: p.id };
    const rows = await (
      publicOnly ? loaders.publicActionTotalsByProgrammationId : loaders.actionTotalsByProgrammationId
    ).load(key);
    const total = rows.find((r) => r.dimension === 'total');
    const withFundings = (dimension: ActionTotalsRow['dimension']) =>
      rows.filter((r) => r.dimension === dimension && r.fundingCount > 0).sort(byAmountDesc);
    return {
      total: total?.amount ?? '0.00',
      actionCount: total?.actionCount ?? 0,
      countedStatuses: publicOnly ? ['FUNDED'] : ['FUNDED', 'SUBMITTED'],
      byFrameworkItem: await fold(
        p,
        rows.filter((r) => r.dimension === 'item'),
      ),
      byFunder: withFundings('funder').flatMap(({ funder, amount, actionCount }) =>
        funder ? [{ funder, amount, actionCount }] : [],
      ),
      byCreditType: withFundings('creditType').map(({ creditType, amount, actionCount }) => ({
        creditType,
        amount,
        actionCount,
      })),
    };
  }

  return {
    /** Totals of the actions the viewer may see (staff: submitted ones too). */
    actionTotals: (p: ProgrammationRow) => totalsOf(p, seesPublicOnly(request.viewer, p.territoryId)),

    /** The published programmation of a year, whoever asks: what a report shows. */
    publishedProgrammationByYear: (territoryId: string, year: number) =>
      store.programmationByYear(territoryId, year, true),

    /**
     * The figures of the published programmation of `year`, from its funded actions, the same for
     * everyone: plain data, named as now, that a report freezes when approved. Null without one.
     */
    async programmationFigures(territoryId: string, year: number): Promise<ProgrammationFigures | null> {
      const p = await store.programmationByYear(territoryId, year, true);
      if (!p) return null;
      const [totals, totalCost, specificCredits] = await Promise.all([
        totalsOf(p, true),
        checks.totalCost(p).computed(),
        checks.specificCredits(p).computed(),
      ]);
      return {
        year,
        totalCost: { printed: p.totalCost, computed: totalCost },
        specificCredits: { printed: p.specificCreditsTotal, computed: specificCredits },
        actionTotal: totals.total,
        actionCount: totals.actionCount,
        byFrameworkItem: totals.byFrameworkItem.map(({ frameworkItem: axis, ...t }) => ({
          refId: axis?.id ?? null,
          code: axis?.code ?? null,
          label: axis?.title ?? 'Sans axe du contrat',
          amount: t.amount,
          actionCount: t.actionCount,
        })),
        byFunder: totals.byFunder.map(({ funder, ...t }) => ({
          refId: funder.id,
          code: null,
          label: funder.name,
          ...t,
        })),
      };
    },
  };
}
