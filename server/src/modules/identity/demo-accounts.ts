import type { DataSource } from 'typeorm';
import type { Role } from '../../authz/index.js';
import { createIdentityStore, type IdentityStore } from './identity.store.js';
import { hashPassword } from './passwords.js';

/** Known accounts of the demo (never in production): one admin and one chargé de mission everywhere. */
export const DEMO_PASSWORD = 'quartiers-demo-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@quartiers.localhost', displayName: 'Admin démo', role: 'ADMIN' },
  { email: 'agent@quartiers.localhost', displayName: 'Chargée de mission démo', role: 'STAFF' },
];
export const DEMO_RESIDENT = { email: 'habitant@quartiers.localhost', displayName: 'Camille, habitante (démo)' };

/** The people of the fictional territory, by what they speak for. */
export interface DemoPeople {
  /** Council id → the user who submits its avis. */
  referents: Map<string, string>;
  /** Commune id → the user who records the avis of its conseil municipal. */
  representatives: Map<string, string>;
  residentId: string;
}

/** « Les Hauts-de-Brume » → `hauts-de-brume`: the part of a demo email that names what it speaks for. */
export const demoSlug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^(?:(?:les?|la)\s+|l['’])/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const referentEmail = (council: { name: string; quartierLabel: string | null }) =>
  `referent.${demoSlug(council.quartierLabel ?? council.name)}@quartiers.localhost`;
export const representativeEmail = (commune: { name: string }) =>
  `mairie.${demoSlug(commune.name)}@quartiers.localhost`;

/** An account by its email, created verified with the demo password if missing; hashes at most once per call. */
function accountsOf(store: IdentityStore) {
  let passwordHash: Promise<string> | undefined;
  return async (account: { email: string; displayName: string }) => {
    const existing = await store.userByEmail(account.email);
    if (existing) return existing.id;
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    const user = await store.insertUser({ ...account, passwordHash: await passwordHash, verifiedAt: new Date() });
    // Created meanwhile by another instance starting at the same time.
    return (user ?? (await store.userByEmail(account.email)))!.id;
  };
}

/** Idempotent: existing accounts and roles are left as they are. Returns the chargée de mission's id. */
export async function seedDemoAccounts(ds: DataSource, territoryIds: string[]) {
  const store = createIdentityStore(ds);
  const account = accountsOf(store);
  const ids: Partial<Record<Role, string>> = {};
  for (const demo of DEMO_ACCOUNTS) {
    const userId = (ids[demo.role] = await account(demo));
    for (const territoryId of territoryIds) {
      await store.insertMembership({
        territoryId,
        userId,
        role: demo.role,
        citizenCouncilId: null,
        communeId: null,
        grantedBy: null,
        at: new Date(),
      });
    }
  }
  return { staffId: ids.STAFF! };
}

/**
 * The participants of the fictional territory: a référent per conseil citoyen, a representative per
 * commune and a resident. Idempotent; a council that already has another référent keeps them.
 */
export async function seedDemoPeople(
  ds: DataSource,
  territoryId: string,
  scopes: {
    councils: { id: string; name: string; quartierLabel: string | null }[];
    communes: { id: string; name: string }[];
  },
): Promise<DemoPeople> {
  const store = createIdentityStore(ds);
  const account = accountsOf(store);
  const grant = (userId: string, role: Role, scope: { citizenCouncilId?: string; communeId?: string }) =>
    store.insertMembership({
      territoryId,
      userId,
      role,
      citizenCouncilId: scope.citizenCouncilId ?? null,
      communeId: scope.communeId ?? null,
      grantedBy: null,
      at: new Date(),
    });

  const referents = new Map<string, string>();
  const members = await store.membersByCouncilIds(
    territoryId,
    scopes.councils.map((c) => c.id),
  );
  for (const council of scopes.councils) {
    const current = members.find((m) => m.citizenCouncilId === council.id && m.role === 'COUNCIL_REFERENT');
    const userId =
      current?.userId ?? (await account({ email: referentEmail(council), displayName: `Référent·e, ${council.name}` }));
    if (!current) await grant(userId, 'COUNCIL_REFERENT', { citizenCouncilId: council.id });
    referents.set(council.id, userId);
  }

  const representatives = new Map<string, string>();
  for (const commune of scopes.communes) {
    const userId = await account({ email: representativeEmail(commune), displayName: `Mairie de ${commune.name}` });
    await grant(userId, 'COMMUNE_REPRESENTATIVE', { communeId: commune.id });
    representatives.set(commune.id, userId);
  }

  const residentId = await account(DEMO_RESIDENT);
  await store.joinAsResident(territoryId, residentId, new Date());
  return { referents, representatives, residentId };
}
