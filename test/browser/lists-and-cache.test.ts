import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { seedDemo } from '../../server/src/demo.js';
import { createIdentityStore } from '../../server/src/modules/identity/identity.store.js';
import type { Role } from '../../server/src/authz/index.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let demoId: string;
beforeAll(async () => {
  server = await startTestServer();
  // The DEMO 2025 report, in consultation around today.
  await seedDemo(server.db.dataSource, { NODE_ENV: 'test' }, { log: () => undefined });
  browser = await launchBrowser();
  const [row] = (await server.db.dataSource.query(`SELECT id FROM territories WHERE code = 'DEMO'`)) as {
    id: string;
  }[];
  demoId = row!.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new person holding `role` in DEMO, signed in, on `path` (the DEMO 2025 report page by default). */
async function pageOf(role: Role, path = '/DEMO/rapports/2025'): Promise<Page> {
  const store = createIdentityStore(server.db.dataSource);
  const user = (await store.insertUser({
    email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@exemple.fr`,
    displayName: `${role} contributions`,
    passwordHash: null,
    verifiedAt: new Date(),
  }))!;
  await store.insertMembership({
    territoryId: demoId,
    userId: user.id,
    role,
    citizenCouncilId: null,
    communeId: null,
    grantedBy: null,
    at: new Date(),
  });
  const context = await signedInContext(browser, server, user.id);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

async function reportPageOf(role: Role) {
  const page = await pageOf(role);
  await page.getByRole('heading', { name: 'Contributions des habitants' }).waitFor();
  return page;
}

const ownList = (page: Page) =>
  page.getByRole('heading', { name: 'Mes contributions' }).locator('xpath=following-sibling::ul[1]');

describe('« Mes contributions » on the report page', () => {
  it('lists one’s own pending contributions only, even for a moderator who receives everybody’s', async () => {
    const text = `Ma remarque sur le rapport ${Math.random().toString(36).slice(2)}`;
    const resident = await reportPageOf('RESIDENT');
    await resident.getByLabel('Votre contribution').fill(text);
    await resident.getByRole('button', { name: 'Envoyer ma contribution' }).click();
    await resident.getByText('Merci ! Votre contribution sera publiée après modération.').waitFor();
    // The list updates from the mutation's answer, without reloading the page.
    await expect.poll(() => ownList(resident).textContent()).toContain(`« ${text} » — en attente de modération`);

    const moderator = await reportPageOf('MODERATOR');
    expect(await moderator.getByRole('heading', { name: 'Mes contributions' }).count()).toBe(0);
    expect(await moderator.getByText(text).count()).toBe(0);
    await expectAccessible(moderator);
  });
});

describe('a council edited in the console', () => {
  it('updates its card from the mutation’s answer, without asking for the whole list again', async () => {
    const staff = await pageOf('STAFF', '/admin/DEMO/conseils');
    await staff.getByRole('heading', { level: 1, name: /conseils citoyens/ }).waitFor();
    const card = staff.locator('article.card').first();
    const name = (await card.getByRole('heading', { level: 3 }).textContent())!.replace(/inactif$/, '').trim();
    const listQueries: string[] = [];
    staff.on('request', (r) => {
      if (r.postData()?.includes('AdminCouncils')) listQueries.push(r.url());
    });
    await card.getByText(`Modifier ${name}`).click();
    await card.getByLabel('Nom').fill(`${name} (renommé)`);
    await card.getByRole('button', { name: 'Enregistrer' }).click();
    await card.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    await staff.getByRole('heading', { level: 3, name: `${name} (renommé)` }).waitFor();
    expect(listQueries).toEqual([]);
  });
});
