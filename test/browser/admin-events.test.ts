import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

/**
 * The console's « Événements » section on a phone: staff create a meeting, register people met by
 * phone, check them in at the door (one toggle while the network is cut), count walk-ins, record the
 * minutes and an idea from the meeting, and the public page shows them.
 */

/** The platform's clock, moved by the test from before the meeting (registrations) to during it (held). */
let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let territory: SeededTerritory;
let context: BrowserContext;
let page: Page;
let events: string;
let staffCookie: string;
beforeAll(async () => {
  server = await startTestServer({ clock });
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
  events = `${server.url}/admin/${territory.code}/evenements`;
  const staff = await seedUser(server.db, { territory, role: 'STAFF' });
  // The phone staff hold at the door: 360 px wide for the whole walk.
  staffCookie = (await writeSession(server.db.dataSource, staff.id)).cookie;
  context = await signedInContext(browser, server, staff.id, { viewport: { width: 360, height: 740 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const TITLE = 'Labo de la participation au Mont-Liébaut';
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

/** A `datetime-local` value in Paris time, `minutes` from now. */
function parisLocal(minutes: number) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

const eventRow = async () =>
  (
    (await server.db.dataSource.query('SELECT id, walk_ins FROM participation_events WHERE territory_id = $1', [
      territory.id,
    ])) as { id: string; walk_ins: number }[]
  )[0]!;

const checkedInNames = async () =>
  (
    (await server.db.dataSource.query(
      `SELECT r.name FROM event_registrations r JOIN participation_events e ON e.id = r.event_id
       WHERE e.territory_id = $1 AND r.checked_in_at IS NOT NULL ORDER BY r.name`,
      [territory.id],
    )) as { name: string }[]
  ).map((r) => r.name);

/** Staff register a person met by phone, from the event's pages. */
async function registerByPhone(name: string, phone: string) {
  const form = page.locator('details', { hasText: 'Inscrire une personne' });
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open)))
    await form.getByText('Inscrire une personne').click();
  await form.getByLabel(/^Nom/).fill(name);
  await form.getByLabel('Téléphone').fill(phone);
  await form.getByRole('button', { name: 'Inscrire' }).click();
  await page.getByRole('article').filter({ hasText: name }).waitFor();
}

describe('the console’s events', () => {
  let eventId = '';

  it('staff create an event: each missing field is named in French, then the event has its page', async () => {
    await page.goto(events);
    await heading(/événements/);
    const tabs = page.getByRole('navigation', { name: 'Sections du territoire' });
    expect(await tabs.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Événements']);
    await page.getByText('Aucun événement à venir.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nouvel événement' }).click();
    await heading(/nouvel événement/);
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByText('Donnez un titre à l’événement.').waitFor();
    await page.getByText(/^Indiquez la date et l’heure du début/).waitFor();
    expect(await focusedName()).toBe('title');
    await expectAccessible(page);

    await page.getByLabel(/^Titre/).fill(TITLE);
    await page.getByLabel(/^Début/).fill(parisLocal(60));
    // The end before the start: refused on its field, nothing sent.
    await page.getByLabel(/^Fin/).fill(parisLocal(30));
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByText('La fin doit venir après le début.').waitFor();
    expect(await focusedName()).toBe('endsAt');
    await page.getByLabel(/^Fin/).fill(parisLocal(180));
    await page.getByLabel('Lieu').fill('Maison de quartier, 12 rue des Écoles');
    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Béthune' });
    await page.getByLabel('Quartier', { exact: true }).selectOption({ label: 'Mont-Liébaut' });
    await page.getByText('Engagements Quartiers 2030').click();
    await page.getByLabel(/^AMB2 — Santé/).check();
    await page.getByLabel('Nombre de places').fill('10');
    await page.getByLabel(/^Accès de plain-pied/).check();
    await page.getByLabel(/^Garde d’enfants/).check();
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await heading(new RegExp(TITLE));
    await page.getByText('Événement créé.').waitFor();
    await page.getByText(/0 inscrit sur 10 places/).waitFor();
    await page.getByText(/^Accessibilité : .*Garde d’enfants sur place/).waitFor();
    eventId = (await eventRow()).id;
    await expectAccessible(page);

    await page.goto(events);
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
    await page.getByLabel('Type').selectOption({ label: 'Atelier participatif' });
    await page.getByText('Aucun événement ne correspond à ces filtres.').waitFor();
  });

  it('on the day, on a phone: registrants met by phone, a search, check-ins (one offline, sent once back), walk-ins', async () => {
    await page.goto(`${events}/${eventId}/presences`);
    await heading(/Le jour J/);
    await page.getByText('Personne n’est encore inscrit.').waitFor();
    await registerByPhone('Marie Lefebvre', '06 12 34 56 78');
    await registerByPhone('Karim Benali', '07 98 76 54 32');
    await page.getByRole('heading', { name: 'Inscrits (2)' }).waitFor();
    // The meeting has begun (registrations are then closed): people arrive.
    offset = 90 * 60_000;
    await expectAccessible(page);

    // The search narrows the list, by name or by phone, accents ignored.
    const search = page.getByLabel('Rechercher un inscrit');
    await search.fill('lefèbvre');
    await page.getByRole('heading', { name: 'Inscrits (1 sur 2)' }).waitFor();
    await search.fill('0798');
    await page.getByRole('checkbox', { name: /Karim Benali/ }).waitFor();
    await search.fill('');

    await page.getByRole('checkbox', { name: 'Présent : Marie Lefebvre' }).check();
    await expect.poll(checkedInNames).toEqual(['Marie Lefebvre']);

    // The network drops: the toggle holds, is queued (and kept across a reload), and said to wait.
    await context.setOffline(true);
    await page.getByRole('checkbox', { name: 'Présent : Karim Benali' }).check();
    await page.getByText('En attente de connexion (1 pointage à envoyer)').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Présent : Karim Benali' }).isChecked()).toBe(true);
    const queued = await page.evaluate((key) => localStorage.getItem(key), `quartiers:pointages:${eventId}`);
    expect(queued).toContain('"checkedIn":true');
    expect(await checkedInNames()).toEqual(['Marie Lefebvre']);
    await page.getByText(/^Participants : 2/).waitFor();

    await context.setOffline(false);
    await expect.poll(checkedInNames, { timeout: 15_000 }).toEqual(['Karim Benali', 'Marie Lefebvre']);
    await page.getByText('En attente de connexion', { exact: false }).waitFor({ state: 'detached' });

    // Three came without registering, one counted by mistake.
    const walkIns = page.getByRole('region', { name: 'Venus sans inscription' });
    for (let i = 0; i < 3; i++) await walkIns.getByRole('button', { name: /^\+/ }).click();
    await walkIns.getByRole('button', { name: /^−/ }).click();
    await page.getByText(/^Participants : 4/).waitFor();
    await expect.poll(async () => (await eventRow()).walk_ins).toBe(2);
    await expectAccessible(page);

    // Reloaded: the server's counts, nothing left to send.
    await page.reload();
    await heading(/Le jour J/);
    await page.getByText(/^Participants : 4/).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Présent : Karim Benali' }).isChecked()).toBe(true);
  });

  it('after the meeting: held, minutes rendered inert, an idea from the meeting, all on the public page', async () => {
    await page.goto(`${events}/${eventId}`);
    await heading(new RegExp(TITLE));
    await page.getByRole('button', { name: 'Marquer comme tenu' }).click();
    await page.getByText('L’événement a eu lieu', { exact: false }).waitFor();

    await page.goto(`${events}/${eventId}/compte-rendu`);
    await heading(/Compte rendu/);
    await page
      .getByLabel('Compte rendu (Markdown)')
      .fill(
        '## Ce qui a été dit\n\nLes habitants veulent **des bancs** au square.\n\n<img src=x onerror="window.__pwned=1"> [voir](javascript:window.__pwned=2)',
      );
    await page.getByRole('button', { name: 'Ajouter une décision' }).click();
    await page.getByLabel('Décision 1').fill('Installer deux bancs au square avant l’été.');
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.getByText('Compte rendu enregistré.').waitFor();
    const preview = page.getByRole('region', { name: 'Aperçu du compte rendu publié' });
    await preview.locator('strong', { hasText: 'des bancs' }).waitFor();
    expect(await preview.locator('img, script, [onerror]').count()).toBe(0);
    expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectAccessible(page);

    // An idea heard at the meeting: the ideas form, with the meeting preselected.
    await page.getByRole('link', { name: 'Enregistrer une idée issue de la rencontre' }).click();
    await heading(/enregistrer une idée/);
    const origin = page.getByLabel(/^Rencontre d’origine/);
    await expect.poll(() => origin.inputValue()).toBe(eventId);
    await page.getByLabel(/^Nom affiché/).fill('Habitante du Mont-Liébaut');
    await page.getByLabel(/^Titre/).fill('Un banc à l’ombre du square');
    await page.getByLabel(/^Texte/).fill('Les anciens n’ont nulle part où s’asseoir.');
    await page.getByRole('button', { name: 'Enregistrer l’idée' }).click();
    await page.getByText('Idée enregistrée : « Un banc à l’ombre du square ».').waitFor();
    await expectAccessible(page);

    await page.goto(`${server.url}/admin/${territory.code}/moderation`);
    const item = page.getByRole('article').filter({ hasText: 'Un banc à l’ombre du square' });
    await item.getByRole('button', { name: /^Publier/ }).click();
    await item.getByText('publiée', { exact: true }).waitFor();

    await page.goto(`${server.url}/${territory.code}/evenements/${eventId}`);
    await heading(new RegExp(TITLE));
    await page.locator('strong', { hasText: 'des bancs' }).waitFor();
    await page.getByText('Installer deux bancs au square avant l’été.').waitFor();
    await page.getByRole('link', { name: 'Un banc à l’ombre du square' }).waitFor();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectAccessible(page);
  });

  it('the figures count the held meeting (2 checked in + 2 walk-ins), each chart with its table; retention is a setting', async () => {
    await page.goto(`${events}/chiffres`);
    await heading(/chiffres de participation/);
    const byEvent = page.getByRole('figure', { name: 'Participants par événement' });
    await byEvent.getByText('Voir les données en tableau').click();
    expect(
      await byEvent
        .getByRole('row', { name: new RegExp(TITLE) })
        .getByRole('cell')
        .last()
        .innerText(),
    ).toBe('4');
    const byKind = page.getByRole('figure', { name: 'Participants par type' });
    await byKind.getByText('Voir les données en tableau').click();
    expect(
      await byKind
        .getByRole('row', { name: /^Rencontre du Labo/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['1', '4']);
    await expectAccessible(page);

    await page.goto(events);
    const retention = page.getByRole('region', { name: 'Conservation des coordonnées' });
    await retention.getByLabel(/^Durée de conservation/).fill('12');
    await retention.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await retention.getByText(/^Réglage enregistré : coordonnées effacées 12 mois/).waitFor();
    await page.getByRole('button', { name: 'Passés' }).click();
    await page.getByRole('heading', { name: 'Passés (0)' }).waitFor();
    await expectAccessible(page);
  });

  it('the annual report’s sections insert the reference year’s participation figures, staff do not retype them', async () => {
    const year = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric' }).format(clock.now()),
    );
    const { body } = await postGraphQL(
      server.url,
      CREATE_REPORT,
      { input: { territoryId: territory.id, referenceYear: year } },
      { headers: { cookie: staffCookie } },
    );
    expect(body.errors).toBeUndefined();
    await page.goto(`${server.url}/admin/${territory.code}/rapports/${year}`);
    await heading(new RegExp(`rapport ${year}`));
    const section = page.locator('details').filter({ has: page.locator('summary', { hasText: /^1\./ }) });
    await section.locator('summary').click();
    const text = section.getByLabel('Texte (Markdown)');
    await text.fill('Bilan de la participation.');
    await section.getByRole('button', { name: `Insérer les chiffres de participation ${year}` }).click();
    await section.getByText(`Chiffres de participation ${year} insérés dans le texte`, { exact: false }).waitFor();
    const inserted = await text.inputValue();
    expect(inserted).toContain('Bilan de la participation.\n\nEn ');
    expect(inserted).toContain('1 rencontre de participation a réuni 4 participants.');
    expect(inserted).toContain('| Rencontre du Labo de la participation | 1 | 4 |');
    expect(inserted).toContain('| **Total** | **1** | **4** |');
    await expectAccessible(page);
  });
});

const CREATE_REPORT = graphql(`
  mutation AdminEventsTestCreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      report {
        id
      }
    }
  }
`);
