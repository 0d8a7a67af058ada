import { found } from '../../shared/rows.js';
import type { TenantKey } from '../../shared/tenant-loader.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { ActionListedRow, ActionWithLinks } from './programmation.types.js';

const byName = new Intl.Collator('fr');

/**
 * Attaches to actions their communes and framework items, each read once through the territory
 * loaders (one batched statement per kind, however many actions share them). Embedding them in
 * every action row instead made PostgreSQL build, and the server parse, the same objects over and
 * over: a page of 50 actions cost a third more CPU in PostgreSQL.
 */
export async function withLinks(rows: ActionListedRow[], territory: TerritoryLoaders): Promise<ActionWithLinks[]> {
  // Distinct keys only: a page names the same few communes and items again and again.
  const distinct = (keys: TenantKey[]) => [...new Map(keys.map((k) => [`${k.territoryId}:${k.id}`, k])).values()];
  const [communes, items] = await Promise.all([
    territory.communeById.loadMany(
      distinct(rows.flatMap((r) => r.communeIds.map((id) => ({ territoryId: r.territoryId, id })))),
    ),
    territory.frameworkItemById.loadMany(
      distinct(rows.flatMap((r) => (r.frameworkItemId ? [{ territoryId: r.territoryId, id: r.frameworkItemId }] : []))),
    ),
  ]);
  const communeById = new Map(communes.filter(found).map((c) => [c.id, c]));
  const itemById = new Map(items.filter(found).map((i) => [i.id, i]));
  return rows.map((r) =>
    Object.assign(r, {
      communes: r.communeIds
        .map((id) => communeById.get(id))
        .filter((c) => c !== undefined)
        .sort((a, b) => byName.compare(a.name, b.name)),
      frameworkItem: (r.frameworkItemId && itemById.get(r.frameworkItemId)) || null,
    }),
  );
}
