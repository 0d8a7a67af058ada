import type { IdentityLoaders } from './identity.loaders.js';
import type { AccountService } from './account.service.js';
import type { ProfileService } from './profile.service.js';
import type { RolesService } from './roles.service.js';

/** The identity module's part of the request scope and of the GraphQL context. */
export interface IdentitySlice {
  loaders: { identity: IdentityLoaders };
  services: { account: AccountService; profile: ProfileService; roles: RolesService };
}
