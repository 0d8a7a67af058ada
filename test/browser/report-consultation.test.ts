import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, expectAccessible, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { pdfText } from '../support/pdf-text.js';
import { createIdentityStore } from '../../server/src/modules/identity/identity.store.js';
import { applyDeadlines } from '../../server/src/modules/consultation/index.js';
import type { Role } from '../../server/src/authz/index.js';

/** The platform's clock, moved by the test through the consultation's calendar. */
let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
const setClock = (iso: string) => void (offset = new Date(iso).getTime() - Date.now());

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let cabbalr: string;
beforeAll(async () => {
  server = await startTestServer({ clock });
  browser = await launchBrowser();
  const [row] = (await server.db.dataSource.query(`SELECT id FROM territories WHERE code = 'CABBALR'`)) as {
    id: string;
  }[];
  cabbalr = row!.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A person with a role in CABBALR, already signed in: a browser context carrying their session cookie. */
async function person(
  role: Role,
  scope: { citizenCouncilId?: string; communeId?: string } = {},
): Promise<BrowserContext> {
  const store = createIdentityStore(server.db.dataSource);
  const user = (await store.insertUser({
    email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@exemple.fr`,
    displayName: `${role} démo`,
    passwordHash: null,
    verifiedAt: new Date(),
  }))!;
  await store.insertMembership({
    territoryId: cabbalr,
    userId: user.id,
    role,
    citizenCouncilId: scope.citizenCouncilId ?? null,
    communeId: scope.communeId ?? null,
    grantedBy: null,
    at: new Date(),
  });
  // Signed in before the clock goes back to the consultation's calendar.
  return signedInContext(browser, server, user.id, {
    viewport: { width: 390, height: 844 },
    session: { at: new Date(Date.now() - 86_400_000 * 365 * 2) },
  });
}

/** The text of the elements that describe a field (aria-describedby), in order. */
const describedBy = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** The avis form of the page's (only) body, its name taken from the heading « Avis de … ». */
async function openAvisForm(page: Page) {
  await page.goto(`${server.url}/CABBALR/rapports/2024`);
  const title = page.getByRole('heading', { level: 3, name: /^Avis de / });
  await title.waitFor();
  return (await title.textContent())!.replace(/^Avis de /, '');
}

/** The summary shown before filing, its heading focused; resolves to the listed changes, if any. */
async function readSummary(page: Page) {
  const summary = page.getByRole('region', { name: /^Vérifiez/ });
  await summary.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Vérifiez/);
  return { summary, changes: await summary.locator('.opinion-changes li').allTextContents() };
}

/** Confirms the summary and waits for the outcome, which takes the focus. */
async function confirmAvis(page: Page, bodyName: string) {
  await page.getByRole('button', { name: `Confirmer le dépôt de l’avis au nom de ${bodyName}` }).click();
  const outcome = page.getByRole('status').filter({ hasText: /Avis déposé \(version \d\)/ });
  await outcome.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Avis déposé/);
  return outcome.textContent();
}

/** Fills the avis, files it, reads the summary back and confirms it; resolves to the summary's changes. */
async function submitAvis(
  page: Page,
  position: string,
  text: string,
  options: { remark?: { section: string; text: string }; deliberationOn?: string } = {},
) {
  const bodyName = await openAvisForm(page);
  if (options.deliberationOn)
    await page.getByLabel('Date de la délibération du conseil municipal').fill(options.deliberationOn);
  await page.getByLabel(position, { exact: true }).check();
  await page.getByLabel('Avis général').fill(text);
  if (options.remark) await page.getByLabel(options.remark.section, { exact: true }).fill(options.remark.text);
  await page.getByRole('button', { name: /^Vérifier et déposer/ }).click();
  const { summary, changes } = await readSummary(page);
  expect(await summary.textContent()).toContain(position);
  await confirmAvis(page, bodyName);
  return changes;
}

const opinionsOf = async (bodyId: string) =>
  (await server.db.dataSource.query(`SELECT position, text, revision FROM opinions WHERE body_id = $1`, [bodyId])) as {
    position: string;
    text: string;
    revision: number;
  }[];

describe('the CABBALR 2024 report, from adoption to publication', () => {
  // A long walk through both front ends, with an accessibility and a 320 px check on most pages.
  it('replays the timeline with two councils, one commune and tacit avis for the silent bodies', async () => {
    // Staff prepare the draft and its calendar.
    setClock('2025-06-20T09:00:00+02:00');
    const staff = await (await person('STAFF')).newPage();
    await staff.goto(`${server.url}/admin/CABBALR/rapports`);
    await heading(staff, /rapports annuels/);
    await staff.getByLabel('Année de référence').fill('2024');
    await staff.getByRole('button', { name: 'Créer le projet de rapport' }).click();
    await heading(staff, /rapport 2024/);
    await staff.getByLabel('Adoption du projet par le conseil communautaire').fill('2025-06-24');
    await staff.getByLabel('Transmission aux communes et aux conseils citoyens').fill('2025-06-30');
    await staff.getByLabel('Échéance des avis').fill('2025-07-29');
    await staff.getByRole('button', { name: 'Enregistrer le calendrier' }).click();
    await staff.getByText('l’échéance ne peut pas être avant le 30/07/2025').waitFor();
    await staff.getByLabel('Échéance des avis').fill('2025-10-30');
    await staff.getByRole('button', { name: 'Enregistrer le calendrier' }).click();
    await staff.getByText('Calendrier enregistré.').waitFor();
    await expectAccessible(staff);

    setClock('2025-06-30T10:00:00+02:00');
    // Nobody holds the roles of these bodies yet: opening is refused, naming them, until they are posted.
    await staff.getByRole('button', { name: 'Ouvrir la consultation' }).click();
    await staff.getByRole('button', { name: 'Oui, ouvrir la consultation' }).click();
    const refusal = staff.getByRole('alert').filter({ hasText: 'Le rapport ne peut être transmis à' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Conseil municipal');
    expect(
      (await server.db.dataSource.query(
        `SELECT status FROM reports WHERE territory_id = $1 AND reference_year = 2024`,
        [cabbalr],
      )) as unknown[],
    ).toEqual([{ status: 'DRAFT' }]);
    await staff.getByText(/instances n’ont aucun destinataire par email/).waitFor();
    await staff.getByLabel('Toutes envoyées par courrier le').fill('2025-06-30');
    await staff.getByRole('button', { name: 'Enregistrer l’envoi par courrier' }).click();
    await staff.getByText('Transmission enregistrée.').waitFor();
    await staff
      .getByText(/envoi par courrier le/)
      .first()
      .waitFor();
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Ouvrir la consultation' }).click();
    await staff.getByRole('button', { name: 'Oui, ouvrir la consultation' }).click();
    await staff.getByRole('heading', { name: 'Tableau des avis' }).waitFor();
    await staff
      .getByText(/par courrier le/)
      .first()
      .waitFor();

    const bodies = (await server.db.dataSource.query(
      `SELECT b.id, b.kind, b.name, b.citizen_council_id, b.commune_id FROM consulted_bodies b JOIN reports r ON r.id = b.report_id
       WHERE r.territory_id = $1 AND r.reference_year = 2024 ORDER BY b.kind, b.name`,
      [cabbalr],
    )) as { id: string; kind: string; name: string; citizen_council_id: string | null; commune_id: string | null }[];
    const councils = bodies.filter((b) => b.kind === 'CITIZEN_COUNCIL');
    const communes = bodies.filter((b) => b.kind === 'COMMUNE');
    expect(councils.length).toBeGreaterThanOrEqual(2);
    expect(communes.length).toBeGreaterThanOrEqual(2);

    // Residents and members read the consultation page; two councils answer, one amends.
    const visitor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await visitor.goto(`${server.url}/CABBALR/rapports/2024`);
    await heading(visitor, /Rapport annuel 2024/);
    await visitor.getByText(/Il reste \d+ jours?/).waitFor();
    await expectAccessible(visitor);

    setClock('2025-07-15T18:00:00+02:00');
    const a = await (
      await person('COUNCIL_REFERENT', { citizenCouncilId: councils[0]!.citizen_council_id! })
    ).newPage();
    // The avis is deliberate: an empty form is refused on its position field, and nothing is sent.
    const councilName = await openAvisForm(a);
    await expectAccessible(a);
    expect(await a.getByRole('radio', { checked: true }).count()).toBe(0);
    await a.getByRole('button', { name: 'Vérifier et déposer l’avis' }).click();
    const positionField = a.getByRole('group', { name: 'Position de l’avis (obligatoire)' });
    await positionField.getByText('Choisissez une position').waitFor();
    expect(await describedBy(positionField)).toContain(
      'Choisissez une position : favorable, favorable avec réserves ou défavorable.',
    );
    expect(await a.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('FAVOURABLE');
    expect(await a.getByRole('region', { name: /^Vérifiez/ }).count()).toBe(0);
    expect(await opinionsOf(councils[0]!.id)).toEqual([]);

    // Filing reads the avis back first; going back keeps what was typed; only the confirmation files.
    await a.getByLabel('Favorable', { exact: true }).check();
    await a.getByLabel('Avis général').fill('Avis favorable du conseil.');
    await a.getByRole('button', { name: 'Vérifier et déposer l’avis' }).click();
    const first = await readSummary(a);
    expect(await first.summary.textContent()).toContain(`déposé au nom de ${councilName}`);
    expect(await first.summary.getByRole('definition').allTextContents()).toEqual([
      'Favorable',
      'Avis favorable du conseil.',
      'Aucune remarque.',
    ]);
    expect(first.changes).toEqual([]);
    await expectAccessible(a);
    expect(await opinionsOf(councils[0]!.id)).toEqual([]);
    await a.getByRole('button', { name: 'Revenir à l’avis pour le modifier' }).click();
    expect(await a.getByLabel('Avis général').inputValue()).toBe('Avis favorable du conseil.');
    expect(await opinionsOf(councils[0]!.id)).toEqual([]);
    await a.getByRole('button', { name: 'Vérifier et déposer l’avis' }).click();
    await readSummary(a);
    await confirmAvis(a, councilName);
    await expectAccessible(a);
    expect(await opinionsOf(councils[0]!.id)).toEqual([
      { position: 'FAVOURABLE', text: 'Avis favorable du conseil.', revision: 1 },
    ]);

    // An amendment lists what changes compared with the filed avis.
    setClock('2025-09-01T18:00:00+02:00');
    const changes = await submitAvis(a, 'Favorable avec réserves', 'Favorable, avec une réserve.', {
      remark: { section: 'Les actions menées en faveur des habitants', text: 'Trop peu d’actions de santé.' },
    });
    expect(changes).toEqual([
      'Position : Favorable → Favorable avec réserves.',
      'Avis général modifié.',
      'Remarque ajoutée sur « Les actions menées en faveur des habitants ».',
    ]);
    expect((await opinionsOf(councils[0]!.id))[0]).toMatchObject({
      position: 'FAVOURABLE_WITH_RESERVATIONS',
      revision: 2,
    });
    const b = await (
      await person('COUNCIL_REFERENT', { citizenCouncilId: councils[1]!.citizen_council_id! })
    ).newPage();
    await submitAvis(b, 'Défavorable', 'Le conseil n’a pas été associé.', {
      remark: {
        section: 'L’évolution de la situation dans les quartiers prioritaires',
        text: 'Les indicateurs manquent.',
      },
    });

    // One commune records its deliberation.
    const commune = await (await person('COMMUNE_REPRESENTATIVE', { communeId: communes[0]!.commune_id! })).newPage();
    const communeName = await openAvisForm(commune);
    await commune.getByLabel(/Délibération \(PDF/).setInputFiles({
      name: 'deliberation-2025-117.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await commune.getByText('Délibération « deliberation-2025-117.pdf » déposée.').waitFor();
    await commune.getByLabel('Favorable', { exact: true }).check();
    await commune.getByLabel('Avis général').fill('Délibération n° 2025-117.');
    await commune.getByRole('button', { name: 'Vérifier et déposer l’avis' }).click();
    await commune.getByText('Indiquez la date de la délibération du conseil municipal.').waitFor();
    expect(await opinionsOf(communes[0]!.id)).toEqual([]);
    await commune.getByLabel('Date de la délibération du conseil municipal').fill('2025-09-25');
    await commune.getByRole('button', { name: 'Vérifier et déposer l’avis' }).click();
    const communeSummary = (await readSummary(commune)).summary;
    expect(await communeSummary.getByRole('definition').allTextContents()).toEqual([
      'Favorable',
      'jeudi 25 septembre 2025',
      'deliberation-2025-117.pdf',
      'Délibération n° 2025-117.',
      'Aucune remarque.',
    ]);
    await confirmAvis(commune, communeName);

    // A resident comments a section; staff publish it after moderation.
    const resident = await (await person('RESIDENT')).newPage();
    await resident.goto(`${server.url}/CABBALR/rapports/2024`);
    await resident
      .getByLabel('Section commentée')
      .selectOption({ label: 'Les actions menées en faveur des habitants' });
    await resident.getByLabel('Votre contribution').fill('Le city stade de mon quartier a changé la vie des jeunes.');
    await resident.getByRole('button', { name: 'Envoyer ma contribution' }).click();
    await resident.getByText('Votre contribution sera publiée après modération').waitFor();
    await resident.getByText(/en attente de modération/).waitFor();
    await expectAccessible(resident);
    await staff.reload();
    await staff.getByRole('button', { name: /^Publier la contribution/ }).click();
    await staff.getByRole('heading', { name: 'Contributions à modérer (0)' }).waitFor();

    // The deadline passes; the job runs twice (two instances, or a restart): tacit avis once.
    setClock('2025-10-31T08:00:00+01:00');
    await applyDeadlines(server.db.dataSource, clock, server.url, { territoryId: cabbalr });
    await applyDeadlines(server.db.dataSource, clock, server.url, { territoryId: cabbalr });
    const [tacit] = (await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM opinions o JOIN reports r ON r.id = o.report_id WHERE r.territory_id = $1 AND r.reference_year = 2024 AND o.tacit`,
      [cabbalr],
    )) as { n: number }[];
    expect(tacit!.n).toBe(bodies.length - 3);

    // Staff answer every observation, record the approval, publish.
    setClock('2025-11-20T10:00:00+01:00');
    await staff.reload();
    await staff.getByRole('heading', { name: /Observations et suites données \(2\)/ }).waitFor();
    for (const field of await staff.getByLabel(/Suite donnée à l’observation/).all()) {
      await field.fill('Le rapport final en tient compte.');
    }
    for (const button of await staff.getByRole('button', { name: 'Enregistrer la suite donnée' }).all()) {
      await button.click();
    }
    await expect.poll(() => staff.getByText('Suite donnée enregistrée.').count()).toBe(2);
    await expectAccessible(staff);
    setClock('2025-12-15T20:00:00+01:00');
    await staff.getByLabel('Date de la délibération d’approbation').fill('2025-12-15');
    await staff.getByRole('button', { name: 'Enregistrer l’approbation' }).click();
    await staff.getByRole('button', { name: 'Oui, enregistrer l’approbation' }).click();
    await staff.getByRole('button', { name: 'Publier le rapport' }).click();
    await staff.getByRole('button', { name: 'Oui, publier le rapport' }).click();
    await staff.getByText('publié', { exact: false }).first().waitFor();

    // The published report lists every body with the right position, and the annex too.
    await visitor.goto(`${server.url}/CABBALR/rapports/2024`);
    await visitor.getByText('Publié').first().waitFor();
    const row = (name: string) =>
      visitor.getByRole('row').filter({ has: visitor.getByRole('rowheader', { name, exact: true }) });
    await expect.poll(() => row(councils[0]!.name).textContent()).toContain('Favorable avec réserves');
    expect(await row(councils[1]!.name).textContent()).toContain('Défavorable');
    expect(await row(communes[0]!.name).textContent()).toContain('Favorable');
    for (const silent of bodies.filter((x) => ![councils[0]!.id, councils[1]!.id, communes[0]!.id].includes(x.id))) {
      expect(await row(silent.name).textContent()).toContain('Réputé favorable');
    }
    await visitor.getByText('Suite donnée :').first().waitFor();
    await visitor.getByText('Le city stade de mon quartier a changé la vie des jeunes.').waitFor();
    const deliberation = await visitor
      .getByRole('link', { name: 'Délibération du conseil municipal (PDF)' })
      .getAttribute('href');
    expect((await fetch(server.url + deliberation!)).status).toBe(200);
    await expectAccessible(visitor);

    const pdf = await fetch(`${server.url}/exports/CABBALR/rapports/2024/annexe.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    // Every body, each with its position, read in the PDF's own text.
    for (const body of bodies) expect(text).toContain(body.name);
    expect(text).toContain('Avis : Favorable avec réserves');
    expect(text).toContain('Avis : Défavorable');
    expect(text.match(/Avis : Réputé favorable/g)).toHaveLength(bodies.length - 3);
    expect(text).toContain('Le city stade de mon quartier');
    const csv = await (await fetch(`${server.url}/exports/CABBALR/rapports/2024/annexe.csv`)).text();
    for (const body of bodies) expect(csv).toContain(body.name);
    expect((await fetch(`${server.url}/exports/CABBALR/rapports/2024/annexe.docx`)).status).toBe(403);
  }, 150_000);
});
