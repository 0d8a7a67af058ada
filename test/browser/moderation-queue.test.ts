import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, expectAccessible } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { seedReport } from '../../server/test/seed-consultation.js';
import { SESSION_COOKIE } from '../../server/src/modules/identity/index.js';
import { createIdentityStore } from '../../server/src/modules/identity/identity.store.js';
import { createConsultationStore } from '../../server/src/modules/consultation/consultation.store.js';
import { seedModerationItem, type ModerationStatus } from '../../server/src/modules/moderation/index.js';
import type { Role } from '../../server/src/authz/index.js';
import { randomToken, sha256 } from '../../server/src/shared/secrets.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let territory: SeededTerritory;
let report: Awaited<ReturnType<typeof seedReport>>;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // A territory of its own: the demo territories stay as they are for the other files.
  territory = await seedTerritory(server.db);
  report = await seedReport(server.db, territory, 'IN_CONSULTATION', {
    transmittedOn: '2099-01-01',
    deadline: '2099-12-31',
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A person with a role in the territory, and a page of a browser carrying their session. */
async function person(role: Role): Promise<{ id: string; name: string; page: Page }> {
  const user = await seedUser(server.db, { territory, role });
  const token = randomToken();
  await createIdentityStore(server.db.dataSource).insertSession(
    {
      id: sha256(token),
      userId: user.id,
      idleSeconds: 86_400,
      expiresAt: new Date(Date.now() + 86_400_000),
      userAgent: 'test',
    },
    new Date(),
  );
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
  return { id: user.id, name: user.displayName!, page: await context.newPage() };
}

/** A contribution of `authorId` with its moderation item, as submitting and deciding would leave it. */
async function contribution(authorId: string, text: string, status: ModerationStatus) {
  const at = new Date();
  await server.db.dataSource.transaction(async (tx) => {
    const id = await createConsultationStore(tx).insertContribution({
      territoryId: territory.id,
      reportId: report.id,
      sectionId: report.sections[1]!.id,
      authorId,
      text,
      createdAt: at,
    });
    await seedModerationItem(
      tx,
      {
        territoryId: territory.id,
        kind: 'CONTRIBUTION',
        subjectId: id,
        authorId,
        excerpt: text,
        context: 'Rapport de test',
        createdAt: at,
      },
      { status },
    );
  });
}

const ADVERT = 'Pour vos fêtes, appelez Sono Val-Fictif : -20 % avec le code QUARTIER.';

describe('moderation queue', () => {
  it('a resident reports a contribution; a moderator sees it in the queue and refuses it with a confirmed reason', async () => {
    const author = await person('RESIDENT');
    const reporter = await person('RESIDENT');
    const moderator = await person('MODERATOR');
    await contribution(author.id, ADVERT, 'PUBLISHED');
    await contribution(author.id, 'Merci pour le nouveau city stade.', 'PENDING');
    const reportPage = `${server.url}/${territory.code}/rapports/${report.referenceYear}`;

    // The author sees no « Signaler » on their own words; the moderator, no « Mes contributions » of others.
    await author.page.goto(reportPage);
    await author.page.getByText(ADVERT).waitFor();
    expect(await author.page.getByText('Signaler').count()).toBe(0);
    await moderator.page.goto(reportPage);
    await moderator.page.getByText(ADVERT).waitFor();
    expect(await moderator.page.getByRole('heading', { name: 'Mes contributions' }).count()).toBe(0);

    await reporter.page.goto(reportPage);
    await reporter.page.getByText(`Signaler la contribution de ${author.name}`).click();
    await reporter.page.getByLabel('Motif du signalement').selectOption({ label: 'Publicité ou propagande' });
    await reporter.page.getByLabel(/^Précision/).fill('Une entreprise fait sa publicité.');
    await reporter.page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await reporter.page.getByText('Merci : votre signalement est transmis aux modérateurs.').waitFor();
    await expectAccessible(reporter.page);

    const queue = moderator.page;
    await queue.goto(`${server.url}/admin/${territory.code}/moderation`);
    await queue.getByRole('heading', { level: 1, name: /modération/ }).waitFor();
    await queue.getByRole('heading', { name: 'Publications (2)' }).waitFor();
    // Pending first, then the published one with its report.
    const articles = queue.getByRole('article');
    expect(await articles.first().textContent()).toContain('Merci pour le nouveau city stade.');
    const advert = articles.filter({ hasText: ADVERT });
    await advert.getByText('Signalements depuis la dernière décision : 1').waitFor();
    await advert.getByText('Publicité ou propagande : « Une entreprise fait sa publicité. »').waitFor();
    await expectAccessible(queue);

    await advert.getByLabel(/^Motif du refus/).selectOption({ label: 'Publicité ou propagande' });
    await advert.getByRole('button', { name: 'Refuser…' }).click();
    const confirm = advert.getByRole('button', { name: 'Confirmer le refus' });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(queue);
    await confirm.click();
    await advert.getByText('Motif du refus : Publicité ou propagande').waitFor();

    const visitor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await visitor.goto(reportPage);
    await visitor.getByRole('heading', { name: 'Contributions des habitants' }).waitFor();
    expect(await visitor.getByText(ADVERT).count()).toBe(0);
  });

  it('an admin sets post-moderation and the report threshold; a moderator reads them but cannot change them', async () => {
    const admin = await person('ADMIN');
    await admin.page.goto(`${server.url}/admin/${territory.code}/moderation`);
    const settings = admin.page.getByRole('region', { name: 'Réglages de la modération' });
    // One form per kind (contributions, ideas, comments of ideas): the contributions' one.
    const contributions = settings
      .locator('form')
      .filter({ has: admin.page.getByRole('group', { name: 'Contribution au rapport' }) });
    await contributions.getByLabel(/^Après publication/).check();
    await contributions.getByLabel(/^Signalements qui masquent/).fill('2');
    await contributions.getByRole('button', { name: 'Enregistrer' }).click();
    await contributions.getByText('Réglages enregistrés.').waitFor();
    await expectAccessible(admin.page);
    const [saved] = (await server.db.dataSource.query(
      `SELECT mode, report_threshold FROM moderation_settings WHERE territory_id = $1 AND kind = 'CONTRIBUTION'`,
      [territory.id],
    )) as { mode: string; report_threshold: number }[];
    expect(saved).toEqual({ mode: 'POST', report_threshold: 2 });

    const moderator = await person('MODERATOR');
    await moderator.page.goto(`${server.url}/admin/${territory.code}/moderation`);
    const readOnly = moderator.page.getByRole('region', { name: 'Réglages de la modération' });
    await readOnly.getByText(/Contribution au rapport : après publication, masquée après 2 signalements/).waitFor();
    expect(await readOnly.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
  });
});
