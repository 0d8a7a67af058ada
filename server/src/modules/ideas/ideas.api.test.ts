import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { lastLinkToken, seedTerritory, uniqueEmail } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { moderateIdea, storedIdeas, submitIdea, SUBMIT_IDEA } from '../../../test/seed-ideas.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const IDEA = graphql(`
  query IdeasApiIdea($c: String!, $id: ID!) {
    territory(code: $c) {
      idea(id: $id) {
        id
        title
        text
        publication
        rejectionReason
        channel
        authorName
        council {
          name
        }
        quartier {
          name
        }
        mine
        publishedAt
      }
      ideas {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation IdeasApiConfirm($i: ConfirmIdeaInput!) {
    confirmIdea(input: $i) {
      idea {
        id
        publication
        authorName
      }
    }
  }
`);
const AUDIT = graphql(`
  query IdeasApiAudit($c: String!) {
    territory(code: $c) {
      auditLog(first: 5) {
        edges {
          node {
            action
            targetId
          }
        }
      }
    }
  }
`);

describe('submitting an idea', () => {
  it('from an account: pending until a moderator publishes it, seen meanwhile by its author only', async () => {
    const { territory, resident, staff } = await seed(h).territory().resident().staff();
    const sent = await submitIdea(resident.client, { territoryId: territory.id, quartierId: territory.quartierId });
    expect(sent).toMatchObject({ awaitingConfirmation: false, idea: { publication: 'PENDING', mine: true } });
    expect(sent.message).toMatch(/^Merci ! Votre idée sera publiée/);
    const id = sent.idea!.id;
    const read = (client = h.client()) => client.execute(IDEA, { c: territory.code, id });

    expect((await read()).data!.territory!).toEqual({ idea: null, ideas: { edges: [] } });
    expect((await read(resident.client)).data!.territory!.idea).toMatchObject({ id, publishedAt: null });

    await moderateIdea(h, staff.client, territory.id, id, { decision: 'PUBLISH' });
    const published = (await read()).data!.territory!;
    expect(published.idea).toMatchObject({ publication: 'PUBLISHED', mine: false, quartier: { name: 'Cité 3' } });
    expect(published.idea!.publishedAt).not.toBeNull();
    expect(published.ideas.edges.map((e) => e.node.id)).toEqual([id]);
  });

  it('with an email address only: held until the emailed link is followed, which signs its author in', async () => {
    const territory = await seedTerritory(h);
    const email = uniqueEmail('idee');
    const visitor = h.client();
    const sent = await submitIdea(visitor, { territoryId: territory.id, email, pseudonym: 'Lina du Moulin' });
    expect(sent).toMatchObject({ awaitingConfirmation: true, idea: null });
    expect(sent.message).toContain(email);
    const [held] = await storedIdeas(h, territory.id);
    expect(held).toMatchObject({ publication: 'UNCONFIRMED', confirmed_at: null });
    expect(held!.confirm_token_hash).toMatch(/^[0-9a-f]{64}$/);
    const [mail] = (await h.dataSource.query('SELECT body FROM email_outbox WHERE to_address = $1', [email])) as {
      body: string;
    }[];
    expect(mail!.body).toContain(`http://quartiers.test/${territory.code}/idees/confirmer#jeton=`);

    const token = await lastLinkToken(h, email);
    const wrong = await h.client().execute(CONFIRM, { i: { territoryId: territory.id, token: `${token}x` } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await storedIdeas(h, territory.id))[0]!.publication).toBe('UNCONFIRMED');

    const follower = h.client();
    const confirmed = await follower.execute(CONFIRM, { i: { territoryId: territory.id, token } });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmIdea.idea).toEqual({
      id: held!.id,
      publication: 'PENDING',
      authorName: 'Lina du Moulin',
    });
    expect(follower.token).not.toBeNull();
    const after = (await storedIdeas(h, territory.id))[0]!;
    expect(after).toMatchObject({ publication: 'PENDING', confirm_token_hash: null });
    expect(after.confirmed_at).not.toBeNull();

    const again = await h.client().execute(CONFIRM, { i: { territoryId: territory.id, token } });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(again.errors![0]!.message).toMatch(/lien/);
  });

  it('in the name of a conseil citoyen, by its members only', async () => {
    const { territory, councilMember, resident } = await seed(h).territory().councilMember().resident();
    const sent = await submitIdea(councilMember.client, { territoryId: territory.id, councilId: territory.councilId });
    expect(sent.idea).toMatchObject({ authorName: 'Conseil citoyen Mont-Liébaut', channel: 'ONLINE' });
    const refused = await resident.client.execute(SUBMIT_IDEA, {
      i: {
        territoryId: territory.id,
        title: 'Au nom du conseil',
        text: 'Je ne suis pas membre.',
        councilId: territory.councilId,
      },
    });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await storedIdeas(h, territory.id)).toHaveLength(1);
  });

  it('recorded by staff on behalf of a resident, with its channel, in the journal', async () => {
    const { territory, staff, resident, admin } = await seed(h).territory().staff().resident().admin();
    const sent = await submitIdea(staff.client, {
      territoryId: territory.id,
      channel: 'PHONE',
      onBehalfOf: 'Mme Dupont, rue des Lilas',
    });
    expect(sent.idea).toMatchObject({ channel: 'PHONE', authorName: 'Mme Dupont, rue des Lilas' });
    const log = await admin.client.execute(AUDIT, { c: territory.code });
    expect(log.data!.territory!.auditLog.edges.map((e) => e.node)).toContainEqual({
      action: 'IDEA_RECORD',
      targetId: sent.idea!.id,
    });
    const noName = await staff.client.execute(SUBMIT_IDEA, {
      i: { territoryId: territory.id, title: 'Par téléphone', text: 'Sans le nom de la personne.', channel: 'MEETING' },
    });
    expect(noName.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { onBehalfOf: 'obligatoire' },
    });
    const notStaff = await resident.client.execute(SUBMIT_IDEA, {
      i: {
        territoryId: territory.id,
        title: 'Par papier',
        text: 'Une habitante qui se dit agent.',
        channel: 'PAPER',
        onBehalfOf: 'X',
      },
    });
    expect(notStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await storedIdeas(h, territory.id)).toHaveLength(1);
  });

  it('stores markup and script as text, as typed', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const title = '<script>alert("x")</script> Bancs';
    const text = '<img src=x onerror=alert(1)> **gras** & <b>fin</b>';
    const sent = await submitIdea(resident.client, { territoryId: territory.id, title, text });
    expect(sent.idea).toMatchObject({ title, text });
    expect((await storedIdeas(h, territory.id))[0]).toMatchObject({ title, body: text });
  });

  it('refuses bad input with French messages on the right field, storing nothing', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const other = await seedTerritory(h);
    const [otherTheme] = (await h.dataSource.query('SELECT id FROM framework_items WHERE territory_id = $1 LIMIT 1', [
      other.id,
    ])) as { id: string }[];
    const base = { territoryId: territory.id, title: 'Un titre correct', text: 'Un texte assez long pour passer.' };
    const cases: [client: typeof resident.client, input: typeof base & Record<string, unknown>, field: string][] = [
      [resident.client, { ...base, title: ' a ' }, 'title'],
      [resident.client, { ...base, text: 'court' }, 'text'],
      [resident.client, { ...base, quartierId: other.quartierId }, 'quartierId'],
      [resident.client, { ...base, themeId: otherTheme!.id }, 'themeId'],
      [resident.client, { ...base, photoId: '00000000-0000-4000-8000-000000000000' }, 'photoId'],
      [h.client(), base, 'email'],
      [h.client(), { ...base, email: 'pas-une-adresse' }, 'email'],
      [h.client(), { ...base, email: uniqueEmail() }, 'pseudonym'],
    ];
    for (const [client, i, field] of cases) {
      const result = await client.execute(SUBMIT_IDEA, { i });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(Object.keys(result.errors![0]!.extensions!.fields as object), field).toContain(field);
      expect(result.errors![0]!.message).not.toMatch(/\b(invalid|required|expected)\b/i);
    }
    expect(await storedIdeas(h, territory.id)).toEqual([]);
  });
});

describe('a refused idea', () => {
  it('is seen, with its reason, by its author and moderators only', async () => {
    const { territory, resident, staff, councilMember } = await seed(h).territory().resident().staff().councilMember();
    const id = (await submitIdea(resident.client, { territoryId: territory.id })).idea!.id;
    await moderateIdea(h, staff.client, territory.id, id, {
      decision: 'REJECT',
      reasonCode: 'OFF_TOPIC',
      reasonText: 'Ce square dépend de la commune voisine.',
    });
    const read = async (client: typeof resident.client) =>
      (await client.execute(IDEA, { c: territory.code, id })).data!.territory!.idea;
    const reason = 'Hors sujet : Ce square dépend de la commune voisine.';
    expect(await read(resident.client)).toMatchObject({ publication: 'REJECTED', rejectionReason: reason });
    expect(await read(staff.client)).toMatchObject({ publication: 'REJECTED', rejectionReason: reason });
    expect(await read(councilMember.client)).toBeNull();
    expect(await read(h.client())).toBeNull();
  });
});
