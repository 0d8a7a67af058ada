import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, expectAccessible } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { seedTerritory, type SeededTerritory } from '../../server/test/seed.js';
import { createIdentityStore } from '../../server/src/modules/identity/identity.store.js';
import { hashPassword } from '../../server/src/modules/identity/passwords.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** The console's tests act in a territory of their own, so its members, councils and journal are theirs alone. */
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

const phone = () =>
  browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR', acceptDownloads: true });
const unique = () => Math.random().toString(36).slice(2, 10);

/** The link of the last email sent to an address, read from the outbox (no SMTP in tests). */
async function linkFromOutbox(email: string) {
  const [row] = (await server.db.dataSource.query(
    'SELECT body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [email],
  )) as { body: string }[];
  const link = /https?:\/\/\S+#jeton=[\w-]+/.exec(row?.body ?? '')?.[0];
  if (!link) throw new Error(`aucun lien envoyé à ${email}`);
  return server.url + new URL(link).pathname + new URL(link).hash;
}

const CONSOLE_PASSWORD = 'mot de passe de la console';

/** A console account with a role in the file's territory. */
async function staffAccount(role: 'STAFF' | 'ADMIN') {
  const store = createIdentityStore(server.db.dataSource);
  const email = `${role.toLowerCase()}-${unique()}@exemple.fr`;
  const user = await store.insertUser({
    email,
    displayName: role === 'ADMIN' ? 'Admin du territoire' : 'Agente du territoire',
    passwordHash: await hashPassword(CONSOLE_PASSWORD),
    verifiedAt: new Date(),
  });
  await store.insertMembership({
    territoryId: territory.id,
    userId: user!.id,
    role,
    citizenCouncilId: null,
    communeId: null,
    grantedBy: null,
    at: new Date(),
  });
  return { user, email, territoryId: territory.id };
}

async function signInToConsole(page: Page, email: string) {
  await page.getByLabel('Adresse email').fill(email);
  await page.getByLabel('Mot de passe').fill(CONSOLE_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await heading(page, 'Territoires');
}

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('accounts in the browser', () => {
  it('a resident signs up, confirms from the outbox, signs in, downloads their data and deletes the account', async () => {
    const page = await (await phone()).newPage();
    const email = `habitante-${unique()}@exemple.fr`;
    const password = 'ma phrase de passe du quartier';

    // CALL, a demo territory: the sign-up form lists the first 100 territories, and the run's other
    // files create many more. The account is deleted at the end.
    await page.goto(`${server.url}/compte/inscription?territoire=CALL`);
    await heading(page, 'Créer un compte');
    await expectAccessible(page);
    await page.getByLabel('Votre territoire').selectOption('CALL');
    await page.getByLabel('Adresse email').fill(email);
    await page.getByLabel('Pseudonyme').fill('Samia de Lens');
    await page.getByLabel('Mot de passe (facultatif)').fill(password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await heading(page, 'Vérifiez vos emails');

    await page.goto(await linkFromOutbox(email));
    await heading(page, 'Mon compte');
    await page.getByText('Connecté·e en tant que').waitFor();
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await heading(page, 'Se connecter');
    await expectAccessible(page);
    await page.getByLabel('Adresse email').first().fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await heading(page, 'Mon compte');
    await page.getByText('Habitant·e').waitFor();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger mes données' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file!, 'utf8')) as { account: { email: string; displayName: string } };
    expect(exported.account).toMatchObject({ email, displayName: 'Samia de Lens' });

    await page.getByLabel('Tapez SUPPRIMER pour confirmer').fill('SUPPRIMER');
    const deletion = page.locator('form').filter({ hasText: 'Supprimer définitivement' });
    await deletion.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await heading(page, 'Votre compte est supprimé');
    await expectAccessible(page);
    expect(await server.db.dataSource.query('SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
  });

  it('a staff member invites a council référent from the console, who accepts and sees the role', async () => {
    const { user: staff, email: staffEmail, territoryId } = await staffAccount('STAFF');
    const call = { id: territoryId };
    // A council of its own, so the référent seat is free whatever ran before.
    const council = `Conseil citoyen ${unique()}`;
    await server.db.dataSource.query(
      `INSERT INTO citizen_councils (territory_id, name, active) VALUES ($1, $2, true)`,
      [call.id, council],
    );

    const console_ = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await console_.goto(`${server.url}/admin/`);
    await heading(console_, 'Connexion des agents');
    await expectAccessible(console_);
    await signInToConsole(console_, staffEmail);
    await console_.goto(`${server.url}/admin/${territory.code}/membres`);
    await heading(console_, /membres et rôles/);
    await expectAccessible(console_);
    const invitee = `referent-${unique()}@exemple.fr`;
    await console_.getByLabel('Adresse email').fill(invitee);
    await console_.getByLabel('Rôle', { exact: true }).selectOption('COUNCIL_REFERENT');
    await console_.getByLabel('Conseil citoyen', { exact: true }).selectOption({ label: council });
    await console_.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await console_.getByText(`Invitation envoyée à ${invitee}.`).waitFor();

    await console_.goto(`${server.url}/admin/${territory.code}/conseils`);
    await heading(console_, /conseils citoyens/);
    await expectAccessible(console_);

    const page = await (await phone()).newPage();
    await page.goto(await linkFromOutbox(invitee));
    await heading(page, 'Accepter l’invitation');
    await expectAccessible(page);
    await page.getByLabel('Pseudonyme').fill('Karim, référent');
    await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await heading(page, 'Mon compte');
    await page.getByText('Référent·e de conseil citoyen').waitFor();
    await page.getByText(council, { exact: false }).waitFor();

    // Staff act; admins read the journal, where both steps are.
    expect(await console_.getByRole('link', { name: 'Journal des actions' }).count()).toBe(0);
    const actions = (await server.db.dataSource.query(
      `SELECT action FROM audit_log WHERE territory_id = $1 AND actor_id = $2 OR action = 'invitation.accept' AND after->>'citizenCouncilId' IN (SELECT id::text FROM citizen_councils WHERE name = $3)`,
      [call.id, staff!.id, council],
    )) as { action: string }[];
    expect(actions.map((a) => a.action).sort()).toEqual(['invitation.accept', 'invitation.create']);
  });

  it('an admin gives a resident another role from the members table, which then lists it', async () => {
    const { email, territoryId } = await staffAccount('ADMIN');
    const store = createIdentityStore(server.db.dataSource);
    const name = `Habitante ${unique()}`;
    const resident = await store.insertUser({
      email: `habitante-${unique()}@exemple.fr`,
      displayName: name,
      passwordHash: await hashPassword(CONSOLE_PASSWORD),
      verifiedAt: new Date(),
    });
    await store.insertMembership({
      territoryId,
      userId: resident!.id,
      role: 'RESIDENT',
      citizenCouncilId: null,
      communeId: null,
      grantedBy: null,
      at: new Date(),
    });
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await page.goto(`${server.url}/admin/`);
    await signInToConsole(page, email);
    await page.goto(`${server.url}/admin/${territory.code}/membres`);
    await heading(page, /membres et rôles/);
    await page.getByLabel('Pseudonyme ou email').fill(name);
    // The filtered list replaces the whole table: act on it once it is there.
    await page.getByRole('heading', { name: 'Personnes ayant un rôle (1)' }).waitFor();
    await page.getByRole('button', { name: `Donner un rôle à ${name}` }).click();
    const form = page.getByRole('form', { name: `Rôle à donner à ${name}` });
    await form.getByLabel('Rôle', { exact: true }).selectOption('MODERATOR');
    await form.getByLabel(/Motif/).fill('Modère les idées du quartier');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Donner le rôle' }).click();
    // The list, refetched once the role is given, then shows both of the person's roles.
    await page.getByRole('heading', { name: 'Personnes ayant un rôle (2)' }).waitFor();
    await page.getByRole('cell', { name: 'Modérateur·rice', exact: true }).waitFor();
    const roles = (await server.db.dataSource.query(
      'SELECT role FROM memberships WHERE territory_id = $1 AND user_id = $2 AND revoked_at IS NULL ORDER BY role',
      [territoryId, resident!.id],
    )) as { role: string }[];
    expect(roles.map((r) => r.role)).toEqual(['MODERATOR', 'RESIDENT']);
  });

  it('an admin invites a moderator, then finds the email in the outbox and the action in the journal', async () => {
    const { email } = await staffAccount('ADMIN');
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await page.goto(`${server.url}/admin/`);
    await signInToConsole(page, email);
    await page.goto(`${server.url}/admin/${territory.code}/membres`);
    await heading(page, /membres et rôles/);
    const moderator = `moderatrice-${unique()}@exemple.fr`;
    await page.getByLabel('Adresse email').fill(moderator);
    await page.getByLabel('Rôle', { exact: true }).selectOption('MODERATOR');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(`Invitation envoyée à ${moderator}.`).waitFor();

    await page.getByRole('link', { name: 'Boîte d’envoi' }).click();
    await heading(page, /boîte d’envoi/);
    await page.getByLabel('Destinataire').fill(moderator);
    await page.getByText('Invitation : modérateur·rice').click();
    await page.getByText(/#jeton=/).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Journal des actions' }).click();
    await heading(page, /journal des actions/);
    await page.getByRole('cell', { name: 'Invitation envoyée' }).first().waitFor();
    await page.getByLabel('Action').selectOption({ label: 'Invitation envoyée' });
    await page.getByText(/^\d+ actions?$/).waitFor();
    await expectAccessible(page);
  });
});
