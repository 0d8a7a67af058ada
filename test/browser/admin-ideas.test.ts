import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

/** The console's « Idées » section as staff use it, on a phone: record, moderate, answer, link, merge, count. */

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** A territory of this file's own (2 quartiers, a two-level strategy tree, one action « Aide aux devoirs »). */
let territory: SeededTerritory;
let page: Page;
let ideas: string;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
  ideas = `${server.url}/admin/${territory.code}/idees`;
  const staff = await seedUser(server.db, { territory, role: 'STAFF' });
  // A phone-sized screen for the whole walk: the console is used on the move, at meetings.
  const context = await signedInContext(browser, server, staff.id, { viewport: { width: 360, height: 740 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const BENCHES = 'Des bancs au square du Mont-Liébaut';
const MORE_BENCHES = 'Des bancs au square, pour les anciens';

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Staff record an idea met at a meeting, as the resident wants to be named. */
async function record(title: string, text: string, name: string) {
  await page.goto(`${ideas}/nouvelle`);
  await heading(/enregistrer une idée/);
  await page.getByLabel('Réunion').check();
  await page.getByLabel(/^Nom affiché/).fill(name);
  await page.getByLabel(/^Titre/).fill(title);
  await page.getByLabel(/^Texte/).fill(text);
  await page.getByLabel('Quartier').selectOption({ label: 'Mont-Liébaut' });
  const theme = page.getByLabel(/^Thème/);
  await theme.selectOption((await theme.locator('option', { hasText: 'AMB2 — Santé' }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Enregistrer l’idée' }).click();
  await page.getByText(`Idée enregistrée : « ${title} ».`).waitFor();
  expect(await focusedText()).toBe(`Idée enregistrée : « ${title} ».`);
}

/** A moderator (staff moderate too) publishes the pending idea from the « Modération » page. */
async function publish(title: string) {
  await page.goto(`${server.url}/admin/${territory.code}/moderation`);
  const item = page
    .getByRole('article')
    .filter({ hasText: /^Idée de/ })
    .filter({ hasText: title });
  await item.getByRole('button', { name: /^Publier/ }).click();
  await item.getByText('publiée', { exact: true }).waitFor();
}

const ideaId = async (title: string) =>
  (
    (await server.db.dataSource.query('SELECT id FROM ideas WHERE territory_id = $1 AND title = $2', [
      territory.id,
      title,
    ])) as { id: string }[]
  )[0]!.id;

const SUPPORT = graphql(`
  mutation AdminIdeasTestSupport($input: IdeaRefInput!) {
    supportIdea(input: $input) {
      idea {
        id
        supportCount
      }
    }
  }
`);

/** A resident supports an idea through the API, as the portal would. */
async function support(cookie: string, id: string) {
  const { body } = await postGraphQL(
    server.url,
    SUPPORT,
    { input: { territoryId: territory.id, ideaId: id } },
    { headers: { cookie } },
  );
  expect(body.errors).toBeUndefined();
}

describe('the console’s ideas', () => {
  it('staff record an idea from a meeting, publish it, answer it (a refusal needs its reason) and link it to an action', async () => {
    await page.goto(ideas);
    await heading(/idées des habitants/);
    const tabs = page.getByRole('navigation', { name: 'Sections du territoire' });
    expect(await tabs.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Idées']);
    await page.getByText('Aucune idée pour l’instant.').waitFor();
    await expectAccessible(page);

    // The form says what is missing, in French, on each field, and focuses the first one.
    await page.getByRole('link', { name: 'Enregistrer une idée' }).first().click();
    await heading(/enregistrer une idée/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('button', { name: 'Enregistrer l’idée' }).click();
    await page.getByText('Donnez un titre à l’idée.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('onBehalfOf');
    await expectAccessible(page);

    await record(BENCHES, 'Les personnes âgées n’ont nulle part où s’asseoir.', 'Habitante de Béthune');

    // In the queue, with its quartier, its states and its channel; pending ones point to moderation.
    await page.goto(ideas);
    const row = page.getByRole('article').filter({ hasText: BENCHES });
    await row.getByText(/Mont-Liébaut — 0 soutien — reçue en réunion le/).waitFor();
    await row.getByText('à modérer').waitFor();
    await row.getByRole('link', { name: `Modérer l’idée « ${BENCHES} »` }).waitFor();
    await publish(BENCHES);
    await page.goto(ideas);
    await page.getByLabel('Publication').selectOption({ label: 'publiée' });
    await page.getByRole('heading', { name: 'Idées (1)' }).waitFor();

    await page.getByRole('link', { name: BENCHES }).click();
    await heading(new RegExp(BENCHES));
    expect(await focusedText()).toContain(BENCHES);
    await page.getByText('Habitante de Béthune').waitFor();
    await page.getByText('en réunion, le').waitFor();
    await expectAccessible(page);

    // « Non retenue » without its reason: refused on the field, nothing sent.
    const answer = page.getByRole('region', { name: 'Répondre' });
    await answer.getByLabel('Statut').selectOption({ label: 'non retenue' });
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    const reason = answer.getByLabel('Réponse publique');
    await answer.getByText(/^Indiquez le motif/).waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await reason.fill('Le square sera refait en 2027 : les bancs sont prévus dans le projet.');
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await answer.getByText('Réponse enregistrée : l’idée est non retenue.').waitFor();
    expect(await focusedText()).toBe('Réponse enregistrée : l’idée est non retenue.');

    // Retained after all, then linked to the action that carries it out.
    await answer.getByLabel('Statut').selectOption({ label: 'retenue' });
    await reason.fill('Retenue : l’aide aux devoirs du quartier installera des bancs devant l’école.');
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await answer.getByText('Réponse enregistrée : l’idée est retenue.').waitFor();
    const history = page.getByRole('region', { name: 'Réponses données' });
    expect(await history.getByRole('listitem').count()).toBe(2);

    const links = page.getByRole('region', { name: 'Relier à une action' });
    await links.getByText('Aucune action reliée.').waitFor();
    await links.getByLabel('Titre de l’action').fill('devoirs');
    await links.getByRole('button', { name: 'Chercher' }).click();
    await links.getByText('1 action trouvée').waitFor();
    await links.getByRole('button', { name: /^Relier l’action « Aide aux devoirs n° 000 »/ }).click();
    await links.getByText(/^Action reliée : Aide aux devoirs n° 000/).waitFor();
    await links.getByRole('button', { name: /^Délier l’action « Aide aux devoirs n° 000 »/ }).waitFor();
    await links.getByText('déjà reliée').waitFor();
    await expectAccessible(page);
    const [linked] = (await server.db.dataSource.query(
      'SELECT count(*)::int AS n FROM idea_actions WHERE territory_id = $1',
      [territory.id],
    )) as { n: number }[];
    expect(linked!.n).toBe(1);
  });

  it('staff merge a duplicate after a confirmation: it points to the idea, each supporter counted once; the figures tell', async () => {
    await record(MORE_BENCHES, 'Un banc ou deux au square, à l’ombre.', 'Habitant du Mont-Liébaut');
    await publish(MORE_BENCHES);
    const [target, duplicate] = [await ideaId(BENCHES), await ideaId(MORE_BENCHES)];
    // One resident supports both ideas, another only the duplicate: after the merge, 2 people, not 3.
    const both = (
      await writeSession(server.db.dataSource, (await seedUser(server.db, { territory, role: 'RESIDENT' })).id)
    ).cookie;
    const one = (
      await writeSession(server.db.dataSource, (await seedUser(server.db, { territory, role: 'RESIDENT' })).id)
    ).cookie;
    await support(both, target);
    await support(both, duplicate);
    await support(one, duplicate);

    await page.goto(`${ideas}/${target}`);
    await heading(new RegExp(BENCHES));
    const merge = page.getByRole('region', { name: 'Fusionner des doublons' });
    // Nothing picked: said, and nothing sent.
    await merge.getByRole('button', { name: 'Fusionner dans cette idée…' }).click();
    await merge.getByText('Cochez au moins une idée à fusionner.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    await merge.getByLabel(new RegExp(`^${MORE_BENCHES}`)).check();
    await merge.getByRole('button', { name: 'Fusionner dans cette idée…' }).click();
    const dialog = page.getByRole('dialog', { name: `Fusionner 1 idée dans « ${BENCHES} » ?` });
    await dialog.getByText(/leurs soutiens y seront comptés, chaque personne une seule fois/).waitFor();
    expect(await focusedText()).toBe('Annuler');
    await expectAccessible(page);
    // Cancelled first: focus back on the button, nothing merged.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await focusedText()).toBe('Fusionner dans cette idée…');
    await merge.getByRole('button', { name: 'Fusionner dans cette idée…' }).click();
    await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await merge.getByText('Fusion faite : 1 idée renvoie désormais ici.').waitFor();
    expect(await focusedText()).toBe('Fusion faite : 1 idée renvoie désormais ici.');
    await merge.getByRole('heading', { name: 'Déjà fusionnées ici' }).waitFor();
    await page.getByText('2 personnes').waitFor();

    // The duplicate's page points to the idea it joined, and offers no answer of its own.
    await page.goto(`${ideas}/${duplicate}`);
    await page.getByText(/^Fusionnée dans/).waitFor();
    expect(await page.getByRole('region', { name: 'Répondre' }).count()).toBe(0);
    // The queue leaves merged ideas aside.
    await page.goto(ideas);
    await page.getByRole('heading', { name: 'Idées (1)' }).waitFor();

    await page.goto(`${ideas}/chiffres`);
    await heading(/chiffres des idées/);
    await page.getByText('Délai médian entre la publication et la première réponse').waitFor();
    const byStatus = page.getByRole('figure', { name: 'Idées par réponse' });
    await byStatus.getByText('Voir les données en tableau').click();
    const statusTable = byStatus.getByRole('table', { name: 'Idées par réponse' });
    expect(
      await statusTable
        .getByRole('row', { name: /^Retenue/ })
        .getByRole('cell')
        .innerText(),
    ).toBe('1');
    const byQuartier = page.getByRole('figure', { name: 'Idées par quartier' });
    await byQuartier.getByText('Voir les données en tableau').click();
    expect(
      await byQuartier
        .getByRole('row', { name: /^Mont-Liébaut/ })
        .getByRole('cell')
        .innerText(),
    ).toBe('1');
    const byTheme = page.getByRole('figure', { name: 'Idées par thème' });
    await byTheme.getByText('Voir les données en tableau').click();
    expect(await byTheme.getByRole('row', { name: /Santé/ }).getByRole('cell').innerText()).toBe('1');
    const csv = page.getByRole('link', { name: 'Télécharger les idées en CSV' });
    expect(await csv.getAttribute('href')).toBe(`/api/ideas/export?territory=${territory.code}&format=csv`);
    await expectAccessible(page);
    const download = await page.request.get(`${server.url}/api/ideas/export?territory=${territory.code}&format=csv`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain(BENCHES);
  });
});
