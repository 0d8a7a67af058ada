import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from './__generated__/index.js';
import type { Client, Harness } from './harness.js';

/** Ideas as the API tests submit and moderate them: the documents and a few steps every file takes. */

export const SUBMIT_IDEA = graphql(`
  mutation SeedIdeasSubmit($i: SubmitIdeaInput!) {
    submitIdea(input: $i) {
      awaitingConfirmation
      message
      idea {
        id
        title
        text
        publication
        channel
        authorName
        mine
      }
    }
  }
`);
export type SubmitIdeaVariables = VariablesOf<typeof SUBMIT_IDEA>['i'];

const MODERATE = graphql(`
  mutation SeedIdeasModerate($i: ModerateItemInput!) {
    moderateItem(input: $i) {
      item {
        id
        status
      }
    }
  }
`);

const SETTING = graphql(`
  mutation SeedIdeasSetting($i: UpdateModerationSettingInput!) {
    updateModerationSetting(input: $i) {
      setting {
        mode
      }
    }
  }
`);

/** The moderation item of an idea (or a comment). */
export async function itemIdOf(h: Harness, subjectId: string) {
  const [row] = (await h.dataSource.query('SELECT id FROM moderation_items WHERE subject_id = $1', [subjectId])) as {
    id: string;
  }[];
  return row!.id;
}

/** A moderator's decision on an idea, through the shared moderateItem mutation. */
export async function moderateIdea(
  h: Harness,
  moderator: Client,
  territoryId: string,
  ideaId: string,
  decision: { decision: 'PUBLISH' } | { decision: 'REJECT'; reasonCode: 'OFF_TOPIC' | 'ABUSIVE'; reasonText?: string },
) {
  const result = await moderator.execute(MODERATE, {
    i: { territoryId, itemId: await itemIdOf(h, ideaId), ...decision },
  });
  if (result.errors) throw new Error(result.errors[0]!.message);
  return result.data!.moderateItem.item;
}

/** Post-moderation for ideas (published at once), and the number of reports that hides one. */
export async function postModerateIdeas(admin: Client, territoryId: string, reportThreshold = 3) {
  const result = await admin.execute(SETTING, { i: { territoryId, kind: 'IDEA', mode: 'POST', reportThreshold } });
  if (result.errors) throw new Error(result.errors[0]!.message);
}

/** Submits an idea (title and text filled in) and returns it; throws on an error. */
export async function submitIdea(client: Client, input: Partial<SubmitIdeaVariables> & { territoryId: string }) {
  const result = await client.execute(SUBMIT_IDEA, {
    i: { title: 'Des bancs au square', text: 'Pour que les aînés puissent s’asseoir.', ...input },
  });
  if (result.errors) throw new Error(result.errors[0]!.message);
  return result.data!.submitIdea;
}

/** The ideas a territory stores, in any state. */
export async function storedIdeas(h: Harness, territoryId: string) {
  return (await h.dataSource.query(
    'SELECT id, title, body, publication, hidden, confirm_token_hash, confirmed_at, published_at FROM ideas WHERE territory_id = $1',
    [territoryId],
  )) as {
    id: string;
    title: string;
    body: string;
    publication: string;
    hidden: boolean;
    confirm_token_hash: string | null;
    confirmed_at: Date | null;
    published_at: Date | null;
  }[];
}
