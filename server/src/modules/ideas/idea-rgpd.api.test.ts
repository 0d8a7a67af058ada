import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { moderateIdea, submitIdea } from '../../../test/seed-ideas.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const EXPORT = graphql(`
  query IdeaRgpdExport {
    me {
      dataExport
    }
  }
`);
const ERASE = graphql(`
  mutation IdeaRgpdErase {
    deleteAccount(input: { confirmation: "SUPPRIMER" }) {
      ok
    }
  }
`);
const IDEA = graphql(`
  query IdeaRgpdIdea($c: String!, $id: ID!) {
    territory(code: $c) {
      idea(id: $id) {
        authorName
        supportCount
      }
    }
  }
`);

describe('a person’s ideas and the RGPD', () => {
  it('exports their ideas, comments and supports; erasure keeps ideas under « Ancien participant » and the counts', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    const id = (await submitIdea(resident.client, { territoryId: territory.id, title: 'Un composteur collectif' }))
      .idea!.id;
    await moderateIdea(h, staff.client, territory.id, id, { decision: 'PUBLISH' });
    const other = (await submitIdea(staff.client, { territoryId: territory.id, title: 'Une idée de l’équipe' })).idea!
      .id;
    // Supports and comments are written by the participation service; their rows are what the RGPD reads.
    await h.dataSource.query(
      `INSERT INTO idea_supports (territory_id, idea_id, origin_idea_id, user_id, created_at) VALUES ($1, $2, $2, $3, now()), ($1, $2, $2, $4, now())`,
      [territory.id, other, resident.user.id, staff.user.id],
    );
    await h.dataSource.query(`UPDATE ideas SET support_count = 2 WHERE territory_id = $1 AND id = $2`, [
      territory.id,
      other,
    ]);
    await h.dataSource.query(
      `INSERT INTO idea_comments (territory_id, idea_id, author_id, body, publication, created_at) VALUES ($1, $2, $3, 'Bonne idée !', 'PUBLISHED', now())`,
      [territory.id, other, resident.user.id],
    );

    const exported = (await resident.client.execute(EXPORT)).data!.me!.dataExport as Record<string, unknown[]>;
    expect(exported.ideas).toEqual([
      expect.objectContaining({ id, title: 'Un composteur collectif', publication: 'PUBLISHED', status: 'NEW' }),
    ]);
    expect(exported.ideaComments).toEqual([expect.objectContaining({ ideaId: other, text: 'Bonne idée !' })]);
    expect(exported.ideaSupports).toEqual([expect.objectContaining({ ideaId: other })]);

    expect((await resident.client.execute(ERASE)).errors).toBeUndefined();
    const supports = (await h.dataSource.query(
      'SELECT user_id FROM idea_supports WHERE territory_id = $1 AND idea_id = $2 ORDER BY user_id NULLS FIRST',
      [territory.id, other],
    )) as { user_id: string | null }[];
    expect(supports).toEqual([{ user_id: null }, { user_id: staff.user.id }]);
    const read = async (ideaId: string) =>
      (await h.execute(IDEA, { c: territory.code, id: ideaId })).data!.territory!.idea;
    expect(await read(id)).toMatchObject({ authorName: 'Ancien participant' });
    await moderateIdea(h, staff.client, territory.id, other, { decision: 'PUBLISH' });
    expect(await read(other)).toMatchObject({ supportCount: 2 });
    const [comment] = (await h.dataSource.query('SELECT body FROM idea_comments WHERE idea_id = $1', [other])) as {
      body: string;
    }[];
    expect(comment).toEqual({ body: 'Bonne idée !' });
  });
});
