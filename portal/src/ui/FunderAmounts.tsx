import { formatEuros } from './format';
import { TableRegion } from './TableRegion';

interface FunderAmount {
  id: string;
  funder: { name: string };
  amount?: string | null;
  attributionCertain?: boolean | null;
}

/** Amounts per funder as a table: an action's fundings. */
export function FunderAmounts({ caption, rows }: { caption: string; rows: FunderAmount[] }) {
  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Financeur</th>
            <th scope="col" className="num">
              Montant
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                {f.funder.name}
                {f.attributionCertain === false && <span className="muted"> (attribution incertaine)</span>}
              </th>
              <td className="num">{formatEuros(f.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
