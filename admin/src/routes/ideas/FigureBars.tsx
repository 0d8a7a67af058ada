import type { ReactNode } from 'react';

export interface Datum {
  label: string;
  value: number;
}

/**
 * A bar chart in CSS with its table: the bars are for the eye (hidden from assistive technologies),
 * the table beside them, a click away, carries every figure. No chart library: the page stays light.
 */
export function FigureBars({ title, data, table }: { title: string; data: Datum[]; table: ReactNode }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {data.length > 0 && (
        <div className="bars" aria-hidden="true">
          {data.map((d, i) => (
            <div className="bar-row" key={i}>
              <span className="bar-label">{d.label}</span>
              <span className="bar-track">
                {/* A zero shows no bar; any other count at least a sliver. */}
                <span className="bar-fill" style={{ width: d.value ? `max(2px, ${(d.value / max) * 100}%)` : 0 }} />
              </span>
              <span className="bar-value">{d.value}</span>
            </div>
          ))}
        </div>
      )}
      <details open={data.length === 0}>
        <summary>Voir les données en tableau</summary>
        {table}
      </details>
    </figure>
  );
}
