import type { DataSource } from 'typeorm';
import type { Role } from '../authz/index.js';
import { createIdentityStore } from './identity.store.js';
import { hashPassword } from './passwords.js';

/** Known accounts of the demo (never in production): one admin and one chargé de mission everywhere. */
export const DEMO_PASSWORD = 'quartiers-demo-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@quartiers.localhost', displayName: 'Admin démo', role: 'ADMIN' },
  { email: 'agent@quartiers.localhost', displayName: 'Chargée de mission démo', role: 'STAFF' },
];

/** Idempotent: existing accounts and roles are left as they are. */
export async function seedDemoAccounts(ds: DataSource, territoryIds: string[]) {
  const store = createIdentityStore(ds);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const user =
      (await store.userByEmail(account.email)) ??
      (await store.insertUser({ ...account, passwordHash, verifiedAt: new Date() }));
    for (const territoryId of territoryIds) {
      await store.insertMembership({
        territoryId,
        userId: user!.id,
        role: account.role,
        citizenCouncilId: null,
        communeId: null,
        grantedBy: null,
        at: new Date(),
      });
    }
  }
}
