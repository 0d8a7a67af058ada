import type { Queryable } from '../../shared/sql.js';
import { toPage, type Connection, type Page } from '../../shared/pagination.js';
import { createTerritoryStore } from './territory.store.js';
import { createTerritoryReferencesStore } from './territory-references.store.js';

/** Territories by id for other modules' work outside a request (the deadline job); in a request, use the loader. */
export const territoriesByIds = (db: Queryable, ids: readonly string[]) =>
  createTerritoryStore(db).territoriesByIds(ids);

/**
 * Whom the law has consulted on a territory's annual report, for the consultation module (inside its
 * transaction): the communes with a QPV, and the active councils of a QPV or of no known quartier.
 */
export async function qpvCommunesAndCouncils(db: Queryable, territoryId: string) {
  const store = createTerritoryStore(db);
  return { communes: await store.qpvCommunes(territoryId), councils: await store.activeQpvCouncils(territoryId) };
}

/** Communes, quartiers and framework items of a territory, for the programmation import to match by name or code. */
export const importReferences = (db: Queryable, territoryId: string, year: number) =>
  createTerritoryReferencesStore(db).importReferences(territoryId, year);

/** Every node of a list, page after page. */
async function everyNode<T>(list: (page: Page) => Promise<Connection<T>>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const connection: Connection<T> = await list(toPage({ first: 100, after }));
    nodes.push(...connection.edges.map((e) => e.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** For the demo seed, outside any request: every territory, and one territory's councils and communes. */
export const demoOutline = (db: Queryable) => {
  const store = createTerritoryStore(db);
  return {
    territories: () => everyNode((page) => store.listTerritories(page)),
    councilsAndCommunes: (territoryId: string) =>
      Promise.all([
        everyNode((page) => store.listCitizenCouncils(territoryId, page)),
        everyNode((page) => store.listCommunes(territoryId, page, {})),
      ]),
  };
};
