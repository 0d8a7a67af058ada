import { IDEA_STATUS_LABELS } from '../../../../ui-kit/src/ideas.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { IdeaStaffStore } from './idea-staff.store.js';
import { IDEA_STATUSES, type IdeaCountRow, type IdeaFiguresRow } from './ideas.types.js';

/** How a status reads in French, in emails, figures and exports. */
export { IDEA_STATUS_LABELS };

export const WHOLE_TERRITORY = 'Tout le territoire';
export const NO_THEME = 'Sans thème';

const named = async <R extends { territoryId: string }>(
  territoryId: string,
  keys: (string | null)[],
  loader: { loadMany(keys: { territoryId: string; id: string }[]): Promise<(R | null | Error)[]> },
  label: (row: R) => string,
) => {
  const ids = keys.filter((k): k is string => k !== null);
  const rows = await loader.loadMany(ids.map((id) => ({ territoryId, id })));
  return new Map(ids.map((id, n) => [id, rows[n] && !(rows[n] instanceof Error) ? label(rows[n] as R) : ''] as const));
};

/** The console's figures: three statements, then the names of the quartiers and themes counted (one each). */
export async function ideaFigures(
  store: IdeaStaffStore,
  territory: Pick<TerritoryLoaders, 'quartierById' | 'frameworkItemById'>,
  territoryId: string,
): Promise<IdeaFiguresRow> {
  const [totals, groups, byMonth] = await Promise.all([
    store.figureTotals(territoryId),
    store.figureGroups(territoryId),
    store.figureMonths(territoryId),
  ]);
  const of = (dimension: string) => groups.filter((g) => g.dimension === dimension);
  const [quartiers, themes] = await Promise.all([
    named(
      territoryId,
      of('quartier').map((g) => g.key),
      territory.quartierById,
      (q) => q.name,
    ),
    named(
      territoryId,
      of('theme').map((g) => g.key),
      territory.frameworkItemById,
      (f) => f.title,
    ),
  ]);
  const statusCounts = new Map(of('status').map((g) => [g.key, g.count]));
  const byStatus: IdeaCountRow[] = IDEA_STATUSES.map((s) => ({
    key: s,
    label: IDEA_STATUS_LABELS[s],
    count: statusCounts.get(s) ?? 0,
  }));
  const labelled = (dimension: string, names: Map<string, string>, none: string): IdeaCountRow[] =>
    of(dimension).map((g) => ({
      key: g.key ?? '',
      label: g.key === null ? none : names.get(g.key) || none,
      count: g.count,
    }));
  return {
    total: totals.total,
    byStatus,
    byQuartier: labelled('quartier', quartiers, WHOLE_TERRITORY),
    byTheme: labelled('theme', themes, NO_THEME),
    byMonth,
    medianDaysToFirstAnswer: totals.medianDaysToFirstAnswer === null ? null : Number(totals.medianDaysToFirstAnswer),
    answeredCount: totals.answeredCount,
  };
}
