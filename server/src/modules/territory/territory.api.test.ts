import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type ResultFor } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { buildTerritoryFile } from '../../../test/factories.js';
import { importTerritory } from '../../import/index.js';
import { TERRITORY_TTL_MS } from './territory-directory.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function seed(change: (f: ReturnType<typeof buildTerritoryFile>) => void = () => {}) {
  const file = buildTerritoryFile({ actions: 2 });
  change(file);
  await importTerritory(h.dataSource, file);
  return file.territory.code;
}

describe('territory read API', () => {
  it('finds a territory by code whatever its case, and returns null for an unknown one', async () => {
    const code = await seed();
    const { data } = await h.execute(
      graphql(`
        query TerritoryByCode($lower: String!) {
          a: territory(code: $lower) {
            code
          }
          b: territory(code: "NOPE") {
            code
          }
        }
      `),
      { lower: code.toLowerCase() },
    );
    expect(data).toEqual({ a: { code }, b: null });
  });

  it('reuses a territory found by code for a few seconds, and finds a newly imported one at once', async () => {
    const code = await seed();
    const q = graphql(`
      query TerritoryName($code: String!) {
        territory(code: $code) {
          name
        }
      }
    `);
    const name = async () => (await h.execute(q, { code })).data?.territory;
    const statements = () => h.sqlNames(name);
    expect(await statements()).toEqual(['territory.byCode']);
    expect(await statements()).toEqual([]);
    await h.dataSource.query(`UPDATE territories SET name = 'Renommée' WHERE code = $1`, [code]);
    expect(await name()).toEqual({ name: `Agglomération ${code}` });
    h.clock.advance(TERRITORY_TTL_MS + 1);
    expect(await name()).toEqual({ name: 'Renommée' });

    const later = buildTerritoryFile();
    const unknown = await h.execute(q, { code: later.territory.code });
    expect(unknown.data).toEqual({ territory: null });
    await importTerritory(h.dataSource, later);
    const found = await h.execute(q, { code: later.territory.code });
    expect(found.data).toEqual({ territory: { name: later.territory.name } });
  });

  it('keeps the keys the model has no place for, served apart from the territory row', async () => {
    const code = await seed((f) => Object.assign(f, { evaluation: { year: 2027 } }));
    const { data } = await h.execute(
      graphql(`
        query TerritoryExtraData($code: String!) {
          territory(code: $code) {
            extraData
          }
        }
      `),
      { code },
    );
    expect(data!.territory!.extraData).toMatchObject({ evaluation: { year: 2027 } });
  });

  it('serves the strategy tree at any depth, in published order', async () => {
    const code = await seed();
    const { data, errors } = await h.execute(
      graphql(`
        query TerritoryStrategy($code: String!) {
          territory(code: $code) {
            contracts(first: 5) {
              edges {
                node {
                  name
                  startYear
                  endYear
                  framework {
                    code
                    depth
                    children {
                      code
                      depth
                      parent {
                        code
                      }
                      children {
                        code
                      }
                    }
                  }
                  frameworkItems(kind: "ambition") {
                    code
                  }
                  frameworkItem(code: "AMB3") {
                    title
                    parent {
                      code
                    }
                    contract {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      `),
      { code },
    );
    expect(errors).toBeUndefined();
    const contract = data!.territory!.contracts.edges[0]!.node;
    expect(contract).toMatchObject({ name: 'Engagements Quartiers 2030', startYear: 2024, endYear: 2030 });
    expect(contract.framework.map((i) => i.code)).toEqual(['AXE1', 'AXE2']);
    expect(contract.framework[0]!.children).toEqual([
      { code: 'AMB1', depth: 1, parent: { code: 'AXE1' }, children: [] },
      { code: 'AMB2', depth: 1, parent: { code: 'AXE1' }, children: [] },
    ]);
    expect(contract.frameworkItems.map((i) => i.code)).toEqual(['AMB1', 'AMB2', 'AMB3']);
    expect(contract.frameworkItem).toEqual({
      title: 'Réussite éducative',
      parent: { code: 'AXE2' },
      contract: { name: 'Engagements Quartiers 2030' },
    });
  });

  it('links quartiers and communes both ways, keeps communes of another EPCI apart, and filters', async () => {
    const code = await seed((f) => {
      f.quartiers.push({
        name: 'Cité partagée',
        communes: ['Béthune', 'Hulluch'],
        kind: 'QPV',
        sharedWithEpci: ['CALL'],
      } as never);
    });
    const q = graphql(`
      query TerritoryQuartiers($code: String!, $filter: QuartierFilter) {
        territory(code: $code) {
          quartiers(first: 10, filter: $filter) {
            totalCount
            edges {
              node {
                name
                kind
                communes {
                  name
                  quartiers {
                    name
                  }
                }
                externalCommunes
                sharedWithEpci
                citizenCouncils {
                  name
                  commune {
                    name
                  }
                  quartier {
                    name
                  }
                }
                indicators(first: 5) {
                  edges {
                    node {
                      name
                      value
                      unit
                      quartier {
                        name
                      }
                    }
                  }
                }
                sourceIndicators
              }
            }
          }
          communes(first: 10, filter: { search: "noeux" }) {
            edges {
              node {
                name
              }
            }
          }
        }
      }
    `);
    const all = await h.execute(q, { code });
    const byName = Object.fromEntries(all.data!.territory!.quartiers.edges.map((e) => [e.node.name, e.node]));
    expect(byName['Cité partagée']).toMatchObject({ externalCommunes: ['Hulluch'], sharedWithEpci: ['CALL'] });
    expect(byName['Cité partagée']!.communes.map((c) => c.name)).toEqual(['Béthune']);
    expect(byName['Mont-Liébaut']).toMatchObject({
      kind: 'QPV',
      citizenCouncils: [
        { name: 'Conseil citoyen Mont-Liébaut', commune: { name: 'Béthune' }, quartier: { name: 'Mont-Liébaut' } },
      ],
      indicators: {
        edges: [{ node: { name: 'Taux de pauvreté', value: 48.2, unit: '%', quartier: { name: 'Mont-Liébaut' } } }],
      },
      sourceIndicators: { povertyRatePct: 48.2 },
    });
    expect(byName['Mont-Liébaut']!.communes[0]!.quartiers.map((x) => x.name).sort()).toEqual([
      'Cité partagée',
      'Mont-Liébaut',
    ]);
    // Accents and ligatures do not matter in a search.
    expect(all.data!.territory!.communes.edges).toEqual([{ node: { name: 'Nœux-les-Mines' } }]);

    const qic = await h.execute(q, { code, filter: { kind: 'QIC' } });
    expect(qic.data!.territory!.quartiers.edges.map((e) => e.node.name)).toEqual(['Cité 3']);
  });

  it('lists quartiers with their communes in two statements, whatever the number of quartiers', async () => {
    const few = await seed();
    const many = await seed((f) => {
      for (let i = 0; i < 30; i++)
        f.quartiers.push({ name: `Quartier ${i}`, communes: ['Auchel', 'Béthune'] } as never);
    });
    const q = graphql(`
      query TerritoryQuartierCommunes($code: String!) {
        territory(code: $code) {
          quartiers(first: 100) {
            edges {
              node {
                name
                communes {
                  name
                }
              }
            }
          }
        }
      }
    `);
    for (const code of [few, many]) {
      let result: ResultFor<typeof q> | undefined;
      const names = await h.sqlNames(async () => (result = await h.execute(q, { code })));
      expect(result?.errors).toBeUndefined();
      expect(names).toEqual(['territory.byCode', 'territory.listQuartiers']);
    }
    const { data } = await h.execute(q, { code: many });
    const quartiers = data!.territory!.quartiers.edges.map((e) => e.node);
    expect(quartiers).toHaveLength(32);
    expect(quartiers.find((x) => x.name === 'Quartier 7')!.communes).toEqual([{ name: 'Auchel' }, { name: 'Béthune' }]);
  });

  it('refuses a malformed id with BAD_USER_INPUT and answers null for an id of another territory', async () => {
    const [a, b] = await Promise.all([seed(), seed()]);
    const { data } = await h.execute(
      graphql(`
        query TerritoryFirstQuartierId($code: String!) {
          territory(code: $code) {
            quartiers(first: 1) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `),
      { code: a },
    );
    const id = data!.territory!.quartiers.edges[0]!.node.id;
    const get = graphql(`
      query TerritoryQuartierById($code: String!, $id: ID!) {
        territory(code: $code) {
          quartier(id: $id) {
            name
          }
        }
      }
    `);
    expect((await h.execute(get, { code: b, id })).data!.territory!.quartier).toBeNull();
    const bad = await h.execute(get, { code: a, id: "1' OR '1'='1" });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
