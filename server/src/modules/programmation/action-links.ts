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
  const communeKeys = new Map<string, TenantKey>();
  const itemKeys = new Map<string, TenantKey>();
  for (const { territoryId, communeIds, frameworkItemId } of rows) {
    for (const id of communeIds) communeKeys.set(`${territoryId}:${id}`, { territoryId, id });
    if (frameworkItemId) itemKeys.set(`${territoryId}:${frameworkItemId}`, { territoryId, id: frameworkItemId });
  }
  const [communes, items] = await Promise.all([
    territory.communeById.loadMany([...communeKeys.values()]),
    territory.frameworkItemById.loadMany([...itemKeys.values()]),
  ]);
  const communeById = new Map(communes.filter(found).map((c) => [`${c.territoryId}:${c.id}`, c]));
  const itemById = new Map(items.filter(found).map((i) => [`${i.territoryId}:${i.id}`, i]));
  return rows.map((r) => {
    const linked = r as ActionWithLinks;
    linked.communes = [];
    for (const id of r.communeIds) {
      const commune = communeById.get(`${r.territoryId}:${id}`);
      if (commune) linked.communes.push(commune);
    }
    if (linked.communes.length > 1) linked.communes.sort((a, b) => byName.compare(a.name, b.name));
    linked.frameworkItem = (r.frameworkItemId && itemById.get(`${r.territoryId}:${r.frameworkItemId}`)) || null;
    return linked;
  });
}
