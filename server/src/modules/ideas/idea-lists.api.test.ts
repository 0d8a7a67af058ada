import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { createHarness, type Client, type Harness, type ResultFor } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { seedUser, type SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { postModerateIdeas, submitIdea } from '../../../test/seed-ideas.js';

let h: Harness;
let territory: SeededTerritory;
let resident: Client;
let staff: Client;
let other: SeededTerritory;
/** Title → id of the ideas the lists read, submitted a minute apart (oldest first). */
const ids = new Map<string, string>();
let themeId: string;
let secondQuartierId: string;

const IDEAS = [
  { title: 'Des bancs au square des Lilas', text: 'Pour que les aînés puissent se reposer à l’ombre.', quartier: 0 },
  { title: 'Un éclairage sur le chemin de l’école', text: 'Le chemin est très sombre en hiver le matin.', quartier: 1 },
  { title: 'Une boîte à livres', text: 'Échanger des livres entre voisins, près de l’arrêt de bus.', quartier: null },
  {
    title: 'Des arbres dans la rue principale',
    text: 'Planter des arbres pour rafraîchir la rue en été.',
    quartier: 0,
  },
  {
    title: 'Un banc devant la pharmacie',
    text: 'Les personnes âgées attendent debout devant la pharmacie.',
    quartier: 1,
  },
];

beforeAll(async () => {
  h = await createHarness();
  const seeded = await seed(h).territory().resident().staff().admin();
  ({ territory } = seeded);
  resident = seeded.resident.client;
  staff = seeded.staff.client;
  ({ territory: other } = await seed(h).territory());
  await postModerateIdeas(seeded.admin.client, territory.id, 1);
  const [theme] = (await h.dataSource.query('SELECT id FROM framework_items WHERE territory_id = $1 ORDER BY code', [
    territory.id,
  ])) as { id: string }[];
  themeId = theme!.id;
  const [q] = (await h.dataSource.query('SELECT id FROM quartiers WHERE territory_id = $1 AND id <> $2', [
    territory.id,
    territory.quartierId,
  ])) as { id: string }[];
  secondQuartierId = q!.id;
  for (const [n, idea] of IDEAS.entries()) {
    const quartierId = idea.quartier === null ? null : [territory.quartierId, secondQuartierId][idea.quartier];
    const sent = await submitIdea(resident, {
      territoryId: territory.id,
      title: idea.title,
      text: idea.text,
      quartierId,
      themeId: n % 2 ? themeId : null,
    });
    ids.set(idea.title, sent.idea!.id);
    h.clock.advance(60_000);
  }
  // Supports and answers are the participation and staff services'; the lists only read their columns.
  const set = (title: string, sql: string) =>
    h.dataSource.query(`UPDATE ideas SET ${sql} WHERE territory_id = $1 AND id = $2`, [territory.id, ids.get(title)]);
  await set(IDEAS[2]!.title, 'support_count = 7');
  await set(IDEAS[0]!.title, 'support_count = 3');
  await set(IDEAS[4]!.title, 'support_count = 3');
  await set(IDEAS[1]!.title, `status = 'RETAINED', answer = 'Oui', answered_at = now() - interval '2 days'`);
  await set(IDEAS[3]!.title, `status = 'UNDER_STUDY', answer = 'À l’étude', answered_at = now() - interval '1 day'`);
  // An idea of another territory, and one merged into another: in no list.
  await submitIdea(resident, { territoryId: other.id, title: 'Des bancs au square des Lilas' });
  const merged = await submitIdea(resident, { territoryId: territory.id, title: 'Des bancs au square, bis' });
  await h.dataSource.query('UPDATE ideas SET merged_into_id = $2 WHERE territory_id = $1 AND id = $3', [
    territory.id,
    ids.get(IDEAS[0]!.title),
    merged.idea!.id,
  ]);
});
afterAll(() => h.close());

const LIST = graphql(`
  query IdeaListsList($c: String!, $first: Int, $after: String, $f: IdeaFilter, $s: IdeaSort) {
    territory(code: $c) {
      ideas(first: $first, after: $after, filter: $f, sort: $s) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);
type ListVariables = VariablesOf<typeof LIST>;

async function titles(variables: Omit<ListVariables, 'c'>, client: Client = h.client()) {
  const result = await client.execute(LIST, { c: territory.code, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.territory!.ideas.edges.map((e) => e.node.title);
}
const t = (...n: number[]) => n.map((i) => IDEAS[i]!.title);

describe('the public lists of ideas', () => {
  it('sorts by recency, support (id tiebreak) and latest answer', async () => {
    expect(await titles({})).toEqual(t(4, 3, 2, 1, 0));
    const supported = await titles({ s: 'MOST_SUPPORTED' });
    expect(supported.slice(0, 3).sort()).toEqual(t(2, 0, 4).sort());
    expect(supported[0]).toBe(IDEAS[2]!.title);
    expect(await titles({ s: 'RECENTLY_ANSWERED' })).toEqual(t(3, 1));
  });

  it('filters by status, quartier, whole territory and theme', async () => {
    expect(await titles({ f: { status: 'RETAINED' } })).toEqual(t(1));
    expect(await titles({ f: { quartierId: territory.quartierId } })).toEqual(t(3, 0));
    expect(await titles({ f: { wholeTerritory: true } })).toEqual(t(2));
    expect(await titles({ f: { themeId } })).toEqual(t(3, 1));
    expect(await titles({ f: { quartierId: secondQuartierId, themeId } })).toEqual(t(1));
  });

  it('searches French text, accents and plurals aside', async () => {
    expect(await titles({ f: { search: 'ECLAIRAGES' } })).toEqual(t(1));
    expect((await titles({ f: { search: 'banc' } })).sort()).toEqual(t(4, 0).sort());
    expect(await titles({ f: { search: 'livre voisins' } })).toEqual(t(2));
    expect(await titles({ f: { search: 'piscine' } })).toEqual([]);
  });

  it('pages with cursors in every sort, each idea once, and counts only when asked', async () => {
    for (const s of ['RECENT', 'MOST_SUPPORTED', 'RECENTLY_ANSWERED'] as const) {
      const all = await titles({ s });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: ResultFor<typeof LIST> = await h.execute(LIST, {
          c: territory.code,
          first: 2,
          after,
          s,
        });
        const ideas = page.data!.territory!.ideas;
        expect(ideas.totalCount).toBe(all.length);
        seen.push(...ideas.edges.map((e) => e.node.title));
        after = ideas.pageInfo.hasNextPage ? ideas.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all);
    }
    const bad = await h.execute(LIST, { c: territory.code, after: 'pas-un-curseur' });
    expect(bad.errors?.[0]?.message).toBe('Curseur de pagination invalide.');
  });

  it('lists a quartier’s ideas on the quartier', async () => {
    const QUARTIER = graphql(`
      query IdeaListsQuartier($c: String!, $s: IdeaSort) {
        territory(code: $c) {
          quartiers {
            edges {
              node {
                id
                ideas(sort: $s) {
                  edges {
                    node {
                      title
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const result = await h.execute(QUARTIER, { c: territory.code, s: 'MOST_SUPPORTED' });
    const byId = new Map(
      result.data!.territory!.quartiers.edges.map((e) => [e.node.id, e.node.ideas.edges.map((i) => i.node.title)]),
    );
    expect(byId.get(territory.quartierId)).toEqual(t(0, 3));
    expect(byId.get(secondQuartierId)).toEqual(t(4, 1));
  });
});

const SIMILAR = graphql(`
  query IdeaListsSimilar($c: String!, $title: String!) {
    territory(code: $c) {
      similarIdeas(title: $title) {
        id
        title
      }
    }
  }
`);
const similar = async (title: string) =>
  (await h.execute(SIMILAR, { c: territory.code, title })).data!.territory!.similarIdeas.map((i) => i.title);

describe('similar ideas while a title is typed', () => {
  it('suggests public ideas by trigrams and words, never merged ones nor another territory’s, at most 5', async () => {
    const found = await similar('bancs square');
    expect(found[0]).toBe(IDEAS[0]!.title);
    expect(found).toContain(IDEAS[4]!.title);
    expect(found).not.toContain('Des bancs au square, bis');
    expect(found.length).toBeLessThanOrEqual(5);
    expect(await similar('eclairage chemin')).toEqual(t(1));
    expect(await similar('ba')).toEqual([]);
    expect(await similar('zzzzqqqq')).toEqual([]);
  });
});

describe('a hidden reported idea', () => {
  it('is absent from every public list, search and suggestion; moderators see it hidden', async () => {
    const REPORT = graphql(`
      mutation IdeaListsReport($i: ReportItemInput!) {
        reportItem(input: $i) {
          ok
        }
      }
    `);
    const sent = await submitIdea(resident, {
      territoryId: territory.id,
      title: 'Vente de parpaings pas chers',
      text: 'Appelez le 06 00 00 00 00 pour des parpaings.',
    });
    const id = sent.idea!.id;
    expect(await titles({ f: { search: 'parpaings' } })).toEqual(['Vente de parpaings pas chers']);
    const reporter = await h.signedIn((await seedUser(h, { territory, role: 'RESIDENT' })).id);
    const reported = await reporter.execute(REPORT, {
      i: { territoryId: territory.id, kind: 'IDEA', subjectId: id, reason: 'ADVERTISING' },
    });
    expect(reported.errors).toBeUndefined();
    expect(await titles({})).not.toContain('Vente de parpaings pas chers');
    expect(await titles({ f: { search: 'parpaings' } })).toEqual([]);
    expect(await titles({ s: 'MOST_SUPPORTED' })).not.toContain('Vente de parpaings pas chers');
    expect(await similar('Vente de parpaings')).toEqual([]);
    const ONE = graphql(`
      query IdeaListsHidden($c: String!, $id: ID!) {
        territory(code: $c) {
          idea(id: $id) {
            hidden
          }
        }
      }
    `);
    expect((await h.execute(ONE, { c: territory.code, id })).data!.territory!.idea).toBeNull();
    expect((await staff.execute(ONE, { c: territory.code, id })).data!.territory!.idea).toEqual({ hidden: true });
    expect((await resident.execute(ONE, { c: territory.code, id })).data!.territory!.idea).toEqual({ hidden: false });
  });
});

describe('reading ideas', () => {
  it('sends the same statements for 5 ideas with every field as for 2', async () => {
    const FULL = graphql(`
      query IdeaListsFull($c: String!, $first: Int) {
        territory(code: $c) {
          viewerCan {
            manageIdeas
            ideaCouncils {
              name
            }
          }
          ideas(first: $first) {
            edges {
              node {
                id
                title
                text
                quartier {
                  name
                }
                theme {
                  title
                }
                photoUrl
                channel
                authorName
                council {
                  name
                }
                status
                answer
                publication
                rejectionReason
                hidden
                mine
                viewerCanReport
                mergedInto {
                  id
                }
                createdAt
                publishedAt
              }
            }
          }
        }
      }
    `);
    const run = async (first: number) => {
      let result: ResultFor<typeof FULL> = {};
      const names = await h.sqlNames(async () => (result = await staff.execute(FULL, { c: territory.code, first })));
      expect(result.errors).toBeUndefined();
      expect(result.data!.territory!.ideas.edges).toHaveLength(first);
      return names.sort();
    };
    // The two newest ideas already have a quartier and a theme: each kind of row is read once, whatever the page.
    await run(5); // the session's touch and the territory's lookup by code, cached afterwards
    expect(await run(5)).toEqual(await run(2));
  });
});
