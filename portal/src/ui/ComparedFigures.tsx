import { subtractEuros } from '@quartiers/ui-kit';
import { formatEuros, formatNumber } from './format';
import { TableRegion } from './TableRegion';

/** A line of figures: as printed by the source (when it printed one), and as summed from the actions. */
export interface ComparedRow {
  key: string;
  label: string;
  /** Undefined when the source prints no such line at all; null when it left this one blank. */
  printed?: string | null;
  computed?: string | null;
  actionCount?: number | null;
  /** A child line (an ambition under its axis). */
  child?: boolean;
  /** Shown after the label, e.g. « attribution incertaine ». */
  remark?: string | null;
}

/** What a gap note calls the printed figure and the sum it is compared with. */
const TOTAL_AND_ACTIONS = { printed: 'Le total publié', computed: 'la somme des actions' };

/**
 * « Le total publié (X) diffère de la somme des actions (Y) : écart de Z. » (or in other words, such
 * as a fund's envelope and its projects), null when they agree or one is unknown. A gap in the
 * sources is shown, never smoothed over.
 */
export function gapNote(
  printed: string | null | undefined,
  computed: string | null | undefined,
  words: { printed: string; computed: string } = TOTAL_AND_ACTIONS,
): string | null {
  if (printed == null || computed == null) return null;
  const gap = subtractEuros(printed, computed);
  if (/^-?0\.00$/.test(gap)) return null;
  return `${words.printed} (${formatEuros(printed)}) diffère de ${words.computed} (${formatEuros(computed)}) : écart de ${formatEuros(gap)}.`;
}

/** The figures as a table: printed amounts next to the sums of the actions when the source printed some. */
export function ComparedTable({ caption, head, rows }: { caption: string; head: string; rows: ComparedRow[] }) {
  const printed = rows.some((r) => r.printed !== undefined);
  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {printed && (
              <th scope="col" className="num">
                Montant publié
              </th>
            )}
            <th scope="col" className="num">
              {printed ? 'Somme des actions' : 'Montant'}
            </th>
            <th scope="col" className="num">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" style={r.child ? { paddingLeft: '1.5rem' } : undefined}>
                {r.label}
                {r.remark && <span className="muted"> ({r.remark})</span>}
              </th>
              {printed && <td className="num">{formatEuros(r.printed)}</td>}
              <td className="num">{formatEuros(r.computed)}</td>
              <td className="num">{formatNumber(r.actionCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The lines whose printed figure differs from the sum of their actions, each with its gap: always shown. */
export function GapNotes({ label, rows }: { label: string; rows: ComparedRow[] }) {
  const notes = rows.flatMap((r) => {
    const note = gapNote(r.printed, r.computed);
    return note ? [{ key: r.key, text: `${r.label} : ${note[0]!.toLowerCase()}${note.slice(1)}` }] : [];
  });
  if (notes.length === 0) return null;
  return (
    <ul className="gap-notes" aria-label={label}>
      {notes.map((n) => (
        <li key={n.key}>{n.text}</li>
      ))}
    </ul>
  );
}
