import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, expectAccessible, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { seedTerritory, type SeededTerritory } from '../../server/test/seed.js';
import { createIdentityStore } from '../../server/src/modules/identity/identity.store.js';
import { hashPassword } from '../../server/src/modules/identity/passwords.js';
import { applyDeadlines } from '../../server/src/modules/consultation/index.js';
import type { Role } from '../../server/src/authz/index.js';
import { AUDIT_ACTIONS, STORED_AUDIT_ACTIONS } from '../../ui-kit/src/__generated__/catalogue.js';

/** The console as staff meet it: tabs and pages by role, confirmations, focus, French only. */

let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
const setClock = (iso: string) => void (offset = new Date(iso).getTime() - Date.now());

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** A territory of this file's own: its reports, people and journal are the tests' alone. */
let territory: SeededTerritory;
let name: string;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ clock });
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
  name = `Agglomération ${territory.code}`;
  admin = `/admin/${territory.code}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PASSWORD = 'mot de passe de la console';
const unique = () => Math.random().toString(36).slice(2, 10);

/** A person with one role in the territory (and a password), with a browser context already signed in or not. */
async function person(role: Role, { signedIn = true } = {}) {
  const store = createIdentityStore(server.db.dataSource);
  const email = `${role.toLowerCase()}-${unique()}@exemple.fr`;
  const user = (await store.insertUser({
    email,
    displayName: `${role} ${unique()}`,
    passwordHash: await hashPassword(PASSWORD),
    verifiedAt: new Date(),
  }))!;
  await store.insertMembership({
    territoryId: territory.id,
    userId: user.id,
    role,
    citizenCouncilId: null,
    communeId: null,
    grantedBy: null,
    at: new Date(),
  });
  const viewport = { width: 1280, height: 900 };
  const context = signedIn
    ? await signedInContext(browser, server, user.id, {
        viewport,
        session: {
          at: new Date(Date.now() - 86_400_000 * 365 * 2),
          userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0',
        },
      })
    : await browser.newContext({ locale: 'fr-FR', viewport });
  return { email, user, context };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** The focused element's tag and text, once it is the page's main heading. */
async function focusedHeading(page: Page, name: RegExp) {
  await page.waitForFunction(
    (source) => {
      const el = document.activeElement;
      return el?.tagName === 'H1' && new RegExp(source).test(el.textContent ?? '');
    },
    name.source,
    { timeout: 10_000 },
  );
}

const reportStatus = async (year: number) => {
  const [row] = (await server.db.dataSource.query(
    'SELECT status FROM reports WHERE territory_id = $1 AND reference_year = $2',
    [territory.id, year],
  )) as { status: string }[];
  return row?.status;
};

/** Codes staff must never read: the journal's action codes, enum values, English sentences. */
const RAW_AUDIT_CODE = new RegExp(
  `(^|[^\\w.])(${Object.values(STORED_AUDIT_ACTIONS)
    .map((a) => a.replace(/[.]/g, '\\.'))
    .join('|')})($|[^\\w.])`,
);
const RAW_ENUM = /\b(ASSOCIATION|OTHER|BAILLEUR|CONSEIL_CITOYEN|[A-Z]+_[A-Z_]+)\b/;
const ENGLISH = [
  'Did you mean',
  'Something went wrong',
  'Internal server error',
  'Unexpected error',
  'Not found',
  'Forbidden',
  'Unauthorized',
  'You do not have',
  'Failed to fetch',
  'Loading',
  'Response not successful',
  'is not allowed',
  'must be',
];

async function expectOnlyFrench(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text, page.url()).not.toMatch(RAW_AUDIT_CODE);
  expect(text, page.url()).not.toMatch(RAW_ENUM);
  for (const sentence of ENGLISH) expect(text, page.url()).not.toContain(sentence);
}

describe('the console as staff meet it', () => {
  it('asks before each irreversible step: cancelling changes nothing, confirming does it', async () => {
    setClock('2025-06-20T09:00:00+02:00');
    const page = await (await person('STAFF')).context.newPage();
    await page.goto(`${server.url}${admin}/rapports`);
    await heading(page, /rapports annuels/);
    await page.getByLabel('Année de référence').fill('2023');
    await page.getByRole('button', { name: 'Créer le projet de rapport' }).click();
    await heading(page, /rapport 2023/);
    // The report's page belongs to « Rapports annuels », not to « Données ».
    const tabs = page.getByRole('navigation', { name: 'Sections du territoire' });
    expect(await tabs.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Rapports annuels']);
    await page.getByLabel('Adoption du projet par le conseil communautaire').fill('2025-06-24');
    await page.getByLabel('Transmission aux communes et aux conseils citoyens').fill('2025-06-30');
    await page.getByLabel('Échéance des avis').fill('2025-12-01');
    await page.getByRole('button', { name: 'Enregistrer le calendrier' }).click();
    await page.getByText('Calendrier enregistré.').waitFor();
    // The outcome of the submission has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Calendrier enregistré.');
    await page.getByText('avis attendus jusqu’au lundi 1er décembre 2025').waitFor();

    // Open the consultation: cancel first, then confirm. The bodies were posted that day.
    setClock('2025-06-30T10:00:00+02:00');
    await page.getByLabel('Toutes envoyées par courrier le').fill('2025-06-30');
    await page.getByRole('button', { name: 'Enregistrer l’envoi par courrier' }).click();
    await page.getByText('Transmission enregistrée.').waitFor();
    const openButton = page.getByRole('button', { name: 'Ouvrir la consultation', exact: true });
    await openButton.click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir la consultation sur le rapport 2023 ?' });
    await dialog.waitFor();
    await dialog.getByText('elle ne pourra pas être annulée').waitFor();
    await dialog.getByText('jusqu’au lundi 1er décembre 2025 pour rendre leur avis').waitFor();
    await expectAccessible(page);
    // Focus starts on « Annuler » and stays in the dialog.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Annuler');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Oui, ouvrir la consultation');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Annuler');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Oui, ouvrir la consultation');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Ouvrir la consultation');
    expect(await reportStatus(2023)).toBe('DRAFT');
    // Escape cancels too.
    await openButton.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await reportStatus(2023)).toBe('DRAFT');
    await openButton.click();
    await dialog.getByRole('button', { name: 'Oui, ouvrir la consultation' }).click();
    await page.getByRole('heading', { name: 'Tableau des avis' }).waitFor();
    await page.getByText('Consultation ouverte : les instances consultées peuvent rendre leur avis.').waitFor();
    expect(await reportStatus(2023)).toBe('IN_CONSULTATION');
    expect(await focused()).toBe('Consultation ouverte : les instances consultées peuvent rendre leur avis.');
    await page.getByText(/il reste \d+ jours/).waitFor();

    // The deadline passes; then the approval.
    setClock('2025-12-02T08:00:00+01:00');
    await applyDeadlines(server.db.dataSource, clock, server.url, { territoryId: territory.id });
    await page.reload();
    await page.getByLabel('Date de la délibération d’approbation').fill('2025-12-15');
    await page.getByRole('button', { name: 'Enregistrer l’approbation' }).click();
    const approval = page.getByRole('dialog', { name: 'Enregistrer l’approbation du rapport 2023 ?' });
    await approval.getByText('le lundi 15 décembre 2025').waitFor();
    await approval.getByRole('button', { name: 'Annuler' }).click();
    await approval.waitFor({ state: 'hidden' });
    expect(await reportStatus(2023)).toBe('CLOSED');
    await page.getByRole('button', { name: 'Enregistrer l’approbation' }).click();
    await approval.getByRole('button', { name: 'Oui, enregistrer l’approbation' }).click();
    await page.getByText('Approbation enregistrée : le rapport peut être publié.').waitFor();
    expect(await reportStatus(2023)).toBe('APPROVED');

    // Publication.
    const publishButton = page.getByRole('button', { name: 'Publier le rapport', exact: true });
    await publishButton.click();
    const publication = page.getByRole('dialog', { name: 'Publier le rapport 2023 ?' });
    await publication.getByRole('button', { name: 'Annuler' }).click();
    await publication.waitFor({ state: 'hidden' });
    expect(await reportStatus(2023)).toBe('APPROVED');
    await publishButton.click();
    await publication.getByRole('button', { name: 'Oui, publier le rapport' }).click();
    await page.getByText('Rapport publié : il est en ligne sur le portail.').waitFor();
    expect(await reportStatus(2023)).toBe('PUBLISHED');
    await expectAccessible(page);
    setClock(new Date().toISOString());
  });

  it('tells a signed-in resident once that the console is not for them, wherever they open it', async () => {
    const { context } = await person('RESIDENT');
    const page = await context.newPage();
    for (const path of ['/admin/', `${admin}/journal`, `${admin}/rapports/2023`]) {
      await page.goto(server.url + path);
      await heading(page, 'Console réservée aux agents');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.getByText(/Vos rôles ne donnent pas accès/).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Mon compte' }).getAttribute('href')).toBe('/compte');
    }
    await expectAccessible(page);
  });

  it('shows each role only the sections it can use, and refuses the others once', async () => {
    const staff = await (await person('STAFF')).context.newPage();
    await staff.goto(`${server.url}${admin}`);
    await heading(staff, name);
    const tabs = staff.getByRole('navigation', { name: 'Sections du territoire' });
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      'Données',
      'Membres et rôles',
      'Conseils citoyens',
      'Rapports annuels',
      'Modération',
      'Idées',
      'Événements',
      'Contrat et indicateurs',
      'Programmation',
    ]);
    await staff.goto(`${server.url}${admin}/journal`);
    await heading(staff, 'Page non accessible');
    expect(await staff.getByRole('alert').count()).toBe(0);
    // Only the territories where the person has a role are offered.
    await staff.goto(`${server.url}/admin/`);
    await heading(staff, 'Territoires');
    expect(await staff.getByRole('rowheader').allInnerTexts()).toEqual([name]);

    const moderator = await (await person('MODERATOR')).context.newPage();
    await moderator.goto(`${server.url}${admin}`);
    await heading(moderator, name);
    expect(
      await moderator.getByRole('navigation', { name: 'Sections du territoire' }).getByRole('link').allInnerTexts(),
    ).toEqual(['Données', 'Rapports annuels', 'Modération']);
  });

  it('moves focus to the main heading after sign-in and after each navigation', async () => {
    const { email, context } = await person('ADMIN', { signedIn: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/`);
    await heading(page, 'Connexion des agents');
    await page.getByLabel('Adresse email').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await focusedHeading(page, /^Territoires$/);
    await page.getByRole('link', { name }).click();
    await focusedHeading(page, new RegExp(`${name}$`));
    await page.getByRole('link', { name: 'Journal des actions' }).click();
    await focusedHeading(page, /journal des actions/);
    await page.getByRole('link', { name: 'Rapports annuels' }).click();
    await focusedHeading(page, /rapports annuels/);
  });

  it('shows staff no raw code nor English sentence, in the console or on the account page', async () => {
    const { context } = await person('ADMIN');
    const page = await context.newPage();
    // The journal offers every action the server writes, by its French label.
    await page.goto(`${server.url}${admin}/journal`);
    await heading(page, /journal des actions/);
    const options = await page.getByLabel('Action').locator('option').allInnerTexts();
    expect(options).toHaveLength(AUDIT_ACTIONS.length + 1);
    await page.getByRole('cell', { name: 'Rapport publié' }).first().waitFor();
    await page.getByRole('cell', { name: 'Consultation ouverte' }).first().waitFor();
    // Filtered by one action, the journal shows only its entries.
    await page.getByLabel('Action').selectOption({ label: 'Consultation ouverte' });
    const actionCells = page.locator('section > table > tbody > tr > td:nth-child(3)');
    await expect.poll(async () => [...new Set(await actionCells.allInnerTexts())]).toEqual(['Consultation ouverte']);
    for (const path of [
      '/admin/',
      admin,
      `${admin}/membres`,
      `${admin}/conseils`,
      `${admin}/rapports`,
      `${admin}/rapports/2023`,
      `${admin}/emails`,
      `${admin}/journal`,
      `${admin}/contrat`,
      `${admin}/indicateurs`,
      '/compte',
    ]) {
      await page.goto(server.url + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.getByText('Chargement…').count()).toBe(0);
      // The journal's before/after too, opened (the outbox's emails stay closed: their links carry tokens).
      if (path.endsWith('/journal')) {
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      }
      await expectOnlyFrench(page);
    }
    // Sessions are named by browser and system; the account page speaks to the person.
    await page.getByText('Firefox sur Android').first().waitFor();
    await page.getByText('vous pouvez aussi modifier votre pseudonyme').waitFor();
  });
});

describe('sign-in on the portal', () => {
  async function signIn(page: Page, email: string) {
    await heading(page, 'Se connecter');
    await page.getByLabel('Adresse email').first().fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  it('returns to the page the person came from, and only to a page of this site', async () => {
    const { email, context } = await person('RESIDENT', { signedIn: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/${territory.code}/rapports`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('link', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(
      (url) => url.pathname === '/compte/connexion' && url.search === `?retour=%2F${territory.code}%2Frapports`,
    );
    await focusedHeading(page, /^Se connecter$/);
    await signIn(page, email);
    await page.waitForURL((url) => url.pathname === `/${territory.code}/rapports`);
    await page.getByRole('link', { name: /^Mon compte/ }).click();
    await focusedHeading(page, /^Mon compte$/);

    await signOut(context);
    for (const hostile of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      await page.goto(`${server.url}/compte/connexion?retour=${encodeURIComponent(hostile)}`);
      await signIn(page, email);
      await page.waitForURL((url) => url.origin === server.url && url.pathname === '/compte');
      await heading(page, 'Mon compte');
      await signOut(context);
    }
  });
});

async function signOut(context: BrowserContext) {
  await context.clearCookies();
}
