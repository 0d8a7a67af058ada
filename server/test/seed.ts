import { importTerritory } from '../src/import/index.js';
import { createIdentityStore } from '../src/modules/identity/identity.store.js';
import { hashPassword } from '../src/modules/identity/passwords.js';
import type { Role } from '../src/authz/index.js';
import { buildTerritoryFile, uniqueCode, type TerritoryFileOptions } from './factories.js';
import type { Harness } from './harness.js';

export interface SeededTerritory {
  id: string;
  code: string;
  councilId: string;
  communeId: string;
  quartierId: string;
}

/** A territory of its own (communes, quartiers, one conseil citoyen), with the ids tests need. */
export async function seedTerritory(
  h: Pick<Harness, 'dataSource'>,
  options: TerritoryFileOptions = {},
): Promise<SeededTerritory> {
  const file = buildTerritoryFile({ actions: 1, ...options });
  await importTerritory(h.dataSource, file);
  const [row] = (await h.dataSource.query(
    `SELECT t.id, (SELECT id FROM citizen_councils WHERE territory_id = t.id LIMIT 1) AS council_id,
            (SELECT id FROM communes WHERE territory_id = t.id ORDER BY name LIMIT 1) AS commune_id,
            (SELECT id FROM quartiers WHERE territory_id = t.id ORDER BY name LIMIT 1) AS quartier_id
     FROM territories t WHERE t.code = $1`,
    [file.territory.code],
  )) as { id: string; council_id: string; commune_id: string; quartier_id: string }[];
  return {
    id: row!.id,
    code: file.territory.code,
    councilId: row!.council_id,
    communeId: row!.commune_id,
    quartierId: row!.quartier_id,
  };
}

export const uniqueEmail = (prefix = 'p') => `${prefix}-${uniqueCode('').toLowerCase()}@exemple.fr`;

/** A verified account, with a role in the territory when one is given (its scope filled in). */
export async function seedUser(
  h: Pick<Harness, 'dataSource'>,
  options: { territory?: SeededTerritory; role?: Role; password?: string; email?: string; ownCouncil?: boolean } = {},
) {
  const store = createIdentityStore(h.dataSource);
  const email = options.email ?? uniqueEmail();
  const user = (await store.insertUser({
    email,
    displayName: `Personne ${email.slice(2, 8)}`,
    passwordHash: options.password ? await hashPassword(options.password) : null,
    verifiedAt: new Date(),
  }))!;
  const { territory, role } = options;
  if (territory && role) {
    // A council has one référent: each seeded référent gets a council of their own.
    const referentCouncil =
      role === 'COUNCIL_REFERENT' && options.ownCouncil !== false
        ? (
            (await h.dataSource.query(
              `INSERT INTO citizen_councils (territory_id, name, active) VALUES ($1, $2, true) RETURNING id`,
              [territory.id, `Conseil ${email}`],
            )) as { id: string }[]
          )[0]!.id
        : null;
    await store.insertMembership({
      territoryId: territory.id,
      userId: user.id,
      role,
      citizenCouncilId:
        referentCouncil ?? (role === 'COUNCIL_MEMBER' || role === 'COUNCIL_REFERENT' ? territory.councilId : null),
      communeId: role === 'COMMUNE_REPRESENTATIVE' ? territory.communeId : null,
      grantedBy: null,
      at: new Date(),
    });
  }
  return user;
}

/** The token of the last link emailed to an address, read from the outbox as staff would. */
export async function lastLinkToken(h: Harness, email: string): Promise<string> {
  const [row] = (await h.dataSource.query(
    `SELECT body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [email],
  )) as { body: string }[];
  const token = /#jeton=([\w-]+)/.exec(row?.body ?? '')?.[1];
  if (!token) throw new Error(`no link emailed to ${email}`);
  return token;
}
