import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** A territory of its own: its ideas, moderation queue and outbox are this file's alone. */
let territory: SeededTerritory;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone-sized French page: the journey must work at 360 px. */
const PHONE = { locale: 'fr-FR', viewport: { width: 360, height: 740 } };

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Setting the scene (another resident’s idea, its publication) through the API, as this person’s session. */
async function asUser<T, V extends Record<string, unknown>>(
  userId: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<T> {
  const { cookie } = await writeSession(server.db.dataSource, userId);
  const { body } = await postGraphQL(server.url, document, variables, { headers: { cookie } });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

const SubmitExistingIdea = graphql(`
  mutation BrowserSubmitExistingIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      idea {
        id
      }
    }
  }
`);
const PendingIdeaItems = graphql(`
  query BrowserPendingIdeaItems($code: String!) {
    territory(code: $code) {
      moderationQueue(first: 50, filter: { kind: IDEA, status: PENDING }) {
        edges {
          node {
            id
            subjectId
          }
        }
      }
    }
  }
`);
const PublishItem = graphql(`
  mutation BrowserPublishIdeaItem($input: ModerateItemInput!) {
    moderateItem(input: $input) {
      item {
        status
      }
    }
  }
`);
/** Publishes an idea as the moderator would from the queue. */
async function publish(moderatorId: string, ideaId: string) {
  const queue = await asUser(moderatorId, PendingIdeaItems, { code: territory.code });
  const item = queue.territory!.moderationQueue.edges.find((e) => e.node.subjectId === ideaId);
  expect(item, 'l’idée attend la modération').toBeDefined();
  await asUser(moderatorId, PublishItem, {
    input: { territoryId: territory.id, itemId: item!.node.id, decision: 'PUBLISH' },
  });
}

/** A 1 × 1 PNG: the server re-encodes it without its metadata. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The link of the last email sent to an address, read from the outbox (no SMTP in tests), on this server. */
async function linkFromOutbox(email: string) {
  const [row] = (await server.db.dataSource.query(
    'SELECT body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [email],
  )) as { body: string }[];
  const link = /https?:\/\/\S+#jeton=[\w-]+/.exec(row?.body ?? '')?.[0];
  if (!link) throw new Error(`aucun lien envoyé à ${email}`);
  const url = new URL(link);
  return server.url + url.pathname + url.hash;
}

describe('residents’ ideas in the browser', () => {
  it('an email-only resident proposes an idea on a phone; it is confirmed, supported, published, retained and linked to an action', async () => {
    const moderator = await seedUser(server.db, { territory, role: 'MODERATOR' });
    const staff = await seedUser(server.db, { territory, role: 'STAFF' });
    const neighbour = await seedUser(server.db, { territory, role: 'RESIDENT' });

    // An idea already published, which the title typed below resembles.
    const existing = await asUser(neighbour.id, SubmitExistingIdea, {
      input: {
        territoryId: territory.id,
        title: 'Des bancs au square du Mont-Liébaut',
        text: 'Des bancs à l’ombre pour les anciens.',
        quartierId: territory.quartierId,
      },
    });
    await publish(moderator.id, existing.submitIdea.idea!.id);

    // Signed out, with only an email address.
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${server.url}/${territory.code}/idees`);
    await heading(page, 'Idées des habitants');
    await page.getByRole('link', { name: 'Des bancs au square du Mont-Liébaut' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Proposer une idée' }).first().click();
    await heading(page, 'Proposer une idée');
    await expectAccessible(page);

    const title = 'Des bancs et des jeux au square';
    const email = uniqueEmail('idee');
    await page.getByLabel(/^Titre de l’idée/).fill(title);
    await page.getByText('Des idées proches existent déjà').waitFor();
    await page.getByRole('link', { name: 'Des bancs au square du Mont-Liébaut' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^Votre idée/).fill(`${title} : des bancs et une aire de jeux pour les petits.`);
    await page.getByLabel('Quartier concerné').selectOption(territory.quartierId);
    await page.getByLabel(/^Adresse email/).fill(email);
    await page.getByLabel(/^Nom affiché/).fill('Nadia du square');
    await page.getByRole('button', { name: 'Proposer mon idée' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Vérifiez votre boîte mail' });
    await notice.waitFor();
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);

    // The emailed link confirms the idea and signs its author in, on the idea's page.
    await page.goto(await linkFromOutbox(email));
    await heading(page, title);
    await page.getByText('Votre idée : en attente de modération').waitFor();
    await page.getByRole('link', { name: /Mon compte \(Nadia du square\)/ }).waitFor();
    await expectAccessible(page);
    const ideaId = new URL(page.url()).pathname.split('/').pop()!;

    // A moderator publishes it from the console's queue.
    const queue = await (await signedInContext(browser, server, moderator.id, { locale: 'fr-FR' })).newPage();
    await queue.goto(`${server.url}/admin/${territory.code}/moderation`);
    await queue.getByRole('heading', { level: 1, name: /modération/ }).waitFor();
    const item = queue.getByRole('article').filter({ hasText: title });
    await expectAccessible(queue);
    await item.getByRole('button', { name: /^Publier/ }).click();
    await item.getByRole('button', { name: /^Publier/ }).waitFor({ state: 'detached' });

    // A second resident supports it.
    const supporter = await seedUser(server.db, { territory, role: 'RESIDENT' });
    const other = await (await signedInContext(browser, server, supporter.id, PHONE)).newPage();
    await other.goto(`${server.url}/${territory.code}/idees/${ideaId}`);
    await heading(other, title);
    const count = other.getByText(/^\d+ soutiens?/);
    const before = Number((await count.textContent())!.match(/\d+/)![0]);
    await other.getByRole('button', { name: 'Soutenir' }).click();
    await other.getByRole('button', { name: 'Retirer mon soutien' }).waitFor();
    await other.getByText(`${before + 1} soutien`, { exact: false }).waitFor();
    await expectAccessible(other);

    // Staff retain it and link it to the programmation's action, in the console.
    const [action] = (await server.db.dataSource.query(
      'SELECT id, title FROM actions WHERE territory_id = $1 ORDER BY title LIMIT 1',
      [territory.id],
    )) as { id: string; title: string }[];
    const answer = 'Retenue : des bancs et des jeux seront installés avec l’aide aux devoirs en plein air.';
    const desk = await (await signedInContext(browser, server, staff.id, { locale: 'fr-FR' })).newPage();
    await desk.goto(`${server.url}/admin/${territory.code}/idees/${ideaId}`);
    await heading(desk, title);
    const answering = desk.getByRole('region', { name: 'Répondre' });
    await answering.getByLabel('Statut').selectOption({ label: 'retenue' });
    await answering.getByLabel('Réponse publique').fill(answer);
    await answering.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await answering.getByText('Réponse enregistrée : l’idée est retenue.').waitFor();
    const links = desk.getByRole('region', { name: 'Relier à une action' });
    await links.getByLabel('Titre de l’action').fill(action!.title);
    await links.getByRole('button', { name: 'Chercher' }).click();
    await links.getByRole('button', { name: `Relier l’action « ${action!.title} »`, exact: false }).click();
    await links.getByText(`Action reliée : ${action!.title}`, { exact: false }).waitFor();
    await expectAccessible(desk);

    // The idea page shows the answer and the action with its operator and amounts.
    await other.reload();
    await heading(other, title);
    await other.getByText(answer).first().waitFor();
    await other.getByRole('link', { name: action!.title }).waitFor();
    await other
      .getByText(/Association 0/)
      .first()
      .waitFor();
    await expectAccessible(other);

    // The action page and the quartier page show it.
    await other.goto(`${server.url}/${territory.code}/actions/${action!.id}`);
    await heading(other, action!.title);
    await other.getByRole('heading', { name: 'Idées d’habitants à l’origine de cette action' }).waitFor();
    await other.getByRole('link', { name: title }).waitFor();
    await expectAccessible(other);
    await other.goto(`${server.url}/${territory.code}/quartiers/${territory.quartierId}`);
    await other.getByRole('heading', { name: 'Idées des habitants pour ce quartier' }).waitFor();
    await other.getByRole('link', { name: title }).waitFor();
    await expectAccessible(other);

    // Author and supporter were told of the new status.
    const told = (await server.db.dataSource.query(
      `SELECT to_address FROM email_outbox WHERE territory_id = $1 AND kind = 'idea-status' AND subject LIKE $2`,
      [territory.id, `Idée « ${title} »%`],
    )) as { to_address: string }[];
    expect(told.map((r) => r.to_address).sort()).toEqual([email, supporter.email!].sort());
  });

  it('a signed-in resident proposes with a photo, comments, and filters the list from its address', async () => {
    const moderator = await seedUser(server.db, { territory, role: 'MODERATOR' });
    const resident = await seedUser(server.db, { territory, role: 'RESIDENT' });
    const page = await (await signedInContext(browser, server, resident.id, PHONE)).newPage();
    await page.goto(`${server.url}/${territory.code}/idees/proposer`);
    await heading(page, 'Proposer une idée');
    // Signed in: no email address asked.
    expect(await page.getByLabel(/^Adresse email/).count()).toBe(0);
    const title = 'Un composteur partagé rue des Tilleuls';
    await page.getByLabel(/^Titre de l’idée/).fill(title);
    // Markup and script typed in a field are shown as the characters typed, never run.
    const text =
      'Un composteur <b>pour</b> les immeubles <img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    await page.getByLabel(/^Votre idée/).fill(text);
    await page.getByLabel('Photo (facultative)').setInputFiles({ name: 'rue.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Photo « rue.png » prête.').waitFor();
    await page.getByRole('button', { name: 'Proposer mon idée' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'en attente de modération' });
    await notice.waitFor();
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await notice.getByRole('link', { name: `Voir votre idée « ${title} »` }).click();
    await heading(page, title);
    await page.getByRole('img', { name: `Photo jointe à l’idée « ${title} »` }).waitFor();
    await page.getByText(text).waitFor();
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], main script').count()).toBe(0);
    const ideaId = new URL(page.url()).pathname.split('/').pop()!;
    await publish(moderator.id, ideaId);

    await page.reload();
    await heading(page, title);
    await page.getByLabel('Votre commentaire').fill('Je peux aider à le monter un samedi.');
    await page.getByRole('button', { name: 'Publier mon commentaire' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /modération|publié/ })
      .waitFor();
    const mine = page.getByRole('article').filter({ hasText: 'Je peux aider à le monter un samedi.' });
    await mine.getByText('En attente de modération').waitFor();
    await expectAccessible(page);

    // The list's state lives in its address: a shared link shows the same filters and results.
    await page.goto(`${server.url}/${territory.code}/idees?q=${encodeURIComponent('composteur')}&tri=MOST_SUPPORTED`);
    await heading(page, 'Idées des habitants');
    await page.getByRole('link', { name: title }).waitFor();
    expect(await page.getByLabel('Trier par').inputValue()).toBe('MOST_SUPPORTED');
    expect(await page.getByLabel('Rechercher').inputValue()).toBe('composteur');
    await page.getByLabel('Rechercher').fill('zzzz introuvable');
    await page.getByRole('button', { name: 'Afficher les idées' }).click();
    await page.getByText('Aucune idée pour ces critères.').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('zzzz introuvable');
    await page.getByRole('link', { name: 'Proposez la vôtre' }).waitFor();
    await expectAccessible(page);
  });
});
