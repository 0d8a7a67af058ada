import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEuros } from './format';

export interface Datum {
  label: string;
  value: number;
}

/** What the bars measure: its name in the tooltip, and how values and axis ticks are written. */
export interface Measure {
  name: string;
  format: (v: number) => string;
  tick: (v: number) => string;
}

const EUROS: Measure = {
  name: 'Montant',
  format: (v) => formatEuros(v.toFixed(2)),
  tick: (v) => `${Math.round(v / 1000)} k€`,
};

const MARGIN = 16;
const LABELS_WIDTH = 110;

/** The chart is decorative for assistive technologies: the table beside it carries the data. */
export default function BarChartFigure({
  data,
  measure = EUROS,
  rowHeight,
}: {
  data: Datum[];
  measure?: Measure | undefined;
  /** Rem per bar, for a chart as tall as its rows (many events): the box's fixed height otherwise. */
  rowHeight?: number | undefined;
}) {
  const style = rowHeight ? { height: `${Math.max(10, data.length * rowHeight + 3)}rem` } : undefined;
  return (
    <div className="chart-box" aria-hidden="true" style={style}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: MARGIN, right: MARGIN }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={measure.tick} />
          <YAxis type="category" dataKey="label" width={LABELS_WIDTH} tick={{ fontSize: 12 }} />
          {/*
           * Recharts keeps a tooltip on one line and inside the plot area, which it overflows when wider
           * than it: a long funder name would widen the page on a phone. It wraps, as wide as the plot.
           */}
          <Tooltip
            formatter={(v) => measure.format(Number(v))}
            wrapperStyle={{ maxWidth: `calc(100% - ${LABELS_WIDTH + 2 * MARGIN}px)` }}
            contentStyle={{ whiteSpace: 'normal' }}
          />
          <Bar dataKey="value" name={measure.name} fill="var(--primary)" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
