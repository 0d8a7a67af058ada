/** Accounts, sessions and roles. Other modules import only from here. */
export { identityEntities } from './entities/index.js';
export { createIdentityStore, type IdentityStore, type MemberRow } from './identity.store.js';
export { createIdentityLoaders, type IdentityLoaders } from './identity.loaders.js';
export { createAccountService, type AccountService } from './account.service.js';
export { createProfileService, type ProfileService } from './profile.service.js';
export { createRolesService, type RolesService } from './roles.service.js';
export { resolveViewer, SESSION_COOKIE, type RequestMeta, type SessionCookie } from './sessions.js';
export { ARGON2_PARAMS } from './passwords.js';
export { identityResolvers } from './resolvers/index.js';
export type { IdentityDeps } from './identity.deps.js';
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
