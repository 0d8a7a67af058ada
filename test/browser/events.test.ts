import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expectAccessible, launchBrowser, signedInContext } from '../support/browser.js';
import { startTestServer } from '../support/server.js';
import { postGraphQL } from '../support/graphql-http.js';
import { graphql } from '../support/__generated__/index.js';
import { seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../server/test/seed.js';
import { writeSession } from '../../server/test/session.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** A territory of its own: its events, registrations and outbox are this file's alone. */
let territory: SeededTerritory;
let staffId: string;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  territory = await seedTerritory(server.db);
  staffId = (await seedUser(server.db, { territory, role: 'STAFF' })).id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone-sized French page: the resident's journey must work at 360 px. */
const PHONE = { locale: 'fr-FR', viewport: { width: 360, height: 740 } };
const DAY = 86_400_000;

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Setting the scene (events, outcomes) through the API, as this person's session. */
async function asUser<T, V extends Record<string, unknown>>(
  userId: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<T> {
  const { cookie } = await writeSession(server.db.dataSource, userId);
  const { body } = await postGraphQL(server.url, document, variables, { headers: { cookie } });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

const CreateEvent = graphql(`
  mutation EvPBrowserCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
      }
    }
  }
`);
const RecordRegistration = graphql(`
  mutation EvPBrowserRecordRegistration($input: RecordEventRegistrationInput!) {
    recordEventRegistration(input: $input) {
      registration {
        id
      }
    }
  }
`);
const SetStatus = graphql(`
  mutation EvPBrowserSetStatus($input: SetEventStatusInput!) {
    setEventStatus(input: $input) {
      event {
        status
      }
    }
  }
`);
const SetWalkIns = graphql(`
  mutation EvPBrowserSetWalkIns($input: SetEventWalkInsInput!) {
    setEventWalkIns(input: $input) {
      event {
        walkIns
      }
    }
  }
`);
const RecordOutcomes = graphql(`
  mutation EvPBrowserRecordOutcomes($input: RecordEventOutcomesInput!) {
    recordEventOutcomes(input: $input) {
      event {
        id
      }
    }
  }
`);
const RecordIdea = graphql(`
  mutation EvPBrowserRecordIdea($input: SubmitIdeaInput!) {
    submitIdea(input: $input) {
      idea {
        id
        publication
      }
    }
  }
`);
const PendingIdeas = graphql(`
  query EvPBrowserPendingIdeas($code: String!) {
    territory(code: $code) {
      moderationQueue(first: 50, filter: { kind: IDEA, status: PENDING }) {
        edges {
          node {
            id
            subjectId
          }
        }
      }
    }
  }
`);
const Publish = graphql(`
  mutation EvPBrowserPublish($input: ModerateItemInput!) {
    moderateItem(input: $input) {
      item {
        status
      }
    }
  }
`);

const RegisterSignedIn = graphql(`
  mutation EvMBrowserRegister($input: RegisterForEventInput!) {
    registerForEvent(input: $input) {
      registration {
        status
      }
    }
  }
`);

const NO_ACCESS = { stepFreeAccess: false, childcare: false, interpretation: false, hearingLoop: false };

/** An event of the territory's quartier, created by staff. */
async function createEvent(title: string, startsAt: Date, hours: number, more: Record<string, unknown> = {}) {
  const done = await asUser(staffId, CreateEvent, {
    input: {
      territoryId: territory.id,
      event: {
        kind: 'LABO',
        title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + hours * 3_600_000).toISOString(),
        place: 'Salle des fêtes, 2 rue Jean-Jaurès',
        communeId: territory.communeId,
        quartierId: territory.quartierId,
        registrationOpen: true,
        accessibility: NO_ACCESS,
        ...more,
      },
    },
  });
  return done.createEvent.event.id;
}

/** The newest emailed link to an address that goes to `path` (#jeton=…), on this server. */
async function linkFromOutbox(email: string, path: string) {
  const rows = (await server.db.dataSource.query(
    'SELECT body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC',
    [email],
  )) as { body: string }[];
  for (const { body } of rows) {
    const link = new RegExp(`https?://\\S+${path}#jeton=[\\w-]+`).exec(body)?.[0];
    if (link) {
      const url = new URL(link);
      return server.url + url.pathname + url.hash;
    }
  }
  throw new Error(`aucun lien ${path} envoyé à ${email}`);
}

/** The kinds of the emails sent to an address, oldest first. */
async function emailKinds(email: string) {
  const rows = (await server.db.dataSource.query(
    'SELECT kind FROM email_outbox WHERE to_address = $1 ORDER BY created_at',
    [email],
  )) as { kind: string }[];
  return rows.map((r) => r.kind);
}

/** An email-only resident registers on a phone, and follows the emailed link. */
async function registerWithEmail(context: BrowserContext, eventUrl: string, email: string, name: string) {
  const page = await context.newPage();
  await page.goto(eventUrl);
  await page.getByRole('heading', { level: 2, name: 'Inscription' }).waitFor();
  await page.getByLabel(/^Adresse email/).fill(email);
  await page.getByLabel(/^Votre nom ou pseudonyme/).fill(name);
  await page.getByRole('button', { name: /^M’inscrire/ }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Vérifiez votre boîte mail' });
  await notice.waitFor();
  expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
  await expectAccessible(page);
  await page.goto(await linkFromOutbox(email, '/evenements/confirmer'));
  await page.getByText('Votre inscription :').waitFor();
  return page;
}

describe('participation events in the portal', () => {
  it('an email-only resident takes one of the last 2 places, a third person waits and is promoted when the first cancels', async () => {
    const title = 'Labo de la participation : le square de demain';
    const eventId = await createEvent(title, new Date(Date.now() + 9 * DAY), 2, {
      capacity: 5,
      accessibility: {
        ...NO_ACCESS,
        stepFreeAccess: true,
        childcare: true,
        note: 'Parking gratuit derrière la salle.',
      },
    });
    for (const name of ['Mme Durand', 'M. Lefebvre', 'Mme Benali'])
      await asUser(staffId, RecordRegistration, {
        input: { territoryId: territory.id, eventId, name, phone: '03 21 00 00 00' },
      });
    const eventUrl = `${server.url}/${territory.code}/evenements/${eventId}`;

    // A: signed out, on a phone; the agenda, then the event with its 2 places left.
    const a = await browser.newContext(PHONE);
    const agenda = await a.newPage();
    await agenda.goto(`${server.url}/${territory.code}/evenements`);
    await heading(agenda, 'Rencontres et ateliers');
    await agenda.getByRole('link', { name: 'S’abonner depuis cet appareil' }).waitFor();
    await expectAccessible(agenda);
    await agenda.getByRole('link', { name: title }).click();
    await heading(agenda, title);
    await agenda.getByText('2 places restantes', { exact: false }).first().waitFor();
    await agenda.getByText('Garde d’enfants sur place').waitFor();
    await expectAccessible(agenda);
    const emailA = uniqueEmail('labo-a');
    const pageA = await registerWithEmail(a, eventUrl, emailA, 'Nadia');
    await heading(pageA, title);
    await pageA.getByText('Votre inscription : Inscription confirmée').waitFor();
    await pageA.getByText('1 place restante', { exact: false }).waitFor();
    await expectAccessible(pageA);

    // B, signed in: one button takes the last place.
    const resident = await seedUser(server.db, { territory, role: 'RESIDENT' });
    const pageB = await (await signedInContext(browser, server, resident.id, PHONE)).newPage();
    await pageB.goto(eventUrl);
    await heading(pageB, title);
    expect(await pageB.getByLabel(/^Adresse email/).count()).toBe(0);
    await pageB.getByRole('button', { name: 'M’inscrire' }).click();
    await pageB.getByText('Votre inscription : Inscription confirmée').waitFor();
    await pageB.getByText(/^Complet/).waitFor();
    await expectAccessible(pageB);

    // C, with an email only: the waiting list, rank 1.
    const emailC = uniqueEmail('labo-c');
    const c = await browser.newContext(PHONE);
    const pageC = await registerWithEmail(c, eventUrl, emailC, 'Karim');
    await pageC.getByText('Votre inscription : Sur liste d’attente (rang 1)').waitFor();
    await expectAccessible(pageC);
    expect(await emailKinds(emailC)).not.toContain('event-promoted');

    // A cancels from the link of their email, after confirming.
    const cancelPage = await a.newPage();
    await cancelPage.goto(await linkFromOutbox(emailA, '/evenements/annuler'));
    await heading(cancelPage, 'Annulation de votre inscription');
    await expectAccessible(cancelPage);
    await cancelPage.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await cancelPage.getByRole('status').filter({ hasText: /annul/i }).waitFor();
    await cancelPage.getByRole('link', { name: `Revenir à la rencontre « ${title} »` }).click();
    await heading(cancelPage, title);
    await cancelPage.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).waitFor();

    // C was promoted, and told so.
    await pageC.reload();
    await heading(pageC, title);
    await pageC.getByText('Votre inscription : Inscription confirmée').waitFor();
    expect((await emailKinds(emailC)).filter((k) => k === 'event-promoted')).toHaveLength(1);

    // B cancels from the page, after confirming the question.
    await pageB.reload();
    await pageB.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await pageB.getByRole('button', { name: 'Oui, annuler mon inscription' }).click();
    await pageB.getByRole('status').filter({ hasText: /annul/i }).waitFor();
    await pageB.getByText('1 place restante', { exact: false }).waitFor();
    await expectAccessible(pageB);

    // The month view lists the event on its day.
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
      .format(new Date(Date.now() + 9 * DAY))
      .slice(0, 7);
    await agenda.goto(`${server.url}/${territory.code}/evenements?vue=mois&mois=${month}`);
    await heading(agenda, 'Rencontres et ateliers');
    await agenda
      .getByRole('list', { name: /par jour/ })
      .getByRole('link', { name: title })
      .waitFor();
    await agenda.getByRole('link', { name: /→$/ }).waitFor();
    await expectAccessible(agenda);
  });

  it('a signed-in resident finds the registration in « Mon compte » and cancels it there after confirming', async () => {
    const resident = await seedUser(server.db, { territory, role: 'RESIDENT' });
    const eventId = await createEvent('Atelier du Labo à Liévin', new Date(Date.now() + 12 * DAY), 2);
    const registered = await asUser(resident.id, RegisterSignedIn, { input: { territoryId: territory.id, eventId } });
    expect(registered.registerForEvent.registration?.status).toBe('CONFIRMED');
    const page = await (await signedInContext(browser, server, resident.id, PHONE)).newPage();
    await page.goto(`${server.url}/compte`);
    const section = page.getByRole('region', { name: 'Mes inscriptions aux rencontres' });
    const item = section.getByRole('listitem').filter({ hasText: 'Atelier du Labo à Liévin' });
    await item.getByText('Inscription confirmée').waitFor();
    expect(await item.getByRole('link', { name: 'Atelier du Labo à Liévin' }).getAttribute('href')).toBe(
      `/${territory.code}/evenements/${eventId}`,
    );
    // Keeping it brings focus back to the button that asked; then cancelling for real.
    await item.getByRole('button', { name: 'Me désinscrire' }).click();
    await item.getByRole('button', { name: 'Non, garder mon inscription' }).click();
    const unregister = item.getByRole('button', { name: 'Me désinscrire' });
    await expect.poll(() => unregister.evaluate((el) => el === document.activeElement)).toBe(true);
    await unregister.click();
    await item.getByRole('group', { name: /Vous désinscrire de « Atelier du Labo à Liévin »/ }).waitFor();
    await expectAccessible(page);
    await item.getByRole('button', { name: 'Oui, me désinscrire' }).click();
    const notice = section.getByRole('status').filter({ hasText: 'L’inscription est annulée.' });
    await notice.waitFor();
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    await section.getByText('Vous n’êtes inscrit·e à aucune rencontre à venir.').waitFor();
    expect(await section.getByRole('link', { name: /^rencontres — / }).getAttribute('href')).toBe(
      `/${territory.code}/evenements`,
    );
    await expectAccessible(page);
    const [row] = (await server.db.dataSource.query(
      'SELECT status FROM event_registrations WHERE event_id = $1 AND user_id = $2',
      [eventId, resident.id],
    )) as { status: string }[];
    expect(row?.status).toBe('CANCELLED');
    await page.context().close();
  });

  it('a held meeting shows its minutes, decisions and the idea recorded there; the figures count its participants', async () => {
    const title = 'Atelier participatif : les jardins partagés';
    const eventId = await createEvent(title, new Date(Date.now() - 20 * DAY), 3, { kind: 'PARTICIPATORY_WORKSHOP' });
    await asUser(staffId, SetStatus, { input: { territoryId: territory.id, eventId, status: 'HELD' } });
    await asUser(staffId, SetWalkIns, { input: { territoryId: territory.id, eventId, walkIns: 17 } });
    await asUser(staffId, RecordOutcomes, {
      input: {
        territoryId: territory.id,
        eventId,
        minutes: '## Ce qui s’est dit\n\nLes habitants veulent **trois parcelles**.<script>window.pwned=1</script>',
        outcomes: [
          { kind: 'DECISION', text: 'Une parcelle réservée à l’école' },
          { kind: 'WORKSHOP_OUTPUT', text: 'Plan des parcelles dessiné ensemble' },
        ],
      },
    });
    const ideaTitle = 'Un récupérateur d’eau pour le jardin';
    const recorded = await asUser(staffId, RecordIdea, {
      input: {
        territoryId: territory.id,
        title: ideaTitle,
        text: 'Recueillie à l’atelier : un récupérateur d’eau de pluie.',
        quartierId: territory.quartierId,
        channel: 'MEETING',
        onBehalfOf: 'Un habitant du quartier',
        eventId,
      },
    });
    if (recorded.submitIdea.idea!.publication !== 'PUBLISHED') {
      const moderator = await seedUser(server.db, { territory, role: 'MODERATOR' });
      const queue = await asUser(moderator.id, PendingIdeas, { code: territory.code });
      const item = queue.territory!.moderationQueue.edges.find(
        (e) => e.node.subjectId === recorded.submitIdea.idea!.id,
      );
      await asUser(moderator.id, Publish, {
        input: { territoryId: territory.id, itemId: item!.node.id, decision: 'PUBLISH' },
      });
    }

    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${server.url}/${territory.code}/evenements/passes`);
    await heading(page, 'Rencontres passées');
    const card = page.getByRole('listitem').filter({ hasText: title });
    await card
      .getByText(/17 participants.*compte rendu.*1 décision.*1 production d’atelier.*1 idée recueillie/)
      .waitFor();
    await expectAccessible(page);
    await card.getByRole('link', { name: title }).click();
    await heading(page, title);
    await page.getByRole('heading', { name: 'Ce qui s’est dit et décidé' }).waitFor();
    await page.getByText('17 participants').waitFor();
    await page.getByRole('heading', { name: 'Ce qui s’est dit', exact: true }).waitFor();
    await page.getByText('trois parcelles').waitFor();
    await page.getByText('Une parcelle réservée à l’école').waitFor();
    await page.getByText('Plan des parcelles dessiné ensemble').waitFor();
    await page.getByRole('link', { name: ideaTitle }).waitFor();
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main script').count()).toBe(0);
    await expectAccessible(page);

    const year = new Date(Date.now() - 20 * DAY).getUTCFullYear();
    await page.goto(`${server.url}/${territory.code}/participation?annee=${year}`);
    await heading(page, 'Chiffres de la participation');
    expect(await page.getByLabel('Année', { exact: true }).inputValue()).toBe(String(year));
    const byKind = page.getByRole('figure', { name: 'Participants par type de rencontre' });
    await byKind.getByText('Voir les données en tableau').click();
    await byKind.getByRole('row', { name: /Atelier participatif 1 17/ }).waitFor({ state: 'attached' });
    await expectAccessible(page);

    // The quartier and territory pages show their next events (the first test's is upcoming).
    await page.goto(`${server.url}/${territory.code}/quartiers/${territory.quartierId}`);
    await page.getByRole('heading', { name: 'Prochaines rencontres dans le quartier' }).waitFor();
    await page.getByRole('link', { name: 'Agenda du quartier' }).waitFor();
    await expectAccessible(page);
  });

  it('the figures page shows the imported Lens-Liévin Labo meetings: 42, 58, 65, 52 and 70 participants, 287 in all', async () => {
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${server.url}/CALL/participation`);
    await heading(page, 'Chiffres de la participation');
    const byKind = page.getByRole('figure', { name: 'Participants par type de rencontre' });
    await byKind.getByText('Voir les données en tableau').click();
    await byKind
      .getByRole('row', { name: 'Rencontre du Labo de la participation 5 287' })
      .waitFor({ state: 'attached' });
    const perEvent = page.getByRole('figure', { name: 'Participants par rencontre' });
    await perEvent.getByText('Voir les données en tableau').click();
    const labo = perEvent.getByRole('row').filter({ hasText: 'Rencontre du Labo de la participation' });
    // The table comes with the chart's chunk: read its rows once all five are there.
    await labo.nth(4).waitFor({ state: 'attached' });
    const counts = (await labo.locator('td.num').allInnerTexts()).map((t) => Number(t.replace(/\D/g, '')));
    expect(counts).toEqual([42, 58, 65, 52, 70]);
    await expectAccessible(page);

    // A year narrows them: the year selector is in the address.
    await page.getByLabel('Année', { exact: true }).selectOption('2024');
    await page.waitForURL(/annee=2024/);
    await heading(page, 'Chiffres de la participation');
    await expectAccessible(page);
  });
});
