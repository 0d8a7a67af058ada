import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import type { Datum, Measure } from './BarChartFigure';
import { Loading } from './States';

const BarChartFigure = lazy(() => import('./BarChartFigure'));

interface Props {
  title: string;
  data: Datum[];
  /** The accessible alternative: a real table with every figure of the chart. */
  table: ReactNode;
  /** Euros unless said otherwise. */
  measure?: Measure;
  /** Rem per bar: the chart grows with its rows. */
  rowHeight?: number;
}

export function ChartWithTable({ title, data, table, measure, rowHeight }: Props) {
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {data.length > 0 && (
        <Suspense fallback={<Loading label="Chargement du graphique…" />}>
          <BarChartFigure data={data} measure={measure} rowHeight={rowHeight} />
        </Suspense>
      )}
      <details open={data.length === 0}>
        <summary>Voir les données en tableau</summary>
        {table}
      </details>
    </figure>
  );
}
