import { graphql } from '../__generated__/index.js';
import { seedIdea } from '../seed-idea-rows.js';
import { seedUser } from '../seed.js';
import { call, type Case, type World } from './case.js';

/** Supports, comments and staff's work on ideas; each call acts on a fresh published idea. */
export function ideaParticipationAndStaffCases(w: World): Case[] {
  const freshIdea = async (status: 'NEW' | 'RETAINED' = 'NEW') => {
    const author = await seedUser(w.h, { territory: w.here, role: 'RESIDENT' });
    return seedIdea(w.h, w.here, { authorId: author.id, status });
  };
  const ref = async () => ({ i: { territoryId: w.here.id, ideaId: (await freshIdea()).id } });
  const firstAction = async () =>
    (
      (await w.h.dataSource.query('SELECT id FROM actions WHERE territory_id = $1 LIMIT 1', [w.here.id])) as {
        id: string;
      }[]
    )[0]!.id;
  return [
    {
      mutation: 'supportIdea',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSupportIdea($i: IdeaRefInput!) {
              supportIdea(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          await ref(),
        ),
    },
    {
      mutation: 'withdrawIdeaSupport',
      build: async () =>
        call(
          graphql(`
            mutation MatrixWithdrawIdeaSupport($i: IdeaRefInput!) {
              withdrawIdeaSupport(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          await ref(),
        ),
    },
    {
      mutation: 'commentIdea',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCommentIdea($i: CommentIdeaInput!) {
              commentIdea(input: $i) {
                comment {
                  id
                }
              }
            }
          `),
          { i: { ...(await ref()).i, text: 'Un commentaire de la matrice' } },
        ),
    },
    {
      mutation: 'answerIdea',
      build: async () =>
        call(
          graphql(`
            mutation MatrixAnswerIdea($i: AnswerIdeaInput!) {
              answerIdea(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          { i: { ...(await ref()).i, status: 'UNDER_STUDY' } },
        ),
    },
    {
      mutation: 'linkIdeaToAction',
      build: async () =>
        call(
          graphql(`
            mutation MatrixLinkIdeaToAction($i: IdeaActionInput!) {
              linkIdeaToAction(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, ideaId: (await freshIdea('RETAINED')).id, actionId: await firstAction() } },
        ),
    },
    {
      mutation: 'unlinkIdeaFromAction',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUnlinkIdeaFromAction($i: IdeaActionInput!) {
              unlinkIdeaFromAction(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, ideaId: (await freshIdea('RETAINED')).id, actionId: await firstAction() } },
        ),
    },
    {
      mutation: 'mergeIdeas',
      build: async () => {
        const [target, source] = [await freshIdea(), await freshIdea()];
        return call(
          graphql(`
            mutation MatrixMergeIdeas($i: MergeIdeasInput!) {
              mergeIdeas(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, targetId: target.id, sourceIds: [source.id] } },
        );
      },
    },
  ];
}
