import { formatEuros, plural } from '@quartiers/ui-kit';
import type { FundChecks_ProgrammationFragment } from '../__generated__/graphql';
import { TableRegion } from '../ui/TableRegion';
import { gapNote } from '../ui/ComparedFigures';

const ENVELOPE_AND_PROJECTS = { printed: 'l’enveloppe déclarée', computed: 'la somme des projets' };

/** The funds of the year as a table, each gap between an envelope and its projects said in words. */
export function FundChecks({ programmation: p }: { programmation: FundChecks_ProgrammationFragment }) {
  if (p.fundChecks.length === 0) return null;
  const notes = p.fundChecks.flatMap((f) => {
    const note = gapNote(f.amount.printed, f.amount.computed, ENVELOPE_AND_PROJECTS);
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
