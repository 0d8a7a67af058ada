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
}

export function ChartWithTable({ title, data, table, measure }: Props) {
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {data.length > 0 && (
        <Suspense fallback={<Loading label="Chargement du graphique…" />}>
          <BarChartFigure data={data} measure={measure} />
        </Suspense>
      )}
      <details open={data.length === 0}>
        <summary>Voir les données en tableau</summary>
        {table}
      </details>
    </figure>
  );
}
