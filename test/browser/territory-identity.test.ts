import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';

/** An admin gives the territory its colours and logo in the console; the portal's header shows them. */

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
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

async function signedInAdmin() {
  const user = await seedUser(server.db, { territory, role: 'ADMIN' });
  return signedInContext(browser, server, user.id, { viewport: { width: 1280, height: 900 } });
}

describe('the territory’s identity', () => {
  it('is set by an admin in the console (colours with their contrast, a logo) and shown in the portal’s header', async () => {
    const context = await signedInAdmin();
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/${territory.code}/identite`);
    await page.getByRole('heading', { level: 1, name: /identité sur le portail/ }).waitFor();

    const primaryHex = page.getByLabel('Couleur principale (bandeau, liens), code hexadécimal');
    await primaryHex.fill('#ffcc00');
    await page.getByText(/^Contraste avec le texte blanc : 1,\d:1 — insuffisant, 4,5:1 au moins$/).waitFor();
    await primaryHex.fill('#0b5d3b');
    await page
      .getByText(/^Contraste avec le texte blanc : \d+,\d:1 \(suffisant\)$/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Enregistrer les couleurs' }).click();
    await page.getByText('Couleurs enregistrées : le portail les affiche.').waitFor();

    const logoField = page.getByLabel('Logo (PNG, JPEG ou WebP, 1 Mo au plus)');
    await logoField.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('bonjour') });
    await page.getByRole('alert').getByText('Le logo doit être une image PNG, JPEG ou WebP.').waitFor();
    const logo = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#0b5d3b' } })
      .png()
      .toBuffer();
    await logoField.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await page.getByText('Logo enregistré : le portail l’affiche.').waitFor();
    await page.getByRole('img', { name: 'Logo actuel du territoire' }).waitFor();
    await expectAccessible(page);

    const portal = await context.newPage();
    await portal.goto(`${server.url}/${territory.code}`);
    const header = portal.locator('header.site-header');
    const brandLogo = header.locator('img.brand-logo');
    await brandLogo.waitFor();
    await expect.poll(() => header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 93, 59)');
    expect(await brandLogo.getAttribute('alt')).toBe('');
    await expectAccessible(portal);
    expect(await brandLogo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(256);
    await context.close();
  });
});
