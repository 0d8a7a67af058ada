import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import type { AdminImportTestPublicActionsQuery } from '../support/__generated__/graphql.js';
import { programmationWorkbook, type ProgrammationWorkbook } from '../support/programmation-workbook.js';
import { fromCents, toCents } from '../../server/src/shared/money.js';
import { formatEuros } from '../../ui-kit/src/money.js';

import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';

/**
 * The walk: staff import an XLSX of 150 actions with 3 bad rows and read the 3 problems by
 * line and column, fix the file, import it again and apply it; once the year is published the
 * public sees its totals by axis and by funder; the same file a second time changes nothing.
 */

const YEAR = 2025;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let territory: SeededTerritory;
let page: Page;
let importPage: string;
let spoiled: ProgrammationWorkbook;
let fixed: ProgrammationWorkbook;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
  importPage = `${server.url}/admin/${territory.code}/programmation/import`;
  const staff = await seedUser(server.db, { territory, role: 'STAFF' });
  const context = await signedInContext(browser, server, staff.id);
  page = await context.newPage();
  [spoiled, fixed] = await Promise.all([
    programmationWorkbook({ actions: 150, year: YEAR, spoiled: true }),
    programmationWorkbook({ actions: 150, year: YEAR }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name }).waitFor();
const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Chooses the year and the file, and sends it for its preview. */
async function send(workbook: ProgrammationWorkbook, name: string) {
  await page.getByLabel(/^Année de la programmation/).fill(String(YEAR));
  await page.getByLabel(/^Fichier/).setInputFiles({ name, mimeType: XLSX, buffer: workbook.buffer });
  await page.getByRole('button', { name: 'Envoyer et prévisualiser' }).click();
}

const yearActions = async () =>
  Number(
    (
      (await server.db.dataSource.query(
        `SELECT count(*) AS n FROM actions a JOIN programmations p ON p.id = a.programmation_id
         WHERE p.territory_id = $1 AND p.year = $2`,
        [territory.id, YEAR],
      )) as { n: string }[]
    )[0]!.n,
  );

describe('the console’s programmation import', () => {
  it('a file with 3 bad rows: each problem named by line and column, nothing can be applied', async () => {
    await page.goto(importPage);
    await heading(/importer une programmation/);
    await expectAccessible(page);

    // The template is the route's download, for staff.
    const template = page.getByRole('link', { name: 'Télécharger le modèle (XLSX)' });
    const answer = await page.request.get(new URL((await template.getAttribute('href'))!, server.url).href);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain(XLSX);

    // Nothing chosen: said on the field, which takes focus; nothing sent.
    await page.getByRole('button', { name: 'Envoyer et prévisualiser' }).click();
    await page.getByText('Choisissez un fichier .xlsx ou .csv non vide.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('file');

    // A slow connection, so the upload's progress bar shows.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: Math.ceil(spoiled.buffer.length / 2),
    });
    await send(spoiled, 'programmation-2025.xlsx');
    await page.getByRole('progressbar', { name: 'Envoi du fichier' }).waitFor();
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    await heading('3 problèmes à corriger dans le fichier', 3);
    expect(await focusedText()).toBe('3 problèmes à corriger dans le fichier');
    await page.getByText('147 actions créées, 0 modifiée, 0 inchangée, 3 lignes refusées').waitFor();
    const rows = await page
      .getByRole('table', { name: 'Problèmes du fichier, par ligne et colonne' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(rows.map(([line, column]) => ({ line: Number(line), column }))).toEqual(spoiled.spoiled);
    expect(rows.map((r) => r[2])).toEqual([
      'montant illisible (« 12,5,0 »)',
      expect.stringMatching(/^la fin .* précède le début/),
      expect.stringContaining('AXE9'),
    ]);
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).isDisabled()).toBe(true);
    expect(await yearActions()).toBe(0);
    await expectAccessible(page);
  });

  it('the fixed file: its preview, applied once confirmed, with focus on the outcome', async () => {
    await send(fixed, 'programmation-2025-corrigee.xlsx');
    await page.getByText('150 actions créées, 0 modifiée, 0 inchangée, 0 ligne refusée').waitFor();
    expect(await focusedText()).toBe('Aperçu de l’import de « programmation-2025-corrigee.xlsx » (2025)');
    await page.getByText('Actions créées (150)').click();
    await page.getByText('Aide aux devoirs n° 001').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Appliquer l’import ?' });
    await dialog.getByText('150 actions créées et 0 action modifiée dans la programmation 2025').waitFor();
    await dialog.getByRole('button', { name: 'Appliquer l’import' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Import appliqué' });
    await done.waitFor();
    expect(await focusedText()).toMatch(/^Import appliqué : 150 actions créées, 0 modifiée\./);
    expect(await done.getByRole('link', { name: `Voir les actions de ${YEAR}` }).getAttribute('href')).toBe(
      `/admin/${territory.code}/programmation/${YEAR}`,
    );
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).count()).toBe(0);
    expect(await yearActions()).toBe(150);
    await expectAccessible(page);
  });

  it('published, the year shows the public its new totals by axis and by funder', async () => {
    await page.goto(`${server.url}/admin/${territory.code}/programmation/${YEAR}`);
    await page.getByRole('button', { name: `Publier la programmation ${YEAR}` }).click();
    const dialog = page.getByRole('dialog', { name: `Publier la programmation ${YEAR} ?` });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Publier sur le portail' }).click();
    await page.getByRole('heading', { level: 1 }).getByText('Publiée').waitFor();

    // A resident's phone: the charts are drawn at its width, as their tooltips.
    const visitor = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    const portal = await visitor.newPage();
    await portal.goto(`${server.url}/${territory.code}/programmation/${YEAR}`);
    await portal.getByRole('heading', { level: 1, name: `Programmation ${YEAR}` }).waitFor();
    // Nothing was printed for an imported year: the sums of its funded actions are the figures.
    // Nothing was printed for an imported year: the sums of its funded actions are the figures.
    const rowsOf = async (chart: string, caption: string) => {
      const figure = portal.locator('figure', { has: portal.locator('figcaption', { hasText: chart }) });
      await figure.getByText('Voir les données en tableau').click();
      const rows = figure.getByRole('table', { name: caption }).locator('tbody tr');
      await rows.first().waitFor();
      return rows.allTextContents();
    };
    const funders = await rowsOf('Répartition par financeur', 'Montants par financeur');
    for (const [funder, amount] of Object.entries(fixed.funded.byFunder))
      expect(funders.find((r) => r.startsWith(funder))).toContain(formatEuros(amount));
    const axes = await rowsOf('Répartition par axe du contrat', 'Montants par axe et ambition');
    for (const [axis, amount] of Object.entries(fixed.funded.byAxe))
      expect(axes.find((r) => r.startsWith(`${axis} `))).toContain(formatEuros(amount));
    await expectAccessible(portal);
    await visitor.close();

    // The same figures from the API, to the cent: funded actions only.
    expect(await publicFigures()).toEqual(fixed.funded);
  });

  it('a file changing one amount names that change; the same file again « ne change rien », nothing to apply', async () => {
    await page.goto(importPage);
    await heading(/importer une programmation/);
    const raised = await programmationWorkbook({ actions: 150, year: YEAR, raised: 4 });
    await send(raised, 'programmation-2025-revue.xlsx');
    await page.getByText('0 action créée, 1 modifiée, 149 inchangées, 0 ligne refusée').waitFor();
    await page.getByText('Actions modifiées (1)').click();
    await page.getByText(/^Financeur « Région » : .+ → .+/).waitFor();
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).isEnabled()).toBe(true);

    await send(fixed, 'programmation-2025-corrigee.xlsx');
    await page.getByText('0 action créée, 0 modifiée, 150 inchangées, 0 ligne refusée').waitFor();
    await page.getByText('Ce fichier ne change rien : la programmation est déjà à jour.').waitFor();
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).count()).toBe(0);
    const applied = (await server.db.dataSource.query(
      `SELECT count(*) AS n FROM programmation_imports WHERE territory_id = $1 AND status = 'APPLIED'`,
      [territory.id],
    )) as { n: string }[];
    expect(Number(applied[0]!.n)).toBe(1);
    await expectAccessible(page);
  });
});

const PUBLIC_ACTIONS = graphql(`
  query AdminImportTestPublicActions($code: String!, $year: Int!, $after: String) {
    territory(code: $code) {
      programmation(year: $year) {
        status
        actions(first: 100, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              frameworkItem {
                code
                parent {
                  code
                }
              }
              fundings {
                amount
                funder {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

type PublicActions = NonNullable<
  NonNullable<NonNullable<AdminImportTestPublicActionsQuery['territory']>['programmation']>
>['actions'];

/** One page of the year's actions as a visitor (no session) is given them. */
async function publicActions(after: string | null): Promise<PublicActions> {
  const { body } = await postGraphQL(server.url, PUBLIC_ACTIONS, { code: territory.code, year: YEAR, after });
  return body.data!.territory!.programmation!.actions;
}

/** What a visitor is given of the year, added up by top-level axe and by funder in cents. */
async function publicFigures(): Promise<ProgrammationWorkbook['funded']> {
  const cents = { total: 0n, byAxe: new Map<string, bigint>(), byFunder: new Map<string, bigint>() };
  const add = (map: Map<string, bigint>, key: string, value: bigint) => map.set(key, (map.get(key) ?? 0n) + value);
  let connection = await publicActions(null);
  for (;;) {
    for (const { node } of connection.edges) {
      const axe = node.frameworkItem!.parent?.code ?? node.frameworkItem!.code!;
      for (const f of node.fundings) {
        const value = toCents(f.amount);
        cents.total += value;
        add(cents.byAxe, axe, value);
        add(cents.byFunder, f.funder.name, value);
      }
    }
    if (!connection.pageInfo.hasNextPage) break;
    connection = await publicActions(connection.pageInfo.endCursor!);
  }
  const decimals = (map: Map<string, bigint>) =>
    Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, fromCents(v)]));
  return {
    actions: connection.totalCount,
    total: fromCents(cents.total),
    byAxe: decimals(cents.byAxe),
    byFunder: decimals(cents.byFunder),
  };
}
