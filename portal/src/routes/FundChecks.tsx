import { formatEuros, plural, subtractEuros } from '@quartiers/ui-kit';
import type { FundChecks_ProgrammationFragment } from '../__generated__/graphql';
import { TableRegion } from '../ui/TableRegion';

/** « l’enveloppe déclarée (X) diffère de la somme des projets (Y) : écart de Z. », or nothing when they agree. */
function fundGap(printed: string | null | undefined, computed: string | null | undefined): string | null {
  if (printed == null || computed == null) return null;
  const gap = subtractEuros(printed, computed);
  if (/^-?0\.00$/.test(gap)) return null;
  return `l’enveloppe déclarée (${formatEuros(printed)}) diffère de la somme des projets (${formatEuros(computed)}) : écart de ${formatEuros(gap)}.`;
}

/** The funds of the year as a table, each gap between an envelope and its projects said in words. */
export function FundChecks({ programmation: p }: { programmation: FundChecks_ProgrammationFragment }) {
  if (p.fundChecks.length === 0) return null;
  const notes = p.fundChecks.flatMap((f) => {
    const note = fundGap(f.amount.printed, f.amount.computed);
    return note ? [{ program: f.program, note }] : [];
  });
  return (
    <section aria-labelledby="funds-title">
      <h2 id="funds-title">Fonds de l’année</h2>
      <TableRegion label="Fonds de l’année">
        <table>
          <caption>Enveloppes des fonds et projets financés</caption>
          <thead>
            <tr>
              <th scope="col">Fonds</th>
              <th scope="col" className="num">
                Enveloppe
              </th>
              <th scope="col" className="num">
                Somme des projets
              </th>
            </tr>
          </thead>
          <tbody>
            {p.fundChecks.map((f) => (
              <tr key={f.program}>
                <th scope="row">
                  {f.program} ({plural(f.lineCount, 'projet', 'projets')})
                </th>
                <td className="num">{formatEuros(f.amount.printed)}</td>
                <td className="num">{formatEuros(f.amount.computed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {notes.map((n) => (
        <p key={n.program} className="fund-note">
          {n.program} : {n.note}
        </p>
      ))}
    </section>
  );
}
