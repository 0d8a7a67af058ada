import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

/**
 * The console's « Contrat et indicateurs » section: staff draft an avenant to the contract in force,
 * add an item to its tree and move it, put it in force (the previous version stays readable), then
 * correct an indicator, and meet a colleague's change made meanwhile.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let territory: SeededTerritory;
let page: Page;
let admin: string;
let colleague: { cookie: string; name: string };
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
  admin = `${server.url}/admin/${territory.code}`;
  const staff = await seedUser(server.db, { territory, role: 'STAFF' });
  const context = await signedInContext(browser, server, staff.id, { viewport: { width: 1024, height: 800 } });
  page = await context.newPage();
  const other = await seedUser(server.db, { territory, role: 'ADMIN' });
  colleague = { cookie: (await writeSession(server.db.dataSource, other.id)).cookie, name: other.displayName! };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const heading = (name: RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
/** The first-level items of the tree on the page, by title. */
const rootTitles = () => page.locator('section > ul.tree > li > .tree-item').allInnerTexts();

describe('the contract’s avenants in the console', () => {
  it('drafts an avenant, adds an item, puts it in force, and keeps the old version readable', async () => {
    await page.goto(`${admin}/contrat`);
    await heading(/contrat et avenants/);
    const tabs = page.getByRole('navigation', { name: 'Sections du territoire' });
    expect(await tabs.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Contrat et indicateurs']);
    await page.getByRole('rowheader', { name: 'Contrat initial' }).waitFor();
    await expectAccessible(page);

    // Drafting asks first; cancelling changes nothing.
    await page.getByRole('button', { name: 'Préparer un avenant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Préparer l’avenant n° 1 ?' });
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Préparer un avenant' }).click();
    await dialog.getByRole('button', { name: 'Oui, préparer l’avenant' }).click();
    await heading(/avenant n° 1 \(projet\)/);
    expect(await rootTitles()).toEqual(['AXE1 Des quartiers attentifs axe', 'AXE2 Émancipation axe']);

    // A new first-level item: checked in French before sending, then added last.
    await page.getByRole('button', { name: 'Ajouter l’élément' }).click();
    await page.getByText('Indiquez l’intitulé.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('kind');
    await page.getByLabel('Type (axe, ambition, objectif…)').fill('axe');
    await page.getByLabel('Code').fill('AXE3');
    await page.getByLabel('Intitulé').fill('Cadre de vie');
    await page.getByRole('button', { name: 'Ajouter l’élément' }).click();
    await page.getByText('Élément ajouté.').waitFor();
    await expect.poll(rootTitles).toHaveLength(3);
    // Moved up with the keyboard: focus stays on the control.
    await page.getByRole('button', { name: 'Monter Cadre de vie' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(rootTitles)
      .toEqual(['AXE1 Des quartiers attentifs axe', 'AXE3 Cadre de vie axe', 'AXE2 Émancipation axe']);
    await page.getByText('« Cadre de vie » monté d’un rang.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Monter Cadre de vie');
    await expectAccessible(page);

    // Put in force, after a confirmation.
    await page.getByRole('link', { name: 'Toutes les versions du contrat' }).click();
    await heading(/contrat et avenants/);
    await page.getByRole('button', { name: 'Mettre en vigueur' }).click();
    await page.getByText('Indiquez la date d’entrée en vigueur.').first().waitFor();
    await page.getByLabel('En vigueur à partir du').fill('2026-01-01');
    await page.getByRole('button', { name: 'Mettre en vigueur' }).click();
    const inForce = page.getByRole('dialog', { name: 'Mettre en vigueur l’avenant n° 1 ?' });
    await inForce.getByText('À partir du jeudi 1er janvier 2026').waitFor();
    await inForce.getByRole('button', { name: 'Oui, mettre en vigueur' }).click();
    await page.getByRole('row', { name: /Contrat initial Remplacée/ }).waitFor();
    await page.getByRole('row', { name: /Avenant n° 1 En vigueur 1er janvier 2026/ }).waitFor();
    await page.getByRole('button', { name: 'Préparer un avenant' }).waitFor();
    await expectAccessible(page);

    // The superseded version is read as it was, and cannot be edited.
    await page.getByRole('link', { name: 'Contrat initial' }).click();
    await heading(/contrat initial \(remplacée\)/);
    await page.getByText('se modifie par un avenant').waitFor();
    expect(await rootTitles()).toEqual(['AXE1 Des quartiers attentifs axe', 'AXE2 Émancipation axe']);
    expect(await page.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('creates the next contract, its years checked in French, and opens its empty tree', async () => {
    await page.goto(`${admin}/contrat`);
    await heading(/contrat et avenants/);
    const form = page.getByRole('form', { name: 'Nouveau contrat de ville' });
    await form.getByLabel(/^Nom/).fill('Contrat de ville 2031-2036');
    await form.getByLabel(/^Année de début/).fill('2031');
    await form.getByLabel(/^Année de fin/).fill('2030');
    await form.getByRole('button', { name: 'Créer le contrat' }).click();
    await form.getByText('La fin vient après le début.').first().waitFor();
    await form.getByLabel(/^Année de fin/).fill('2036');
    await form.getByRole('button', { name: 'Créer le contrat' }).click();
    await heading(/Contrat de ville 2031-2036/);
    await page.getByText('L’arbre de cette version est vide.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Toutes les versions du contrat' }).click();
    await page.getByRole('heading', { level: 2, name: /Contrat de ville 2031-2036/ }).waitFor();
  });

  it('corrects an indicator with inline French validation, and tells who changed it meanwhile', async () => {
    await page.goto(`${admin}/indicateurs`);
    await heading(/indicateurs/);
    await page.getByRole('rowheader', { name: 'Taux de pauvreté' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Modifier Taux de pauvreté' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Modifier « Taux de pauvreté »' }) });
    await form.getByLabel('Année').fill('deux mille');
    await form.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
    await form.getByText('Indiquez une année entre 1900 et 2100.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('year');
    await form.getByLabel('Année').fill('2020');
    await form.getByLabel('Valeur', { exact: true }).fill('47,9');
    await form.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
    await page.getByText('Indicateur enregistré.').waitFor();
    await page.getByRole('cell', { name: '47,9 %' }).waitFor();

    // A colleague corrects it too; staff's next change, from the version on screen, is refused.
    await page.getByRole('button', { name: 'Modifier Taux de pauvreté' }).click();
    const [row] = (await server.db.dataSource.query(
      `SELECT id, version FROM indicators WHERE territory_id = $1 AND name = 'Taux de pauvreté'`,
      [territory.id],
    )) as { id: string; version: number }[];
    const { body } = await postGraphQL(
      server.url,
      graphql(`
        mutation BrowserColleagueIndicator($input: UpdateIndicatorInput!) {
          updateIndicator(input: $input) {
            indicator {
              version
            }
          }
        }
      `),
      {
        input: {
          territoryId: territory.id,
          id: row!.id,
          expectedVersion: row!.version,
          indicator: {
            name: 'Taux de pauvreté',
            scope: 'quartier',
            value: 46.5,
            unit: '%',
            year: 2021,
            approximate: false,
          },
        },
      },
      { headers: { cookie: colleague.cookie } },
    );
    expect(body.errors).toBeUndefined();
    await form.getByLabel('Valeur', { exact: true }).fill('50');
    await form.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
    await page.getByRole('alert').getByText(`Cet indicateur a été modifié par ${colleague.name} le`).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Recharger l’indicateur' }).click();
    await expect.poll(() => form.getByLabel('Valeur', { exact: true }).inputValue()).toBe('46,5');
    const [after] = (await server.db.dataSource.query('SELECT value FROM indicators WHERE id = $1', [row!.id])) as {
      value: number;
    }[];
    expect(after!.value).toBe(46.5);
  });
});
