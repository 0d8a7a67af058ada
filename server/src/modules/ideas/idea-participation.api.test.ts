import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedIdea } from '../../../test/seed-idea-rows.js';
import { graphql } from '../../../test/__generated__/index.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const SUPPORT = graphql(`
  mutation IdeaSupport($i: IdeaRefInput!) {
    supportIdea(input: $i) {
      idea {
        id
        supportCount
        viewerSupports
        viewerCanSupport
      }
    }
  }
`);
// Territory.idea is the core part's: a withdrawal that changes nothing reads an idea as its viewer sees it.
const READ = graphql(`
  mutation IdeaReadThroughWithdraw($i: IdeaRefInput!, $first: Int, $after: String) {
    withdrawIdeaSupport(input: $i) {
      idea {
        supportCount
        viewerSupports
        commentCount
        comments(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              text
              authorName
              publication
              rejectionReason
              mine
              viewerCanReport
              replies {
                id
                text
                publication
                rejectionReason
              }
            }
          }
        }
      }
    }
  }
`);
const COMMENT = graphql(`
  mutation IdeaComment($i: CommentIdeaInput!) {
    commentIdea(input: $i) {
      message
      comment {
        id
        publication
        mine
      }
    }
  }
`);
const MODERATE = graphql(`
  mutation IdeaCommentModerate($i: ModerateItemInput!) {
    moderateItem(input: $i) {
      item {
        status
      }
    }
  }
`);

const person = async (t: SeededTerritory) => {
  const user = await seedUser(h, { territory: t, role: 'RESIDENT' });
  return { user, client: await h.signedIn(user.id) };
};
const supportRows = async (ideaId: string) =>
  (await h.dataSource.query('SELECT user_id FROM idea_supports WHERE idea_id = $1', [ideaId])) as { user_id: string }[];
const itemOf = async (subjectId: string) =>
  (
    (await h.dataSource.query('SELECT id FROM moderation_items WHERE subject_id = $1', [subjectId])) as { id: string }[]
  )[0]!.id;

describe('supports', () => {
  it('counts one support per person under 20 concurrent requests, and 20 for 20 people', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const idea = await seedIdea(h, territory, { authorId: resident.user.id });
    const ref = { i: { territoryId: territory.id, ideaId: idea.id } };
    const fan = await person(territory);
    const same = await Promise.all(Array.from({ length: 20 }, () => fan.client.execute(SUPPORT, ref)));
    expect(same.map((r) => r.errors?.[0]?.message)).toEqual(Array(20).fill(undefined));
    expect(same.map((r) => r.data!.supportIdea.idea.supportCount)).toEqual(Array(20).fill(1));
    expect((await supportRows(idea.id)).length).toBe(1);
    expect(same[0]!.data!.supportIdea.idea).toMatchObject({ viewerSupports: true, viewerCanSupport: false });

    const other = await seedIdea(h, territory, { authorId: resident.user.id });
    const people = await Promise.all(Array.from({ length: 20 }, () => person(territory)));
    await Promise.all(
      people.map((p) => p.client.execute(SUPPORT, { i: { territoryId: territory.id, ideaId: other.id } })),
    );
    const [row] = (await h.dataSource.query('SELECT support_count FROM ideas WHERE id = $1', [other.id])) as {
      support_count: number;
    }[];
    expect(row!.support_count).toBe(20);
    expect((await supportRows(other.id)).length).toBe(20);
  });

  it('is withdrawn once, refused on ideas that are not public, and needs an account', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const idea = await seedIdea(h, territory, { authorId: resident.user.id });
    const ref = { i: { territoryId: territory.id, ideaId: idea.id } };
    const fan = await person(territory);
    await fan.client.execute(SUPPORT, ref);
    const first = await fan.client.execute(READ, ref);
    expect(first.data!.withdrawIdeaSupport.idea).toMatchObject({ supportCount: 0, viewerSupports: false });
    const again = await fan.client.execute(READ, ref);
    expect(again.data!.withdrawIdeaSupport.idea.supportCount).toBe(0);

    expect((await h.client().execute(SUPPORT, ref)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pending = await seedIdea(h, territory, { authorId: resident.user.id, publication: 'PENDING' });
    const pendingRef = { i: { territoryId: territory.id, ideaId: pending.id } };
    // A stranger is not told it exists; its author is told why.
    expect((await fan.client.execute(SUPPORT, pendingRef)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await resident.client.execute(SUPPORT, pendingRef);
    expect(own.errors?.[0]?.message).toBe('Seules les idées publiées peuvent être soutenues.');
    expect(await supportRows(pending.id)).toEqual([]);
  });
});

describe('comments', () => {
  it('are moderated, counted once published, with one level of replies and reasons for their author only', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    const idea = await seedIdea(h, territory, { authorId: resident.user.id });
    const ref = { territoryId: territory.id, ideaId: idea.id };
    const [writer, reader] = [await person(territory), await person(territory)];

    const sent = await writer.client.execute(COMMENT, { i: { ...ref, text: 'Oui, près de l’école aussi.' } });
    expect(sent.data!.commentIdea).toMatchObject({
      message: 'Merci ! Votre commentaire sera publié après relecture par l’équipe de modération.',
      comment: { publication: 'PENDING', mine: true },
    });
    const top = sent.data!.commentIdea.comment.id;
    const own = (await writer.client.execute(READ, { i: ref })).data!.withdrawIdeaSupport.idea;
    expect(own.commentCount).toBe(0);
    expect(own.comments.edges.map((e) => e.node.publication)).toEqual(['PENDING']);
    expect((await reader.client.execute(READ, { i: ref })).data!.withdrawIdeaSupport.idea.comments.totalCount).toBe(0);

    await staff.client.execute(MODERATE, {
      i: { territoryId: territory.id, itemId: await itemOf(top), decision: 'PUBLISH' },
    });
    const reply = await reader.client.execute(COMMENT, { i: { ...ref, parentId: top, text: 'Et des poubelles.' } });
    const replyId = reply.data!.commentIdea.comment.id;
    const nested = await writer.client.execute(COMMENT, {
      i: { ...ref, parentId: replyId, text: 'Réponse à une réponse' },
    });
    expect(nested.errors?.[0]).toMatchObject({
      message: 'On ne répond qu’à un commentaire de cette idée, pas à une réponse.',
      extensions: { code: 'BAD_USER_INPUT', fields: { parentId: expect.any(String) } },
    });
    await staff.client.execute(MODERATE, {
      i: { territoryId: territory.id, itemId: await itemOf(replyId), decision: 'REJECT', reasonCode: 'OFF_TOPIC' },
    });

    const seenByReader = (await reader.client.execute(READ, { i: ref })).data!.withdrawIdeaSupport.idea;
    expect(seenByReader.commentCount).toBe(1);
    const [node] = seenByReader.comments.edges.map((e) => e.node);
    expect(node).toMatchObject({ text: 'Oui, près de l’école aussi.', mine: false, viewerCanReport: true });
    expect(node!.replies).toEqual([
      { id: replyId, text: 'Et des poubelles.', publication: 'REJECTED', rejectionReason: expect.any(String) },
    ]);
    const seenByWriter = (await writer.client.execute(READ, { i: ref })).data!.withdrawIdeaSupport.idea;
    expect(seenByWriter.comments.edges[0]!.node.replies).toEqual([]);

    // Erasure keeps the comment, signed « Ancien participant ».
    await h.dataSource.query('UPDATE users SET display_name = NULL, email = NULL, erased_at = now() WHERE id = $1', [
      writer.user.id,
    ]);
    const after = (await reader.client.execute(READ, { i: ref })).data!.withdrawIdeaSupport.idea;
    expect(after.comments.edges[0]!.node.authorName).toBe('Ancien participant');
  });

  it('pages top-level comments oldest first, in one statement for every idea of a page', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    await h.dataSource.query(
      `INSERT INTO moderation_settings (territory_id, kind, mode, report_threshold) VALUES ($1, 'IDEA_COMMENT', 'POST', 3)`,
      [territory.id],
    );
    const ideas = await Promise.all(
      [1, 2, 3].map((n) => seedIdea(h, territory, { authorId: resident.user.id, title: `Idée ${n}` })),
    );
    for (const idea of ideas)
      for (const text of ['Premier', 'Deuxième', 'Troisième'])
        await resident.client.execute(COMMENT, { i: { territoryId: territory.id, ideaId: idea.id, text } });
    const ref = { i: { territoryId: territory.id, ideaId: ideas[0]!.id }, first: 2 };
    const page1 = (await staff.client.execute(READ, ref)).data!.withdrawIdeaSupport.idea;
    expect(page1.commentCount).toBe(3);
    expect(page1.comments.edges.map((e) => e.node.text)).toEqual(['Premier', 'Deuxième']);
    expect(page1.comments.pageInfo.hasNextPage).toBe(true);
    const page2 = (await staff.client.execute(READ, { ...ref, after: page1.comments.pageInfo.endCursor })).data!
      .withdrawIdeaSupport.idea;
    expect(page2.comments.edges.map((e) => e.node.text)).toEqual(['Troisième']);

    const QUEUE = graphql(`
      query IdeaQueueWithComments($c: String!) {
        territory(code: $c) {
          ideaQueue(first: 10) {
            edges {
              node {
                viewerSupports
                comments(first: 5) {
                  edges {
                    node {
                      authorName
                      replies {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    let result: Awaited<ReturnType<Client['execute']>> | undefined;
    const names = await h.sqlNames(
      async () => void (result = await staff.client.execute(QUEUE, { c: territory.code })),
    );
    expect(result!.errors).toBeUndefined();
    expect(names.filter((n) => n === 'ideas.topLevelCommentPages')).toHaveLength(1);
    expect(names.filter((n) => n === 'ideas.repliesByParentIds')).toHaveLength(1);
    expect(names.filter((n) => n === 'ideas.supportedAmong')).toHaveLength(1);
  });
});
