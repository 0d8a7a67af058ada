import { eurosValue, frameworkItemLabel } from '@quartiers/ui-kit';
import type { ProgrammationTotals_ProgrammationFragment as Totals } from '../__generated__/graphql';
import { ChartWithTable } from '../ui/ChartWithTable';
import { ComparedTable, GapNotes, gapNote, type ComparedRow } from '../ui/ComparedFigures';
import { Empty } from '../ui/States';

type Item = { id: string; code?: string | null; title: string } | null | undefined;
const NO_AXIS = 'Sans axe du contrat';

/** Axes as printed (with their ambitions), then the axes only the actions have; each next to its actions' sum. */
function axisRows(p: Totals): ComparedRow[] {
  const computed = p.actionTotals.byFrameworkItem;
  // A printed line names its axis by code (by title when it has none).
  const sameAxis = (t: Totals['totalsByFrameworkItem'][number], item: Item) =>
    item != null && (t.code != null ? t.code === item.code : t.title === item.title);
  const printed = p.totalsByFrameworkItem.flatMap((t): ComparedRow[] => {
    const actions = computed.find((c) => sameAxis(t, c.frameworkItem));
    return [
      {
        key: t.id,
        label: frameworkItemLabel(t),
        printed: t.amount.printed ?? t.amount.computed,
        computed: actions?.amount ?? (computed.length ? '0.00' : null),
        actionCount: actions?.actionCount ?? null,
      },
      ...t.children.map((c) => ({
        key: c.id,
        label: frameworkItemLabel(c),
        printed: c.amount.printed ?? c.amount.computed,
        child: true,
      })),
    ];
  });
  const unprinted = computed
    .filter((c) => !p.totalsByFrameworkItem.some((t) => sameAxis(t, c.frameworkItem)))
    .map((c) => ({
      key: c.frameworkItem?.id ?? 'none',
      label: c.frameworkItem ? frameworkItemLabel(c.frameworkItem) : NO_AXIS,
      printed: printed.length ? null : undefined,
      computed: c.amount,
      actionCount: c.actionCount,
    }));
  return [...printed, ...unprinted];
}

/** Funders as printed, then those only the actions have; each next to the sum of its fundings. */
function funderRows(p: Totals): ComparedRow[] {
  const computed = p.actionTotals.byFunder;
  const printed = p.totalsByFunder.map((t) => {
    const actions = computed.find((c) => c.funder.id === t.funder.id);
    return {
      key: t.id,
      label: t.funder.name,
      remark: t.attributionCertain === false ? 'attribution incertaine' : null,
      printed: t.amount,
      computed: actions?.amount ?? (computed.length ? '0.00' : null),
      actionCount: actions?.actionCount ?? null,
    };
  });
  const unprinted = computed
    .filter((c) => !p.totalsByFunder.some((t) => t.funder.id === c.funder.id))
    .map((c) => ({
      key: c.funder.id,
      label: c.funder.name,
      printed: printed.length ? null : undefined,
      computed: c.amount,
      actionCount: c.actionCount,
    }));
  return [...printed, ...unprinted];
}

/** The chart shows the printed figures when the source printed some, the actions' sums otherwise. */
const chartData = (rows: ComparedRow[]) =>
  rows.flatMap((r) => {
    const shown = r.printed === undefined ? r.computed : r.printed;
    return r.child || shown == null ? [] : [{ label: r.label, value: eurosValue(shown) }];
  });

/** The printed total cost next to the sum of the actions, when they disagree. */
export function TotalCostNote({ programmation: p }: { programmation: Totals }) {
  const note = p.actionTotals.actionCount > 0 ? gapNote(p.totalCost.printed, p.actionTotals.total) : null;
  return note ? <p className="total-note">{note}</p> : null;
}

/** Totals by axis and by funder: printed and computed side by side, their gaps in plain words. */
export function ProgrammationTotals({ programmation: p }: { programmation: Totals }) {
  const axes = axisRows(p);
  const funders = funderRows(p);
  return (
    <>
      <ChartWithTable
        title="Répartition par axe du contrat"
        data={chartData(axes)}
        table={
          axes.length === 0 ? (
            <Empty>Pas de répartition par axe.</Empty>
          ) : (
            <ComparedTable caption="Montants par axe et ambition" head="Axe ou ambition" rows={axes} />
          )
        }
      />
      <GapNotes label="Écarts par axe" rows={axes} />
      <ChartWithTable
        title="Répartition par financeur"
        data={chartData(funders)}
        table={
          funders.length === 0 ? (
            <Empty>Pas de répartition par financeur.</Empty>
          ) : (
            <ComparedTable caption="Montants par financeur" head="Financeur" rows={funders} />
          )
        }
      />
      <GapNotes label="Écarts par financeur" rows={funders} />
    </>
  );
}
