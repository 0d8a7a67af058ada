import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../test/harness.js';
import { seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../test/seed.js';
import { graphql } from '../../test/__generated__/index.js';
import { createIdentityStore } from '../modules/identity/identity.store.js';
import { likeEscape } from './sql.js';

let h: Harness;
let territory: SeededTerritory;
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
  staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
});
afterAll(() => h.close());

const LISTS = graphql(`
  query SearchEveryList($c: String!, $s: String!) {
    territory(code: $c) {
      communes(filter: { search: $s }) {
        edges {
          node {
            name
          }
        }
      }
      quartiers(filter: { search: $s }) {
        edges {
          node {
            name
          }
        }
      }
      indicators(filter: { search: $s }) {
        edges {
          node {
            name
          }
        }
      }
      operators(filter: { search: $s }) {
        edges {
          node {
            name
          }
        }
      }
      members(filter: { search: $s }) {
        edges {
          node {
            displayName
          }
        }
      }
    }
  }
`);

async function found(search: string) {
  const r = await staff.execute(LISTS, { c: territory.code, s: search });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const { communes, quartiers, indicators, operators, members } = r.data!.territory!;
  const names = (list: { edges: { node: { name: string } }[] }) => list.edges.map((e) => e.node.name);
  return {
    communes: names(communes),
    quartiers: names(quartiers),
    indicators: names(indicators),
    operators: names(operators),
    members: members.edges.map((e) => e.node.displayName),
  };
}

describe('searches by part of a name', () => {
  it('take % and _ literally: they match nothing but themselves', async () => {
    expect((await found('Auchel')).communes).toEqual(['Auchel']); // the search itself works
    const none = { communes: [], quartiers: [], indicators: [], operators: [], members: [] };
    for (const search of ['_', '%', '\\', '%%', '_u_', 'A%l']) expect(await found(search)).toEqual(none);

    const user = (await createIdentityStore(h.dataSource).insertUser({
      email: uniqueEmail(),
      displayName: 'Taux_100%',
      passwordHash: null,
      verifiedAt: new Date(),
    }))!;
    await createIdentityStore(h.dataSource).insertMembership({
      territoryId: territory.id,
      userId: user.id,
      role: 'MODERATOR',
      citizenCouncilId: null,
      communeId: null,
      grantedBy: null,
      at: new Date(),
    });
    expect((await found('_100%')).members).toEqual(['Taux_100%']);
    expect((await found('T_ux')).members).toEqual([]); // _ as a wildcard would match « Taux »
  });

  it('escape the backslash too', () => {
    expect(likeEscape('50%_\\a')).toBe('50\\%\\_\\\\a');
  });
});
