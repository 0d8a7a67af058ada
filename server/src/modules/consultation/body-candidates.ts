import { deOf } from '../../../../ui-kit/src/french.js';
import type { Queryable } from '../../shared/sql.js';
import { qpvCommunesAndCouncils } from '../territory/index.js';
import type { BodyRow } from './consultation.types.js';

/**
 * Who the law says to consult: each commune with a QPV, each active conseil citoyen of a QPV (or
 * whose quartier the sources do not give). Staff edit the list before opening. `db` may be the
 * caller's transaction.
 */
export async function bodyCandidates(
  db: Queryable,
  territoryId: string,
): Promise<Pick<BodyRow, 'kind' | 'citizenCouncilId' | 'communeId' | 'name'>[]> {
  const { communes, councils } = await qpvCommunesAndCouncils(db, territoryId);
  return [
    ...councils.map((c) => ({
      kind: 'CITIZEN_COUNCIL' as const,
      citizenCouncilId: c.id,
      communeId: null,
      name: c.name,
    })),
    ...communes.map((c) => ({
      kind: 'COMMUNE' as const,
      citizenCouncilId: null,
      communeId: c.id,
      // Named by the portal's rule of elision (« d’Auchel », « du Portel »).
      name: `Conseil municipal ${deOf(c.name)}`,
    })),
  ];
}
