import type { ModuleDeps, RequestDeps, ServerModule } from '../contract.js';
import type { IdentitySlice } from './identity.context.js';
import type { IdentityRequest } from './identity.deps.js';
import { createIdentityStore } from './identity.store.js';
import { createIdentityLoaders, type IdentityLoaders } from './identity.loaders.js';
import { createAccountService } from './account.service.js';
import { createProfileService } from './profile.service.js';
import { createRolesService } from './roles.service.js';
import { resolveViewer } from './sessions.js';
import { identityResolvers } from './resolvers/index.js';

type Scope = IdentitySlice & Omit<IdentityRequest, keyof RequestDeps>;

/** Accounts, sessions, roles in territories, invitations, and each person's data (RGPD). */
export function createIdentityModule({ ds, clock }: ModuleDeps) {
  const store = createIdentityStore(ds);
  const module: ServerModule<IdentityLoaders, IdentitySlice['services'], Scope> = {
    resolvers: identityResolvers,
    loaders: () => createIdentityLoaders(store),
    services: (request) => ({
      account: createAccountService(request),
      profile: createProfileService(request),
      roles: createRolesService(request),
    }),
  };
  /** The viewer of a session token, and the account row to prime the request's loader with. */
  const viewerOf = (token: string | null) => resolveViewer(ds, clock, token);
  return { ...module, viewerOf };
}
