import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import type { SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { moderateIdea, postModerateIdeas, submitIdea } from '../../../test/seed-ideas.js';

let h: Harness;
let territory: SeededTerritory;
let resident: Client;
let staff: Client;
let admin: Client;
beforeAll(async () => {
  h = await createHarness();
  const seeded = await seed(h).territory().resident().staff().admin();
  ({ territory } = seeded);
  resident = seeded.resident.client;
  staff = seeded.staff.client;
  admin = seeded.admin.client;
});
afterAll(() => h.close());

const SEARCH = graphql(`
  query IdeaCacheSearch($c: String!, $search: String!, $status: IdeaStatus) {
    territory(code: $c) {
      ideas(filter: { search: $search, status: $status }) {
        edges {
          node {
            title
            status
          }
        }
      }
    }
  }
`);
const SIMILAR = graphql(`
  query IdeaCacheSimilar($c: String!, $title: String!) {
    territory(code: $c) {
      similarIdeas(title: $title) {
        title
      }
    }
  }
`);
const ANSWER = graphql(`
  mutation IdeaCacheAnswer($i: AnswerIdeaInput!) {
    answerIdea(input: $i) {
      idea {
        status
      }
    }
  }
`);

const found = async (search: string, status?: 'NEW' | 'RETAINED') =>
  (await h.execute(SEARCH, { c: territory.code, search, status })).data!.territory!.ideas.edges.map(
    (e) => e.node.title,
  );
const suggested = async (title: string) =>
  (await h.execute(SIMILAR, { c: territory.code, title })).data!.territory!.similarIdeas.map((i) => i.title);

describe('the search cache', () => {
  it('answers a repeated search and suggestion from the ideas found, read again by id', async () => {
    await postModerateIdeas(admin, territory.id);
    await submitIdea(resident, { territoryId: territory.id, title: 'Un potager sur le toit de la médiathèque' });
    const first = await h.sqlNames(() => found('potager'));
    expect(first).toContain('ideas.listPublic.RECENT');
    const again = await h.sqlNames(async () => expect(await found('potager')).toHaveLength(1));
    expect(again).not.toContain('ideas.listPublic.RECENT');
    expect(again).toContain('ideas.ideasByIds');

    expect(await h.sqlNames(() => suggested('Potager sur le'))).toContain('ideas.similarIdeas');
    const typedAgain = await h.sqlNames(async () => expect(await suggested('potager sur le')).toHaveLength(1));
    expect(typedAgain).not.toContain('ideas.similarIdeas');
  });

  it('finds at once an idea published after the same search was made', async () => {
    await postModerateIdeas(admin, territory.id);
    expect(await found('composteur')).toEqual([]);
    expect(await suggested('Un composteur')).toEqual([]);
    await submitIdea(resident, { territoryId: territory.id, title: 'Un composteur collectif' });
    expect(await found('composteur')).toEqual(['Un composteur collectif']);
    expect(await suggested('Un composteur')).toEqual(['Un composteur collectif']);

    // Pre-moderation: found once a moderator publishes it, not before.
    const PRE = graphql(`
      mutation IdeaCachePre($i: UpdateModerationSettingInput!) {
        updateModerationSetting(input: $i) {
          setting {
            mode
          }
        }
      }
    `);
    await admin.execute(PRE, { i: { territoryId: territory.id, kind: 'IDEA', mode: 'PRE', reportThreshold: 3 } });
    const pending = await submitIdea(resident, { territoryId: territory.id, title: 'Une grainothèque' });
    expect(await found('grainothèque')).toEqual([]);
    await moderateIdea(h, admin, territory.id, pending.idea!.id, { decision: 'PUBLISH' });
    expect(await found('grainothèque')).toEqual(['Une grainothèque']);
  });

  it('follows an answer at once: the status filter finds the idea elsewhere', async () => {
    await postModerateIdeas(admin, territory.id);
    const sent = await submitIdea(resident, { territoryId: territory.id, title: 'Des toilettes publiques au parc' });
    expect(await found('toilettes', 'NEW')).toEqual(['Des toilettes publiques au parc']);
    expect(await found('toilettes', 'RETAINED')).toEqual([]);
    const answered = await staff.execute(ANSWER, {
      i: { territoryId: territory.id, ideaId: sent.idea!.id, status: 'RETAINED', answer: 'Prévu au budget.' },
    });
    expect(answered.errors).toBeUndefined();
    expect(await found('toilettes', 'NEW')).toEqual([]);
    expect(await found('toilettes', 'RETAINED')).toEqual(['Des toilettes publiques au parc']);
  });
});
