import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import type { OpinionInput } from '../../../test/__generated__/graphql.js';
import { applyDeadlines } from './deadline-job.js';
import { closingInstant } from './deadline.js';

let h: Harness;
let territory: SeededTerritory;
let staff: Client;
let referent: Client;
beforeAll(async () => {
  h = await createHarness();
  const seeded = await seed(h).territory().staff().referent();
  ({ territory } = seeded);
  staff = seeded.staff.client;
  referent = seeded.referent.client;
});
afterAll(() => h.close());

/** Runs `fn` with the clock set to `at`, then puts it back. */
async function at<T>(instant: Date, fn: () => Promise<T>): Promise<T> {
  const shift = instant.getTime() - h.clock.now().getTime();
  h.clock.advance(shift);
  try {
    return await fn();
  } finally {
    h.clock.advance(-shift);
  }
}

const SUBMIT = graphql(`
  mutation ConsultationSubmitOpinion($i: OpinionInput!) {
    submitOpinion(input: $i) {
      opinion {
        id
        position
        revision
      }
    }
  }
`);
const avis = (bodyId: string, sectionId: string, extra: Partial<OpinionInput> = {}): OpinionInput => ({
  territoryId: territory.id,
  bodyId,
  position: 'FAVOURABLE_WITH_RESERVATIONS',
  text: 'Le conseil salue les actions menées.',
  remarks: [{ sectionId, text: 'Les chiffres par quartier manquent.' }],
  ...extra,
});

describe('consultation rules', () => {
  it('refuses a deadline shorter than one calendar month after transmission (Paris dates)', async () => {
    const r = await seedReport(h, territory);
    const terms = (deadline: string) =>
      staff.execute(
        graphql(`
          mutation ConsultationTerms($i: ConsultationTermsInput!) {
            setConsultationTerms(input: $i) {
              report {
                deadline
                earliestDeadline
              }
            }
          }
        `),
        {
          i: {
            territoryId: territory.id,
            reportId: r.id,
            title: 'Rapport 2024',
            adoptedOn: '2025-06-24',
            transmittedOn: '2025-06-30',
            deadline,
          },
        },
      );
    const short = await terms('2025-07-29');
    expect(short.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { deadline: 'au plus tôt le 30/07/2025' } },
    });
    expect((await terms('2025-07-30')).data).toEqual({
      setConsultationTerms: { report: { deadline: '2025-07-30', earliestDeadline: '2025-07-30' } },
    });
  });

  it('refuses a submission one second after the deadline, and accepts one a second before', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION');
    const closes = closingInstant('2025-10-30');
    expect(closes.toISOString()).toBe('2025-10-30T23:00:00.000Z'); // midnight in Paris, winter time
    const before = await at(new Date(closes.getTime() - 1000), () =>
      referent.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[0]!.id) }),
    );
    expect(before.errors).toBeUndefined();
    const after = await at(new Date(closes.getTime() + 1000), () =>
      referent.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[0]!.id, { position: 'UNFAVOURABLE' }) }),
    );
    expect(after.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
    const [opinion] = await h.dataSource.query('SELECT position, revision FROM opinions WHERE body_id = $1', [
      r.councilBody.id,
    ]);
    expect(opinion).toEqual({ position: 'FAVOURABLE_WITH_RESERVATIONS', revision: 1 });
  });

  it('lets members prepare the avis but only the référent submit it; the draft stays within the body', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION', {
      transmittedOn: '2099-01-01',
      deadline: '2099-12-31',
    });
    const member = await h.signedIn((await seedUser(h, { territory, role: 'COUNCIL_MEMBER' })).id);
    const draft = await member.execute(
      graphql(`
        mutation ConsultationSaveDraft($i: OpinionInput!) {
          saveOpinionDraft(input: $i) {
            body {
              id
            }
          }
        }
      `),
      {
        i: avis(r.councilBody.id, r.sections[0]!.id),
      },
    );
    expect(draft.errors).toBeUndefined();
    const refused = await member.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[0]!.id) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const other = await seedTerritory(h);
    const outsider = await h.signedIn((await seedUser(h, { territory: other, role: 'COUNCIL_REFERENT' })).id);
    const query = graphql(`
      query ConsultationBodyDrafts($c: String!, $y: Int!) {
        territory(code: $c) {
          report(year: $y) {
            consultedBodies {
              id
              draft
              opinion {
                id
              }
            }
          }
        }
      }
    `);
    const seen = async (client: Client) =>
      (
        await client.execute(query, { c: territory.code, y: r.referenceYear })
      ).data!.territory!.report!.consultedBodies.find((b) => b.id === r.councilBody.id)!.draft;
    expect(await seen(referent)).toMatchObject({ position: 'FAVOURABLE_WITH_RESERVATIONS' });
    expect(await seen(outsider)).toBeNull();
    expect(await seen(staff)).toBeNull();
  });

  it('keeps one avis and the full history when the same body submits twice at once', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION', {
      transmittedOn: '2099-01-01',
      deadline: '2099-12-31',
    });
    const [a, b] = await Promise.all([
      referent.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[0]!.id, { position: 'FAVOURABLE' }) }),
      referent.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[1]!.id, { position: 'UNFAVOURABLE' }) }),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const opinions = await h.dataSource.query('SELECT id, revision FROM opinions WHERE body_id = $1', [
      r.councilBody.id,
    ]);
    expect(opinions).toHaveLength(1);
    expect(opinions[0].revision).toBe(2);
    const revisions = await h.dataSource.query(
      'SELECT revision FROM opinion_revisions WHERE opinion_id = $1 ORDER BY revision',
      [opinions[0].id],
    );
    expect(revisions).toEqual([{ revision: 1 }, { revision: 2 }]);
  });

  it('leaves the previous avis intact when a submission fails', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION', {
      transmittedOn: '2099-01-01',
      deadline: '2099-12-31',
    });
    await referent.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[0]!.id) });
    const other = await seedReport(h, territory, 'DRAFT');
    const bad = await referent.execute(SUBMIT, {
      i: avis(r.councilBody.id, other.sections[0]!.id, { position: 'UNFAVOURABLE' }),
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rows = await h.dataSource.query(
      `SELECT o.position, o.revision, (SELECT count(*)::int FROM opinion_remarks m WHERE m.opinion_id = o.id) AS remarks
       FROM opinions o WHERE o.body_id = $1`,
      [r.councilBody.id],
    );
    expect(rows).toEqual([{ position: 'FAVOURABLE_WITH_RESERVATIONS', revision: 1, remarks: 1 }]);
  });

  it('gives every silent body its tacit avis exactly once, however often the job runs', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION');
    await at(new Date('2025-10-15T10:00:00Z'), () =>
      referent.execute(SUBMIT, { i: avis(r.councilBody.id, r.sections[0]!.id) }),
    );
    const after = new Date(closingInstant('2025-10-30').getTime() + 3600_000);
    await at(after, async () => {
      await Promise.all([
        applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id }),
        applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id }),
      ]);
      await applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id });
    });
    const rows = await h.dataSource.query(
      `SELECT b.kind, o.position, o.tacit FROM consulted_bodies b JOIN opinions o ON o.body_id = b.id WHERE b.report_id = $1 ORDER BY b.kind`,
      [r.id],
    );
    expect(rows).toEqual([
      { kind: 'CITIZEN_COUNCIL', position: 'FAVOURABLE_WITH_RESERVATIONS', tacit: false },
      { kind: 'COMMUNE', position: 'DEEMED_FAVOURABLE', tacit: true },
    ]);
    const transitions = await h.dataSource.query(
      'SELECT from_status, to_status, by FROM report_transitions WHERE report_id = $1',
      [r.id],
    );
    expect(transitions).toEqual([{ from_status: 'IN_CONSULTATION', to_status: 'CLOSED', by: null }]);
  });

  it('publishes residents’ contributions only after moderation, tells the author why one is refused, and anonymises erased authors', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION', {
      transmittedOn: '2099-01-01',
      deadline: '2099-12-31',
    });
    const resident = await seedUser(h, { territory, role: 'RESIDENT' });
    const author = await h.signedIn(resident.id);
    const moderator = await h.signedIn((await seedUser(h, { territory, role: 'MODERATOR' })).id);
    const SUBMIT_C = graphql(`
      mutation ConsultationSubmitContribution($i: SubmitContributionInput!) {
        submitContribution(input: $i) {
          contribution {
            id
            status
          }
        }
      }
    `);
    const submit = async (text: string) =>
      (
        await author.execute(SUBMIT_C, {
          i: { territoryId: territory.id, reportId: r.id, sectionId: r.sections[2]!.id, text },
        })
      ).data!.submitContribution.contribution;
    const kept = await submit('Le city stade du quartier mérite d’être cité.');
    const refused = await submit('Hors sujet total.');
    expect(kept.status).toBe('PENDING');
    const LIST = graphql(`
      query ConsultationContributions($c: String!, $y: Int!) {
        territory(code: $c) {
          report(year: $y) {
            contributions {
              id
              text
              status
              authorName
              rejectionReason
            }
          }
        }
      }
    `);
    const list = async (client: Client) =>
      (await client.execute(LIST, { c: territory.code, y: r.referenceYear })).data!.territory!.report!.contributions;
    expect(await list(h.client())).toEqual([]);

    const MODERATE = graphql(`
      mutation ConsultationModerate($i: ModerateContributionInput!) {
        moderateContribution(input: $i) {
          contribution {
            status
          }
        }
      }
    `);
    const noReason = await moderator.execute(MODERATE, {
      i: { territoryId: territory.id, contributionId: refused.id, decision: 'REJECT' },
    });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await moderator.execute(MODERATE, {
      i: { territoryId: territory.id, contributionId: kept.id, decision: 'PUBLISH' },
    });
    await moderator.execute(MODERATE, {
      i: {
        territoryId: territory.id,
        contributionId: refused.id,
        decision: 'REJECT',
        reason: 'Sans rapport avec cette section.',
      },
    });

    expect(await list(h.client())).toEqual([
      {
        id: kept.id,
        text: 'Le city stade du quartier mérite d’être cité.',
        status: 'PUBLISHED',
        authorName: resident.displayName,
        rejectionReason: null,
      },
    ]);
    expect((await list(author)).find((c) => c.id === refused.id)).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Sans rapport avec cette section.',
    });

    await author.execute(
      graphql(`
        mutation ConsultationAuthorErased {
          deleteAccount(input: { confirmation: "SUPPRIMER" }) {
            ok
          }
        }
      `),
    );
    expect((await list(h.client()))[0]).toMatchObject({ id: kept.id, authorName: 'contributeur anonymisé' });
  });

  it('reminds silent bodies once, 7 days before the deadline, and again on demand; not those who turned reminders off', async () => {
    const other = await seedTerritory(h);
    const r = await seedReport(h, other, 'IN_CONSULTATION');
    const referentUser = await seedUser(h, { territory: other, role: 'COUNCIL_REFERENT', ownCouncil: false });
    const quiet = await seedUser(h, { territory: other, role: 'COMMUNE_REPRESENTATIVE' });
    await (
      await h.signedIn(quiet.id)
    ).execute(
      graphql(`
        mutation ConsultationNoReminders {
          updateNotificationPreferences(input: { consultations: false }) {
            me {
              id
            }
          }
        }
      `),
    );
    const reminders = async () =>
      (await h.dataSource.query(
        `SELECT to_address FROM email_outbox WHERE territory_id = $1 AND kind = 'consultation-reminder' ORDER BY created_at`,
        [other.id],
      )) as { to_address: string }[];

    await at(new Date('2025-10-20T12:00:00+02:00'), () =>
      applyDeadlines(h.dataSource, h.clock, '', { territoryId: other.id }),
    );
    expect(await reminders()).toEqual([]); // 10 days before: too early
    await at(new Date('2025-10-24T12:00:00+02:00'), async () => {
      await applyDeadlines(h.dataSource, h.clock, '', { territoryId: other.id });
      await applyDeadlines(h.dataSource, h.clock, '', { territoryId: other.id });
    });
    expect(await reminders()).toEqual([{ to_address: referentUser.email }]);

    const otherStaff = await h.signedIn((await seedUser(h, { territory: other, role: 'STAFF' })).id);
    const onDemand = await at(new Date('2025-10-25T12:00:00+02:00'), () =>
      otherStaff.execute(
        graphql(`
          mutation ConsultationSendReminders($i: ReportRefInput!) {
            sendReminders(input: $i) {
              bodies
              emails
            }
          }
        `),
        { i: { territoryId: other.id, reportId: r.id } },
      ),
    );
    expect(onDemand.data).toEqual({ sendReminders: { bodies: 2, emails: 1 } });
    expect(await reminders()).toHaveLength(2);
  });

  it('tells each consulted body when the consultation opens, in the transaction of the opening', async () => {
    const other = await seedTerritory(h);
    const r = await seedReport(h, other, 'DRAFT');
    const referentUser = await seedUser(h, { territory: other, role: 'COUNCIL_REFERENT', ownCouncil: false });
    const otherStaff = await h.signedIn((await seedUser(h, { territory: other, role: 'STAFF' })).id);
    const opened = await otherStaff.execute(
      graphql(`
        mutation ConsultationOpen($i: ReportRefInput!) {
          openConsultation(input: $i) {
            report {
              status
            }
          }
        }
      `),
      {
        i: { territoryId: other.id, reportId: r.id },
      },
    );
    expect(opened.data).toEqual({ openConsultation: { report: { status: 'IN_CONSULTATION' } } });
    const emails = await h.dataSource.query(
      `SELECT to_address, subject FROM email_outbox WHERE territory_id = $1 AND kind = 'consultation-opened'`,
      [other.id],
    );
    expect(emails).toEqual([
      {
        to_address: referentUser.email,
        subject: 'Consultation : avis de Conseil citoyen Mont-Liébaut attendu avant le 30/10/2025',
      },
    ]);
  });
});
