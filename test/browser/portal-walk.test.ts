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
    await page.getByText(/\d actions? —/).waitFor();
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
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /\d actions? —/ })
          .textContent(),
      )
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
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.getByText('Ce territoire est introuvable').waitFor();
    await expectAccessible(page);
  });

  it('serves the admin console at /admin, behind the staff sign-in', async () => {
    await page.goto(server.url + '/admin/');
    await page.getByRole('heading', { level: 1, name: 'Connexion des agents' }).waitFor();
    await expectAccessible(page);
  });
});

/**
 * Text no one should read on the portal: GraphQL's own messages, the dataset curator's English notes,
 * « (s) » plurals, values that failed to render.
 */
const FORBIDDEN = [
  'Variable "$',
  'Cannot ',
  'Did you mean',
  'Syntax Error',
  'accompaniment',
  'perimeter',
  'focus 20',
  'not stated',
  '(s)',
  'jour(s)',
  'undefined',
  '[object Object]',
  'NaN',
  ' 1 janvier',
  ' 1 février',
  ' 1 mars',
  ' 1 avril',
  ' 1 mai',
  ' 1 juin',
  ' 1 juillet',
  ' 1 août',
  ' 1 septembre',
  ' 1 octobre',
  ' 1 novembre',
  ' 1 décembre',
];
/** A framework item's code shown alone (« P1 », « AXE1 », « 6.2 »), in the page or in a chart's labels. */
const BARE_CODE = /^(?:[A-Z]{1,5}\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)$/;

/** Fails, naming the offending text, when the main region shows a forbidden text or a bare code. */
async function expectFrenchOnly(target: Page) {
  const { text, bareCodes } = await target.evaluate((pattern) => {
    const main = document.querySelector('main')!;
    const code = new RegExp(pattern);
    const leaves = Array.from(main.querySelectorAll('*')).filter(
      (e) => e.tagName.toLowerCase() === 'text' || (e.children.length === 0 && !e.closest('svg')),
    );
    return {
      text: main.innerText,
      bareCodes: leaves.map((e) => e.textContent?.trim() ?? '').filter((t) => code.test(t)),
    };
  }, BARE_CODE.source);
  const found = FORBIDDEN.filter((f) => text.includes(f)).map((f) => {
    const at = text.indexOf(f);
    return `« ${f} » dans « ${text.slice(Math.max(0, at - 60), at + 60)} »`;
  });
  expect([...found, ...bareCodes.map((c) => `code seul « ${c} »`)], target.url()).toEqual([]);
}

async function visit(path: string) {
  await page.goto(server.url + path);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .state-loading').count()).toBe(0);
  await expectFrenchOnly(page);
}

/** The first link of the main region to such pages, if any. */
const firstHref = async (selector: string) => {
  const link = page.locator(`main a[href*="${selector}"]`).first();
  return (await link.count()) ? link.getAttribute('href') : null;
};

describe('the portal speaks French to everyone', () => {
  it('shows no raw code, English note or « (s) » on the pages of every territory', async () => {
    for (const code of ['CABBALR', 'CAB', 'CAPH', 'CALL', 'DEMO']) {
      await visit(`/${code}`);
      const hrefs = await Promise.all(['/quartiers/', '/contrats/', '/programmation/'].map(firstHref));
      let action: string | null = null;
      for (const href of hrefs.filter((h) => h !== null)) {
        await visit(href);
        action ??= await firstHref('/actions/');
      }
      if (action) await visit(action);
    }
    // A quartier and an action whose sources carry the curator's English notes.
    await visit('/CABBALR');
    const centres = page.locator('main a[href*="/quartiers/"]', { hasText: /^Centre-ville$/ });
    for (const href of await centres.evaluateAll((links) => links.map((l) => l.getAttribute('href')!)))
      await visit(href);
    await visit('/CABBALR/programmation/2024');
    await page.getByLabel('Mots-clés').fill('design actif');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('link', { name: /Dynamiser l'espace public en QPV par le design actif/ }).click();
    await page.getByRole('heading', { level: 1, name: /Dynamiser l'espace public/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectFrenchOnly(page);
    // The reports, in consultation and published.
    for (const path of ['/CABBALR/rapports', '/CABBALR/rapports/2024', '/DEMO/rapports/2025']) await visit(path);
  });

  it('tells a sign-up with empty fields what to fill, in French, next to each field', async () => {
    await page.goto(`${server.url}/compte/inscription`);
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Vérifiez les champs signalés.').waitFor();
    for (const [label, message] of [
      ['Votre territoire', 'Choisissez votre territoire.'],
      ['Adresse email', 'Indiquez votre adresse email.'],
      ['Pseudonyme', 'Indiquez un pseudonyme.'],
    ] as const) {
      const field = page.getByLabel(label);
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.evaluate((e) => e.getAttribute('aria-describedby'))).toBeTruthy();
      await page.getByText(message).waitFor();
    }
    // Focus goes to the first field to fix.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('territory');
    await expectFrenchOnly(page);

    // The server's refusal of a field is shown on that field too.
    await page.getByLabel('Votre territoire').selectOption('CALL');
    await page.getByLabel('Adresse email').fill('pas-une-adresse');
    await page.getByLabel('Pseudonyme').fill('Lou');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const email = page.getByLabel('Adresse email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby'))!;
    const reason = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(reason).toMatch(/adresse/);
    await expectFrenchOnly(page);
    await expectAccessible(page);
  });

  it('shows « page introuvable » for an unknown quartier, with focus on it after an in-app navigation', async () => {
    for (const id of ['pas-un-id', '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f']) {
      await page.goto(`${server.url}/CALL/quartiers/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      await page.getByText('Ce quartier est introuvable').waitFor();
      expect(await page.getByRole('button', { name: 'Réessayer' }).count()).toBe(0);
      expect(await page.title()).toMatch(/^Page introuvable/);
      await expectFrenchOnly(page);
    }
    await expectAccessible(page);

    // In the app: a click (the person has acted), then a navigation to the unknown quartier.
    await page.getByRole('link', { name: /Revenir à l’accueil du territoire CALL/ }).click();
    await page.locator('main h1').filter({ hasNotText: 'Page introuvable' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (const id of ['pas-un-id', '0d1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f']) {
      await page.evaluate((path) => history.pushState(null, '', path), `/CALL/quartiers/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Page introuvable');
      await page.getByRole('link', { name: /Revenir à l’accueil du territoire CALL/ }).click();
      await page.locator('main h1').filter({ hasNotText: 'Page introuvable' }).waitFor();
    }
  });
});
