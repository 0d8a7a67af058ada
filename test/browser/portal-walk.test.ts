import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, expectAccessible, expectReflow, REFLOW_VIEWPORT } from '../support/browser.js';
import { startTestServer } from '../support/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('portal walk: territory → quartier → programmation → action', () => {
  it('finds every page and no serious or critical accessibility violation', async () => {
    await page.goto(server.url + '/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Choisissez votre agglomération');
    await expectAccessible(page);

    await page.getByRole('link', { name: /Béthune-Bruay/ }).click();
    await page.getByRole('heading', { level: 1, name: /Béthune-Bruay/ }).waitFor();
    expect(await page.title()).toMatch(/Béthune-Bruay/);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Mont-Liébaut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mont-Liébaut' }).waitFor();
    await page.getByText(/action\(s\) —/).waitFor();
    await expectAccessible(page);

    await page.goBack();
    await page.getByRole('link', { name: 'Programmation 2024' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmation 2024' }).waitFor();
    await page.getByText('Répartition par axe du contrat').waitFor();
    await page.locator('.recharts-wrapper').first().waitFor();
    await page.getByText('Voir les données en tableau').first().click();
    await expect.poll(() => page.getByRole('cell', { name: /4\s084\s006/ }).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.getByLabel('Mots-clés').fill('nager');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'action(s)' }).textContent())
      .toMatch(/^1 action/);
    await page.getByRole('link', { name: /J'apprends à nager/ }).click();
    await page.getByRole('heading', { level: 1, name: /J'apprends à nager/ }).waitFor();
    await expect.poll(() => page.getByText('CABBALR (Agglomération)').count()).toBe(1);
    await expectAccessible(page);
  });

  it('fits a 320 px screen on the programmation and privacy pages, chart tooltips included (WCAG 1.4.10)', async () => {
    // 2019 and 2022 have axis titles of 2 000 px and more; 2019 names a funder of 400 px.
    const phone = await (await browser.newContext({ viewport: REFLOW_VIEWPORT, locale: 'fr-FR' })).newPage();
    for (const year of [2019, 2022, 2024]) {
      await phone.goto(`${server.url}/CABBALR/programmation/${year}`);
      await phone.getByRole('heading', { level: 1, name: `Programmation ${year}` }).waitFor();
      await phone.getByLabel('Axe ou ambition').waitFor();
      const bars = phone.locator('.recharts-bar-rectangle');
      await bars.first().waitFor();
      await expectReflow(phone);
      // The last chart is the funders'; hovering its first bar shows the funder's full name.
      await bars.last().hover();
      await phone.locator('.recharts-tooltip-wrapper').last().getByText('Montant').waitFor();
      await expectReflow(phone);
    }
    // Its table, too wide for 320 px, scrolls inside a region that the keyboard reaches.
    await phone.goto(`${server.url}/confidentialite`);
    await phone.getByRole('region', { name: 'Données conservées' }).getByRole('table').waitFor();
    await expectAccessible(phone);
    await phone.context().close();
  });

  it('shows a useful page for an unknown territory', async () => {
    await page.goto(server.url + '/INCONNU');
    await page.getByRole('heading', { level: 1, name: 'Ce territoire est introuvable' }).waitFor();
    await expectAccessible(page);
  });

  it('serves the admin console at /admin, behind the staff sign-in', async () => {
    await page.goto(server.url + '/admin/');
    await page.getByRole('heading', { level: 1, name: 'Connexion des agents' }).waitFor();
    await expectAccessible(page);
  });
});
