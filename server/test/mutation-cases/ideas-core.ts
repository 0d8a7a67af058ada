import { graphql } from '../__generated__/index.js';
import { lastLinkToken, uniqueEmail } from '../seed.js';
import { submitIdea } from '../seed-ideas.js';
import { call, type Case, type World } from './case.js';

/** Submission and its emailed confirmation: open to everyone (who submits in which name is the service's rule). */
export function ideaCoreCases(w: World): Case[] {
  return [
    {
      mutation: 'submitIdea',
      build: async ({ email }) =>
        call(
          graphql(`
            mutation MatrixSubmitIdea($i: SubmitIdeaInput!) {
              submitIdea(input: $i) {
                awaitingConfirmation
              }
            }
          `),
          {
            i: {
              territoryId: w.here.id,
              title: 'Une idée de la matrice',
              text: 'Proposée par chaque rôle tour à tour.',
              email,
              pseudonym: 'Matrice',
            },
          },
        ),
    },
    {
      mutation: 'confirmIdea',
      build: async () => {
        // A held idea of someone without an account; whoever follows its link confirms it.
        const email = uniqueEmail('matrice');
        await submitIdea(w.h.client(), { territoryId: w.here.id, email, pseudonym: 'Matrice' });
        const token = await lastLinkToken(w.h, email);
        return call(
          graphql(`
            mutation MatrixConfirmIdea($i: ConfirmIdeaInput!) {
              confirmIdea(input: $i) {
                idea {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, token } },
        );
      },
    },
  ];
}
