/** The identity module's public surface for other modules: people, sessions' cookie name, types, demo people. */
export { displayNamesOf, holdersOfRoles, holdersOfScopes } from './people.service.js';
export { UserEntity } from './entities/user.entity.js';
export { SESSION_COOKIE } from './sessions.js';
export { ARGON2_PARAMS } from './passwords.js';
export type { IdentityLoaders } from './identity.loaders.js';
export type { AccountService } from './account.service.js';
export type { ProfileService } from './profile.service.js';
export type { RolesService } from './roles.service.js';
export type { IdentitySlice } from './identity.context.js';
export type * from './identity.types.js';
export {
  seedDemoAccounts,
  seedDemoPeople,
  referentEmail,
  representativeEmail,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_RESIDENT,
  type DemoPeople,
} from './demo-accounts.js';
