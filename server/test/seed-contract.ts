import { createTerritoryStore } from '../src/modules/territory/territory.store.js';
import type { ContractStatus } from '../src/modules/territory/index.js';
import type { Harness } from './harness.js';

/**
 * A contract of its own in a territory, with the given status and a tree of `roots` root items
 * (codes R1, R2…), each with one child (R1.1…), as staff's work would leave it.
 */
export async function seedContract(
  h: Pick<Harness, 'dataSource'>,
  territoryId: string,
  { status = 'DRAFT', roots = 2 }: { status?: ContractStatus; roots?: number } = {},
) {
  const store = createTerritoryStore(h.dataSource);
  const contract = (await store.insertContract(
    territoryId,
    { name: 'Contrat de test', startYear: 2024, endYear: 2030, signedOn: null },
    new Date(),
  ))!;
  const items = [];
  for (let r = 1; r <= roots; r++) {
    const root = (await store.insertFrameworkItem(territoryId, contract.id, null, {
      kind: 'axe',
      code: `R${r}`,
      title: `Axe ${r}`,
    }))!;
    const child = (await store.insertFrameworkItem(territoryId, contract.id, root.id, {
      kind: 'ambition',
      code: `R${r}.1`,
      title: `Ambition ${r}.1`,
    }))!;
    await h.dataSource.query('UPDATE framework_items SET depth = 1 WHERE id = $1', [child.id]);
    items.push(root, child);
  }
  if (status !== 'DRAFT') {
    await h.dataSource.query(`UPDATE contracts SET contract_status = $2, in_force_from = '2024-01-01' WHERE id = $1`, [
      contract.id,
      status,
    ]);
  }
  return { ...contract, status, items };
}

/** An indicator of the territory, as imported (version 1). */
export async function seedIndicator(h: Pick<Harness, 'dataSource'>, territoryId: string) {
  return (await createTerritoryStore(h.dataSource).insertIndicator(territoryId, {
    name: 'Taux de chômage',
    scope: 'territoire',
    value: 14.2,
    valueText: null,
    unit: '%',
    year: 2021,
    source: 'Insee',
    quartierId: null,
    approximate: false,
    note: null,
  }))!;
}
