import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

/**
 * The console's « Programmation » section, on a territory of its own: staff prepare next year's
 * draft, add an action with two fundings (exact total as typed), change a status in the table and two
 * at once, meet a colleague's change made behind the page (told who changed what, nothing lost),
 * keep porteurs and financeurs with checked SIRETs, and publish the year after confirming.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let territory: SeededTerritory;
let page: Page;
let staffCookie: string;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  territory = await seedTerritory(server.db, { year: 2024, actions: 2 });
  base = `${server.url}/admin/${territory.code}`;
  const staff = await seedUser(server.db, { territory, role: 'STAFF' });
  staffCookie = (await writeSession(server.db.dataSource, staff.id)).cookie;
  const context = await signedInContext(browser, server, staff.id, { viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const TITLE = 'Ateliers numériques au Mont-Liébaut';
const SECOND = 'Permanences d’accès aux droits';
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const query = async <T>(sql: string, params: unknown[]) => (await server.db.dataSource.query(sql, params)) as T[];
const actionRow = async (title: string) =>
  (
    await query<{ id: string; status: string; version: number; programmation_id: string }>(
      'SELECT id, status, version, programmation_id FROM actions WHERE territory_id = $1 AND title = $2',
      [territory.id, title],
    )
  )[0]!;
const asStaff = () => ({ headers: { cookie: staffCookie } });

describe('the console’s programmation', () => {
  it('staff prepare next year’s draft from the years page', async () => {
    await page.goto(`${base}/programmation`);
    await heading(/programmation$/);
    const tabs = page.getByRole('navigation', { name: 'Sections du territoire' });
    expect(await tabs.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Programmation']);
    await page.getByRole('link', { name: 'Programmation 2024' }).click();
    await heading(/programmation 2024/);
    // The imported year's declared totals next to the sums of their lines, each line with its gap.
    const checks = page.getByRole('region', { name: 'Coût total et lignes par axe' });
    await checks.getByRole('rowheader', { name: 'Coût total de la programmation' }).waitFor();
    await page
      .getByRole('region', { name: 'Crédits spécifiques et lignes par financeur' })
      .getByRole('rowheader', { name: 'Écart' })
      .waitFor();
    await expectAccessible(page);
    await page.goBack();
    await heading(/programmation$/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Préparer l’année 2025' }).click();
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Programmation 2025' }) });
    await card.getByText('Brouillon').waitFor();
    const [row] = await query<{ status: string }>(
      'SELECT status FROM programmations WHERE territory_id = $1 AND year = 2025',
      [territory.id],
    );
    expect(row?.status).toBe('DRAFT');
    await expectAccessible(page);
  });

  it('an action with two fundings: an unreadable amount is told at once, the total is exact', async () => {
    await page.getByRole('link', { name: 'Programmation 2025' }).click();
    await heading(/programmation 2025/);
    await page.getByText('Aucune action pour cette année.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Ajouter une action' }).click();
    await heading('Nouvelle action — 2025');
    await page.getByRole('button', { name: 'Créer l’action' }).click();
    await page.getByText('Donnez un titre à l’action.').waitFor();

    await page.getByLabel(/^Titre/).fill(TITLE);
    await page.getByLabel('Porteur').selectOption({ label: 'Association 0' });
    const framework = page.getByLabel('Orientation du contrat');
    // Options are indented by their depth in the tree: chosen by their text.
    await framework.selectOption(
      (await framework.locator('option', { hasText: 'AMB2 — Santé' }).getAttribute('value'))!,
    );
    await page.getByRole('group', { name: 'Communes' }).getByLabel('Béthune').check();
    await page.getByRole('group', { name: 'Quartiers' }).getByLabel('Mont-Liébaut').check();
    await page.getByRole('button', { name: 'Ajouter un financement' }).click();
    await page.getByRole('button', { name: 'Ajouter un financement' }).click();
    const first = page.getByRole('group', { name: /^Financement 1/ });
    const second = page.getByRole('group', { name: /^Financement 2/ });
    await first.getByLabel(/^Financeur/).selectOption({ label: 'ANCT « BOP 147 »' });
    await first.getByLabel(/^Montant/).fill('12 500,50');
    await first.getByLabel('Type de crédits').selectOption({ label: 'Crédits spécifiques' });
    await first.getByLabel('Fonds').fill('BOP 147');
    await second.getByLabel(/^Financeur/).selectOption({ label: 'Région' });
    await second.getByLabel(/^Montant/).fill('mille');
    await second.getByText('Montant illisible').waitFor();
    await page.getByText(/^Total : 12\s500,50\s€ \(sans le montant illisible\)/).waitFor();
    await expectAccessible(page);
    await second.getByLabel(/^Montant/).fill('1 000,25');
    await page.getByText(/^Total : 13\s500,75\s€$/).waitFor();
    await second.getByLabel('Type de crédits').selectOption({ label: 'Droit commun' });
    await second.getByLabel('Conditions de versement').fill('échelonné');

    await page.getByRole('button', { name: 'Créer l’action' }).click();
    await heading(new RegExp(TITLE));
    await page.getByText('Action créée.').waitFor();
    const fundings = await query<{ amount: string }>(
      `SELECT f.amount::text AS amount FROM fundings f JOIN actions a ON a.id = f.action_id
       WHERE a.territory_id = $1 AND a.title = $2 ORDER BY f.amount DESC`,
      [territory.id, TITLE],
    );
    expect(fundings.map((f) => f.amount)).toEqual(['12500.50', '1000.25']);
    await expectAccessible(page);
  });

  it('the status is edited in its cell (Enter saves), then two actions change status at once', async () => {
    await page.getByRole('link', { name: 'Retour aux actions de 2025' }).click();
    await heading(/programmation 2025/);
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(/13\s500,75\s€/).waitFor();
    await row.getByRole('button', { name: new RegExp(`^Déposée — modifier le statut de « ${TITLE} »`) }).click();
    const select = row.getByLabel(/^Statut de/);
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    await select.selectOption('FUNDED');
    await select.press('Enter');
    const funded = row.getByRole('button', { name: /^Financée — modifier le statut/ });
    await funded.waitFor();
    expect(await funded.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await actionRow(TITLE)).status).toBe('FUNDED');
    // Escape gives up, nothing sent.
    await funded.click();
    await row.getByLabel(/^Statut de/).selectOption('ABANDONED');
    await row.getByLabel(/^Statut de/).press('Escape');
    await funded.waitFor();
    expect((await actionRow(TITLE)).status).toBe('FUNDED');

    // A colleague adds a second action; the page shows it once reloaded.
    const { programmation_id } = await actionRow(TITLE);
    const created = await postGraphQL(
      server.url,
      CREATE_ACTION,
      {
        input: {
          territoryId: territory.id,
          programmationId: programmation_id,
          action: { title: SECOND, status: 'SUBMITTED', communeIds: [], quartierIds: [], fundings: [] },
        },
      },
      asStaff(),
    );
    expect(created.body.errors).toBeUndefined();
    await page.reload();
    await heading(/programmation 2025/);
    await page.getByRole('heading', { name: 'Actions (2)' }).waitFor();
    await expectAccessible(page);

    // Sorted by title, descending: the header says so.
    const byTitle = page.getByRole('columnheader', { name: /^Action/ });
    await byTitle.getByRole('button').click();
    await byTitle.getByRole('button').click();
    expect(await byTitle.getAttribute('aria-sort')).toBe('descending');
    const table = page.getByRole('region', { name: /^Actions de la programmation 2025/ });
    expect(await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).toEqual([SECOND, TITLE]);

    await page.getByRole('checkbox', { name: `Sélectionner « ${TITLE} »` }).check();
    await page.getByRole('checkbox', { name: `Sélectionner « ${SECOND} »` }).check();
    await page.getByRole('heading', { name: '2 actions sélectionnées' }).waitFor();
    await page.getByLabel('Nouveau statut').selectOption({ label: 'Refusée' });
    await page.getByRole('button', { name: 'Changer le statut', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Changer le statut de ces 2 actions/ });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Changer le statut (2)' }).click();
    await expect
      .poll(async () => [(await actionRow(TITLE)).status, (await actionRow(SECOND)).status])
      .toEqual(['REFUSED', 'REFUSED']);
    await page
      .getByRole('row')
      .filter({ hasText: SECOND })
      .getByRole('button', { name: /^Refusée/ })
      .waitFor();
    await page.getByRole('heading', { name: '0 action sélectionnée' }).waitFor();
  });

  it('a change made behind the page is told (who, what), the typed values stay, and the action reloads', async () => {
    const { id, version } = await actionRow(TITLE);
    await page.goto(`${base}/programmation/2025/actions/${id}`);
    await heading(new RegExp(TITLE));
    await page.getByLabel('Description').fill('Ma description, pas encore enregistrée.');

    const behind = await postGraphQL(server.url, ACTION_FOR_EDIT, { code: territory.code, id }, asStaff());
    const current = behind.body.data!.territory!.action!;
    const changed = await postGraphQL(
      server.url,
      UPDATE_ACTION,
      {
        input: {
          territoryId: territory.id,
          actionId: id,
          expectedVersion: version,
          action: {
            title: current.title,
            status: 'FUNDED',
            communeIds: current.communes.map((c) => c.id),
            quartierIds: current.quartiers.map((q) => q.id),
            operatorId: current.operator?.id ?? null,
            frameworkItemId: current.frameworkItem?.id ?? null,
            reference: 'DOS-2025-017',
            fundings: current.fundings.map((f) => ({ funderId: f.funder.id, amount: f.amount })),
          },
        },
      },
      asStaff(),
    );
    expect(changed.body.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    const alert = page.locator('.conflict');
    await alert.getByText(/^Cette action a été modifiée par .+ : rechargez-la avant d’enregistrer\.$/).waitFor();
    expect(await page.getByLabel('Description').inputValue()).toBe('Ma description, pas encore enregistrée.');
    expect((await actionRow(TITLE)).version).toBe(version + 1);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Recharger l’action' }).click();
    await page.getByRole('heading', { name: 'Vos saisies non enregistrées' }).waitFor();
    await expect.poll(() => page.getByLabel('Numéro de dossier').inputValue()).toBe('DOS-2025-017');
    await page.getByLabel('Description').fill('Ma description, pas encore enregistrée.');
    await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await expect.poll(async () => (await actionRow(TITLE)).version).toBe(version + 2);
    await expectAccessible(page);
  });

  it('porteurs and financeurs: a SIRET is checked as it is typed', async () => {
    await page.goto(`${base}/financeurs`);
    await heading(/financeurs$/);
    await page.getByText('Nouveau financeur').click();
    await page.getByLabel(/^Nom/).first().fill('Caisse d’allocations familiales');
    const siret = page.getByLabel('SIRET').first();
    await siret.fill('534 082 300 00012');
    await siret.blur();
    await page.getByText('Ce SIRET n’existe pas : un chiffre est sans doute mal saisi.').waitFor();
    await expectAccessible(page);
    await siret.fill('443 061 841 00047');
    await page.getByText('Ce SIRET n’existe pas', { exact: false }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Créer le financeur' }).click();
    await page.getByRole('heading', { name: 'Caisse d’allocations familiales' }).waitFor();
    const [funder] = await query<{ siret: string }>('SELECT siret FROM funders WHERE territory_id = $1 AND name = $2', [
      territory.id,
      'Caisse d’allocations familiales',
    ]);
    expect(funder?.siret).toBe('44306184100047');

    await page.goto(`${base}/porteurs`);
    await heading(/porteurs$/);
    await page.getByText('Nouveau porteur').click();
    await page.getByLabel(/^Nom/).first().fill('Centre social Jacques Brel');
    const rna = page.getByLabel('Numéro RNA').first();
    await rna.fill('W62');
    await rna.blur();
    await page.getByText('Le numéro RNA est un W suivi de 9 chiffres (W123456789).').waitFor();
    await expectAccessible(page);
    await rna.fill('W623000123');
    await page.getByRole('button', { name: 'Créer le porteur' }).click();
    await page.getByRole('heading', { name: 'Centre social Jacques Brel' }).waitFor();
  });

  it('publishing the year is confirmed first, with the version sent, and can be taken back', async () => {
    await page.goto(`${base}/programmation/2025`);
    await heading(/programmation 2025/);
    // Before publishing, what the funders' SCDL files lack (no convention dates were entered here).
    const gaps = page.getByRole('table', { name: 'Ce qui manque, par action et financeur' });
    await gaps
      .getByText(/^Date de convention manquante/)
      .first()
      .waitFor();
    await page.getByText(/données obligatoires manquent : le fichier d’un financeur n’est publié/).waitFor();
    await page.getByRole('button', { name: 'Publier la programmation 2025' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publier la programmation 2025 ?' });
    await dialog.getByText(/^Version envoyée : \d+\.$/).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Publier sur le portail' }).click();
    await page.getByRole('heading', { level: 1 }).getByText('Publiée').waitFor();
    const [row] = await query<{ status: string }>(
      'SELECT status FROM programmations WHERE territory_id = $1 AND year = 2025',
      [territory.id],
    );
    expect(row?.status).toBe('PUBLISHED');
    await page.getByRole('button', { name: 'Repasser 2025 en brouillon' }).waitFor();
    await expectAccessible(page);
  });
});

const CREATE_ACTION = graphql(`
  mutation AdminProgrammationTestCreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      action {
        id
      }
    }
  }
`);

const ACTION_FOR_EDIT = graphql(`
  query AdminProgrammationTestAction($code: String!, $id: ID!) {
    territory(code: $code) {
      action(id: $id) {
        id
        title
        operator {
          id
        }
        frameworkItem {
          id
        }
        communes {
          id
        }
        quartiers {
          id
        }
        fundings {
          amount
          funder {
            id
          }
        }
      }
    }
  }
`);

const UPDATE_ACTION = graphql(`
  mutation AdminProgrammationTestUpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        id
        version
      }
    }
  }
`);
