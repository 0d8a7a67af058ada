import DataLoader from 'dataloader';
import { batchScheduleFn, tenantGroupLoader } from '../../shared/tenant-loader.js';
import { inKeyOrder } from '../../shared/rows.js';
import type { IdentityStore } from './identity.store.js';

/** Created for every request. Users are not tenant rows: they are looked up by id alone. */
export function createIdentityLoaders(store: IdentityStore) {
  return {
    userById: new DataLoader(
      async (ids: readonly string[]) => inKeyOrder(ids, await store.usersByIds(ids), (r) => r.id),
      { batchScheduleFn },
    ),
    membersByCouncilId: tenantGroupLoader(
      (t, ids) => store.membersByCouncilIds(t, ids),
      (r) => r.citizenCouncilId ?? '',
    ),
  };
}
export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
