import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedDemoIdeas } from './demo-ideas.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const LIST = graphql(`
  query DemoIdeasList($c: String!) {
    territory(code: $c) {
      ideas(sort: MOST_SUPPORTED) {
        edges {
          node {
            title
            status
            answer
            channel
            authorName
            supportCount
            commentCount
            quartier {
              name
            }
          }
        }
      }
    }
  }
`);

describe('the demonstration’s ideas', () => {
  it('are written once: quartiers, statuses, supports, a merged duplicate, comments and one awaiting moderation', async () => {
    const { territory, staff, resident, referent } = await seed(h).territory().staff().resident().referent();
    const [council] = (await h.dataSource.query(
      'SELECT id, quartier_id FROM citizen_councils WHERE id IN (SELECT citizen_council_id FROM memberships WHERE user_id = $1)',
      [referent.user.id],
    )) as { id: string; quartier_id: string | null }[];
    const people = {
      staffId: staff.user.id,
      residentId: resident.user.id,
      referents: new Map([[council!.id, referent.user.id]]),
      councils: [
        { id: council!.id, quartierId: territory.quartierId },
        { id: council!.id, quartierId: territory.quartierId },
      ],
    };
    expect(await seedDemoIdeas(h.dataSource, territory.id, people, h.clock)).toBe(true);
    expect(await seedDemoIdeas(h.dataSource, territory.id, people, h.clock)).toBe(false);

    const ideas = (await h.execute(LIST, { c: territory.code })).data!.territory!.ideas.edges.map((e) => e.node);
    // Published, not merged: the pending one and the duplicate stay out of the public list.
    expect(ideas.map((i) => i.title)).toHaveLength(4);
    expect(new Set(ideas.map((i) => i.status))).toEqual(new Set(['NEW', 'RETAINED', 'UNDER_STUDY', 'NOT_RETAINED']));
    const books = ideas.find((i) => i.title === 'Une boîte à livres près de la médiathèque')!;
    // Its own supporter and the duplicate's (the référent wrote that one, the resident supported it), each once.
    expect(books).toMatchObject({ supportCount: 2, commentCount: 2, quartier: null });
    expect(ideas.find((i) => i.channel === 'MEETING')).toMatchObject({ authorName: 'Nadia, parent d’élève' });
    const pending = (await h.dataSource.query(
      `SELECT count(*)::int AS n FROM ideas WHERE territory_id = $1 AND publication = 'PENDING'`,
      [territory.id],
    )) as { n: number }[];
    expect(pending[0]?.n).toBe(1);
  });
});
