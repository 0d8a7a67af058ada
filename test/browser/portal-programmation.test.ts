import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { seedTerritory, type SeededTerritory } from '../../server/test/seed.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;
/** Territories of this file alone: one as a published report prints it, one as staff import it. */
let printed: SeededTerritory;
let imported: SeededTerritory;

const sql = (text: string, params: unknown[]) => server.db.dataSource.query(text, params);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } })).newPage();
  // 3 actions: 1 000 + i € from one funder and 500 € from the next, 4 503 € in all; AMB1 and AMB2 are in AXE1.
  [printed, imported] = await Promise.all([
    seedTerritory(server.db, { actions: 3 }),
    seedTerritory(server.db, { actions: 3 }),
  ]);
  // Imported: no printed figure at all, the actions' sums are the figures.
  await sql('DELETE FROM programmation_totals WHERE territory_id = $1', [imported.id]);
  await sql('DELETE FROM funder_totals WHERE territory_id = $1', [imported.id]);
  await sql('UPDATE programmations SET total_cost = NULL, specific_credits_total = NULL WHERE territory_id = $1', [
    imported.id,
  ]);
  // The year's FCS: an envelope of 100.10 € for projects adding up to 100.05 €.
  await sql(
    `INSERT INTO funds (territory_id, program, year, project, amount, aggregate) VALUES
       ($1, 'Fonds de cohésion sociale', 2024, 'Enveloppe FCS 2024', 100.10, true),
       ($1, 'Fonds de cohésion sociale', 2024, 'Fête de quartier', 50.05, false),
       ($1, 'Fonds de cohésion sociale', 2024, 'Jardin partagé', 50.00, false)`,
    [printed.id],
  );
  // Everything the SCDL file needs, so that the open-data page lists one with its schema.
  await sql(`UPDATE funders SET siret = '20004168900015' WHERE territory_id = $1`, [printed.id]);
  await sql(`UPDATE operators SET siret = '12345678900011' WHERE territory_id = $1`, [printed.id]);
  await sql(
    `UPDATE fundings SET convention_date = '2024-06-24', payment_conditions = 'unique', payment_period = '2024-07-01'
     WHERE territory_id = $1`,
    [printed.id],
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a chart's table (folded under the chart, so hidden until then) and gives its rows' text. */
async function tableRows(chart: string, caption: string) {
  const figure = page.locator('figure', { has: page.locator('figcaption', { hasText: chart }) });
  await figure.getByText('Voir les données en tableau').click();
  const rows = figure.getByRole('table', { name: caption }).locator('tbody tr');
  await rows.first().waitFor();
  return (await rows.allTextContents()).map((t) => t.replace(/[\u00a0\u202f]/g, ' '));
}

describe('the programmation page: totals from the actions', () => {
  it('shows the printed figures next to the sums of the actions, and each gap in words', async () => {
    await page.goto(`${server.url}/${printed.code}/programmation/2024`);
    await page.getByRole('heading', { level: 1, name: 'Programmation 2024' }).waitFor();
    const note = page.locator('.total-note');
    await expect
      .poll(async () => (await note.textContent())?.replace(/[\u00a0\u202f]/g, ' '))
      .toBe('Le total publié (1 000 €) diffère de la somme des actions (4 503 €) : écart de -3 503 €.');
    await page.locator('.recharts-bar-rectangle').first().waitFor();

    expect(await tableRows('Répartition par axe du contrat', 'Montants par axe et ambition')).toEqual([
      'AXE1 — Des quartiers attentifs700 €4 503 €3',
      'AMB1 — Accès aux droits650 €——',
      'AXE2 — Émancipation300 €0 €—',
    ]);
    const axisGaps = page.getByRole('list', { name: 'Écarts par axe' }).getByRole('listitem');
    await expect.poll(() => axisGaps.count()).toBe(2);
    expect((await axisGaps.first().textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'AXE1 — Des quartiers attentifs : le total publié (700 €) diffère de la somme des actions (4 503 €) : écart de -3 803 €.',
    );

    const funders = await tableRows('Répartition par financeur', 'Montants par financeur');
    expect(funders).toContain('ANCT « BOP 147 »500 €1 500 €2');
    expect(funders).toContain('Commune—1 502 €2');
    await expect.poll(() => page.getByRole('list', { name: 'Écarts par financeur' }).count()).toBe(1);

    const funds = page.getByRole('table', { name: 'Enveloppes des fonds et projets financés' });
    expect((await funds.locator('tbody tr').allTextContents()).map((t) => t.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Fonds de cohésion sociale (2 projets)100,10 €100,05 €',
    ]);
    expect((await page.locator('.fund-note').textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Fonds de cohésion sociale : l’enveloppe déclarée (100,10 €) diffère de la somme des projets (100,05 €) : écart de 0,05 €.',
    );
    await expectAccessible(page);
  });

  it('shows the sums of the actions as the figures when the source printed none', async () => {
    await page.goto(`${server.url}/${imported.code}/programmation/2024`);
    await page.getByRole('heading', { level: 1, name: 'Programmation 2024' }).waitFor();
    await expect
      .poll(async () => (await page.getByRole('list', { name: 'Chiffres clés' }).textContent())?.replace(/\s/g, ' '))
      .toContain('4 503 € coût total des actions');
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await tableRows('Répartition par axe du contrat', 'Montants par axe et ambition')).toEqual([
      'AXE1 — Des quartiers attentifs4 503 €3',
    ]);
    expect(await tableRows('Répartition par financeur', 'Montants par financeur')).toEqual([
      'Commune1 502 €2',
      'Région1 501 €2',
      'ANCT « BOP 147 »1 500 €2',
    ]);
    await expect.poll(() => page.locator('.total-note, .gap-notes').count()).toBe(0);
    await expectAccessible(page);
  });
});

describe('the open-data page', () => {
  it('lists every file with its format, schema, date, licence and download link', async () => {
    await page.goto(`${server.url}/${printed.code}`);
    await page.getByRole('link', { name: /Données ouvertes : programmations/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Données ouvertes' }).waitFor();
    const files = page.locator('.open-data > li');
    // The programmation in CSV and XLSX, and the SCDL file of each of the 3 funders.
    await expect.poll(() => files.count()).toBe(5);
    const scdl = files.filter({ hasText: 'SCDL' }).first();
    await expect.poll(() => scdl.getByRole('link', { name: /version 2\.1\.1/ }).count()).toBe(1);
    const licence = scdl.getByRole('link', { name: /Licence Ouverte/ });
    expect(await licence.getAttribute('href')).toMatch(/etalab/);
    expect(await scdl.getByRole('link', { name: /^Télécharger/ }).getAttribute('href')).toMatch(/\/exports\//);
    expect(await files.first().textContent()).toMatch(/Mise à jour\d{1,2}(er)? \S+ \d{4}/);
    await expectAccessible(page);
  });
});
