import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedIdea } from '../../../test/seed-idea-rows.js';
import { graphql } from '../../../test/__generated__/index.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const ANSWER = graphql(`
  mutation IdeaAnswer($i: AnswerIdeaInput!) {
    answerIdea(input: $i) {
      idea {
        status
        answer
        answeredAt
        history {
          status
          answer
        }
      }
    }
  }
`);
const LINK = graphql(`
  mutation IdeaLink($i: IdeaActionInput!) {
    linkIdeaToAction(input: $i) {
      idea {
        actions {
          id
          title
        }
      }
    }
  }
`);
const UNLINK = graphql(`
  mutation IdeaUnlink($i: IdeaActionInput!) {
    unlinkIdeaFromAction(input: $i) {
      idea {
        actions {
          id
        }
      }
    }
  }
`);
const ACTION_IDEAS = graphql(`
  query IdeaOfAction($c: String!, $id: ID!) {
    territory(code: $c) {
      action(id: $id) {
        ideas {
          id
          title
        }
      }
    }
  }
`);
const MERGE = graphql(`
  mutation IdeaMerge($i: MergeIdeasInput!) {
    mergeIdeas(input: $i) {
      idea {
        id
        supportCount
        merged {
          id
        }
      }
    }
  }
`);
const SUPPORT = graphql(`
  mutation IdeaStaffSupport($i: IdeaRefInput!) {
    supportIdea(input: $i) {
      idea {
        supportCount
      }
    }
  }
`);

const sql = <T>(text: string, params: unknown[] = []) => h.dataSource.query(text, params) as Promise<T[]>;
const firstAction = async (t: SeededTerritory) =>
  (
    await sql<{ id: string; title: string }>('SELECT id, title FROM actions WHERE territory_id = $1 LIMIT 1', [t.id])
  )[0]!;

describe('answers', () => {
  it('needs a reason to refuse, keeps the history and the first answer, journals and emails author and supporters', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    const idea = await seedIdea(h, territory, { authorId: resident.user.id, title: 'Un jardin partagé' });
    const fan = await seedUser(h, { territory, role: 'RESIDENT' });
    const quiet = await seedUser(h, { territory, role: 'RESIDENT' });
    await sql(`UPDATE users SET notification_preferences = '{"ideas": false}' WHERE id = $1`, [quiet.id]);
    for (const u of [fan, quiet])
      await (await h.signedIn(u.id)).execute(SUPPORT, { i: { territoryId: territory.id, ideaId: idea.id } });
    const ref = { territoryId: territory.id, ideaId: idea.id };

    const refused = await staff.client.execute(ANSWER, { i: { ...ref, status: 'NOT_RETAINED', answer: '  ' } });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Expliquez pourquoi l’idée n’est pas retenue : cette réponse est publique.',
      extensions: { code: 'BAD_USER_INPUT', fields: { answer: expect.any(String) } },
    });
    const byResident = await resident.client.execute(ANSWER, { i: { ...ref, status: 'RETAINED' } });
    expect(byResident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await staff.client.execute(ANSWER, { i: { ...ref, status: 'UNDER_STUDY' } });
    const [first] = await sql<{ first_answered_at: Date }>('SELECT first_answered_at FROM ideas WHERE id = $1', [
      idea.id,
    ]);
    h.clock.advance(60_000);
    const retained = await staff.client.execute(ANSWER, {
      i: { ...ref, status: 'RETAINED', answer: 'Prévu au printemps.' },
    });
    expect(retained.data!.answerIdea.idea).toMatchObject({
      status: 'RETAINED',
      answer: 'Prévu au printemps.',
      history: [
        { status: 'UNDER_STUDY', answer: null },
        { status: 'RETAINED', answer: 'Prévu au printemps.' },
      ],
    });
    const [after] = await sql<{ first_answered_at: Date; answered_at: Date }>(
      'SELECT first_answered_at, answered_at FROM ideas WHERE id = $1',
      [idea.id],
    );
    expect(after!.first_answered_at).toEqual(first!.first_answered_at);
    expect(after!.answered_at.getTime()).toBeGreaterThan(first!.first_answered_at.getTime());

    const audit = await sql<{ before: object; after: object }>(
      `SELECT before, after FROM audit_log WHERE target_id = $1 AND action = 'idea.answer' ORDER BY at`,
      [idea.id],
    );
    expect(audit.at(-1)).toEqual({
      before: { status: 'UNDER_STUDY', answer: null },
      after: { status: 'RETAINED', answer: 'Prévu au printemps.' },
    });
    const emails = await sql<{ to_address: string; subject: string; body: string }>(
      `SELECT to_address, subject, body FROM email_outbox WHERE kind = 'idea-status' AND territory_id = $1
       AND subject LIKE '%retenue'`,
      [territory.id],
    );
    expect(emails.map((e) => e.to_address).sort()).toEqual([resident.user.email, fan.email].sort());
    expect(emails.find((e) => e.to_address === fan.email)!.body).toContain('que vous soutenez');
    expect(emails[0]!.subject).toBe('Idée « Un jardin partagé » : retenue');
  });
});

describe('links to actions', () => {
  it('links a retained idea to an action of the territory, both ways, and unlinks it', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    const elsewhere = await seedTerritory(h);
    const idea = await seedIdea(h, territory, { authorId: resident.user.id, title: 'Aide aux devoirs le samedi' });
    const action = await firstAction(territory);
    const i = { territoryId: territory.id, ideaId: idea.id, actionId: action.id };

    const early = await staff.client.execute(LINK, { i });
    expect(early.errors?.[0]?.message).toBe('Seule une idée retenue ou réalisée peut être reliée à une action.');
    await staff.client.execute(ANSWER, { i: { territoryId: territory.id, ideaId: idea.id, status: 'RETAINED' } });
    const foreign = await staff.client.execute(LINK, { i: { ...i, actionId: (await firstAction(elsewhere)).id } });
    expect(foreign.errors?.[0]).toMatchObject({ message: 'Action introuvable dans ce territoire.' });

    const linked = await staff.client.execute(LINK, { i });
    expect(linked.data!.linkIdeaToAction.idea.actions).toEqual([{ id: action.id, title: action.title }]);
    const page = await h.client().execute(ACTION_IDEAS, { c: territory.code, id: action.id });
    expect(page.data!.territory!.action!.ideas).toEqual([{ id: idea.id, title: 'Aide aux devoirs le samedi' }]);
    const journal = await sql<{ action: string }>('SELECT action FROM audit_log WHERE target_id = $1 ORDER BY at', [
      idea.id,
    ]);
    expect(journal.map((j) => j.action)).toEqual(['idea.answer', 'idea.link-action']);

    const unlinked = await staff.client.execute(UNLINK, { i });
    expect(unlinked.data!.unlinkIdeaFromAction.idea.actions).toEqual([]);
    const gone = await h.client().execute(ACTION_IDEAS, { c: territory.code, id: action.id });
    expect(gone.data!.territory!.action!.ideas).toEqual([]);
  });
});

describe('merges', () => {
  it('keeps every supporter exactly once on the target, and the sources point to it', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    const [target, b, c] = await Promise.all(
      ['Un skatepark', 'Une piste de skate', 'Skatepark au parc'].map((title) =>
        seedIdea(h, territory, { authorId: resident.user.id, title }),
      ),
    );
    const people = await Promise.all([1, 2, 3, 4].map(() => seedUser(h, { territory, role: 'RESIDENT' })));
    const supports: [number, { id: string }][] = [
      [0, target!],
      [0, b!],
      [1, b!],
      [1, c!],
      [2, c!],
      [3, target!],
    ];
    for (const [p, idea] of supports)
      await (await h.signedIn(people[p]!.id)).execute(SUPPORT, { i: { territoryId: territory.id, ideaId: idea.id } });

    const merged = await staff.client.execute(MERGE, {
      i: { territoryId: territory.id, targetId: target!.id, sourceIds: [b!.id, c!.id] },
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeIdeas.idea.supportCount).toBe(4);
    expect(merged.data!.mergeIdeas.idea.merged.map((m) => m.id).sort()).toEqual([b!.id, c!.id].sort());
    const rows = await sql<{ user_id: string; origin_idea_id: string }>(
      'SELECT user_id, origin_idea_id FROM idea_supports WHERE territory_id = $1 AND idea_id = $2 ORDER BY user_id',
      [territory.id, target!.id],
    );
    expect(rows.map((r) => r.user_id).sort()).toEqual(people.map((p) => p.id).sort());
    // Where each support was given is kept: person 3 supported only C.
    expect(rows.find((r) => r.user_id === people[2]!.id)!.origin_idea_id).toBe(c!.id);
    const sources = await sql<{ merged_into_id: string; support_count: number }>(
      'SELECT merged_into_id, support_count FROM ideas WHERE id = ANY($1)',
      [[b!.id, c!.id]],
    );
    expect(sources).toEqual([
      { merged_into_id: target!.id, support_count: 0 },
      { merged_into_id: target!.id, support_count: 0 },
    ]);
    const [audit] = await sql<{ after: object }>(
      `SELECT after FROM audit_log WHERE action = 'idea.merge' AND target_id = $1`,
      [target!.id],
    );
    expect(audit!.after).toEqual({ supportCount: 4, merged: 2, supportsMoved: 2, duplicatesDropped: 2 });

    const other = await seedIdea(h, territory, { authorId: resident.user.id });
    const refusals = await Promise.all([
      staff.client.execute(MERGE, { i: { territoryId: territory.id, targetId: other.id, sourceIds: [target!.id] } }),
      staff.client.execute(MERGE, { i: { territoryId: territory.id, targetId: other.id, sourceIds: [b!.id] } }),
      staff.client.execute(MERGE, { i: { territoryId: territory.id, targetId: other.id, sourceIds: [other.id] } }),
    ]);
    expect(refusals.map((r) => r.errors?.[0]?.message)).toEqual([
      'L’idée « Un skatepark » a déjà reçu d’autres idées : fusionnez plutôt les autres avec elle.',
      'L’idée « Une piste de skate » a déjà rejoint une autre idée.',
      'Une idée ne peut pas être fusionnée avec elle-même.',
    ]);
  });
});
