import { BODY_STATUS, POSITION } from '@quartiers/ui-kit';
import type { BodyStatusTable_BodyFragment as Body } from '../../__generated__/graphql';
import { TableRegion } from '../../ui/TableRegion';

/** The consulted bodies and the state of their avis. */
export function BodyStatusTable({ bodies }: { bodies: Body[] }) {
  return (
    <section aria-labelledby="instances">
      <h2 id="instances">Instances consultées ({bodies.length})</h2>
      <TableRegion label="Instances consultées et état de leur avis">
        <table>
          <caption className="visually-hidden">Instances consultées et état de leur avis</caption>
          <thead>
            <tr>
              <th scope="col">Instance</th>
              <th scope="col">État</th>
              <th scope="col">Avis</th>
            </tr>
          </thead>
          <tbody>
            {bodies.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.name}</th>
                <td>{BODY_STATUS[b.status]}</td>
                <td>{b.opinion ? POSITION[b.opinion.position] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
