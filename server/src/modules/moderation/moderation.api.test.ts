import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { graphql } from '../../../test/__generated__/index.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const SUBMIT = graphql(`
  mutation ModerationSubmitContribution($i: SubmitContributionInput!) {
    submitContribution(input: $i) {
      contribution {
        id
        status
      }
    }
  }
`);
const LIST = graphql(`
  query ModerationContributions($c: String!, $y: Int!) {
    territory(code: $c) {
      report(year: $y) {
        contributions {
          id
          status
          rejectionReason
        }
      }
    }
  }
`);
const REPORT = graphql(`
  mutation ModerationReportItem($i: ReportItemInput!) {
    reportItem(input: $i) {
      ok
      message
    }
  }
`);
const MODERATE = graphql(`
  mutation ModerationModerateItem($i: ModerateItemInput!) {
    moderateItem(input: $i) {
      item {
        id
        status
        hidden
      }
    }
  }
`);
const SETTING = graphql(`
  mutation ModerationUpdateSetting($i: UpdateModerationSettingInput!) {
    updateModerationSetting(input: $i) {
      setting {
        kind
        mode
        reportThreshold
      }
    }
  }
`);
const QUEUE = graphql(`
  query ModerationQueue($c: String!, $first: Int, $after: String, $f: ModerationQueueFilter) {
    territory(code: $c) {
      moderationSettings {
        kind
        mode
        reportThreshold
      }
      moderationQueue(first: $first, after: $after, filter: $f) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            subjectId
            status
            hidden
            reportCount
            excerpt
            context
            authorName
            reasonCode
            reasonLabel
            reasonText
            reports {
              reason
              reasonLabel
              comment
            }
          }
        }
      }
    }
  }
`);
const MUTE_MODERATION = graphql(`
  mutation ModerationMuteAlerts {
    updateNotificationPreferences(input: { moderation: false }) {
      me {
        id
      }
    }
  }
`);

type ModerateInput = VariablesOf<typeof MODERATE>['i'];
type SettingInput = VariablesOf<typeof SETTING>['i'];
type ReportReason = VariablesOf<typeof REPORT>['i']['reason'];

/** A territory of its own with an open report, its moderator, staff, admin and two residents. */
async function scene() {
  const territory: SeededTerritory = await seedTerritory(h);
  const report = await seedReport(h, territory, 'IN_CONSULTATION', {
    transmittedOn: '2099-01-01',
    deadline: '2099-12-31',
  });
  const user = (role: 'MODERATOR' | 'STAFF' | 'ADMIN' | 'RESIDENT') => seedUser(h, { territory, role });
  const [moderatorUser, staffUser, adminUser, authorUser, otherUser] = await Promise.all([
    user('MODERATOR'),
    user('STAFF'),
    user('ADMIN'),
    user('RESIDENT'),
    user('RESIDENT'),
  ]);
  const [moderator, staff, admin, author, other] = (await Promise.all(
    [moderatorUser, staffUser, adminUser, authorUser, otherUser].map((u) => h.signedIn(u.id)),
  )) as [Client, Client, Client, Client, Client];
  const submit = async (text = 'Le city stade du quartier mérite d’être cité.') =>
    (
      await author.execute(SUBMIT, {
        i: { territoryId: territory.id, reportId: report.id, sectionId: report.sections[1]!.id, text },
      })
    ).data!.submitContribution.contribution;
  const list = async (client: Client) =>
    (await client.execute(LIST, { c: territory.code, y: report.referenceYear })).data!.territory!.report!.contributions;
  const queue = async (variables: Omit<VariablesOf<typeof QUEUE>, 'c'> = {}, client = moderator) =>
    client.execute(QUEUE, { c: territory.code, ...variables });
  const itemOf = async (subjectId: string) =>
    (await queue()).data!.territory!.moderationQueue.edges.map((e) => e.node).find((n) => n.subjectId === subjectId);
  const reportIt = (
    client: Client,
    subjectId: string,
    reason: ReportReason = 'ABUSIVE',
    comment: string | null = null,
  ) => client.execute(REPORT, { i: { territoryId: territory.id, kind: 'CONTRIBUTION', subjectId, reason, comment } });
  const decide = async (
    subjectId: string,
    decision: ModerateInput['decision'],
    extra: Pick<ModerateInput, 'reasonCode' | 'reasonText'> = {},
  ) =>
    moderator.execute(MODERATE, {
      i: { territoryId: territory.id, itemId: (await itemOf(subjectId))!.id, decision, ...extra },
    });
  const emails = async (kind: string) =>
    (
      (await h.dataSource.query(`SELECT to_address FROM email_outbox WHERE territory_id = $1 AND kind = $2`, [
        territory.id,
        kind,
      ])) as { to_address: string }[]
    ).map((r) => r.to_address);
  const audit = async () =>
    (await h.dataSource.query(
      `SELECT action, target_type, target_id, before, after FROM audit_log WHERE territory_id = $1 ORDER BY at, id`,
      [territory.id],
    )) as { action: string; target_type: string; target_id: string; before: unknown; after: unknown }[];
  const setting = (client: Client, mode: SettingInput['mode'], reportThreshold: number) =>
    client.execute(SETTING, { i: { territoryId: territory.id, kind: 'CONTRIBUTION', mode, reportThreshold } });
  return {
    territory,
    users: { moderatorUser, staffUser, adminUser, authorUser },
    clients: { moderator, staff, admin, author, other },
    submit,
    list,
    queue,
    itemOf,
    reportIt,
    decide,
    emails,
    audit,
    setting,
  };
}

describe('moderation of contributions', () => {
  it('hides an item from every public list once the territory’s threshold of reports is reached, until a decision', async () => {
    const s = await scene();
    await s.setting(s.clients.admin, 'PRE', 2);
    const c = await s.submit();
    await s.decide(c.id, 'PUBLISH');
    const third = await h.signedIn((await seedUser(h, { territory: s.territory, role: 'RESIDENT' })).id);

    expect((await s.reportIt(s.clients.other, c.id, 'ADVERTISING', 'Une publicité.')).errors).toBeUndefined();
    expect((await s.list(h.client())).map((x) => x.id)).toEqual([c.id]); // one report: still shown
    expect((await s.reportIt(third, c.id)).errors).toBeUndefined();

    expect(await s.list(h.client())).toEqual([]);
    expect(await s.list(s.clients.other)).toEqual([]);
    expect((await s.list(s.clients.author)).map((x) => x.id)).toEqual([c.id]); // its author still sees it
    const hidden = await s.itemOf(c.id);
    expect(hidden).toMatchObject({ hidden: true, reportCount: 2, status: 'PUBLISHED' });
    expect(hidden!.reports).toEqual([
      { reason: 'ADVERTISING', reasonLabel: 'Publicité ou propagande', comment: 'Une publicité.' },
      { reason: 'ABUSIVE', reasonLabel: 'Propos injurieux ou discriminatoires', comment: null },
    ]);
    expect(await s.emails('moderation-hidden')).toHaveLength(3); // moderator, staff, admin

    await s.decide(c.id, 'PUBLISH');
    expect((await s.list(h.client())).map((x) => x.id)).toEqual([c.id]);
    expect(await s.itemOf(c.id)).toMatchObject({ hidden: false, reportCount: 0 });
    expect((await s.audit()).map((a) => a.action)).toEqual([
      'moderation.settings',
      'contribution.publish',
      'contribution.hide',
      'contribution.publish',
    ]);
    expect((await s.audit())[2]).toMatchObject({
      target_type: 'Contribution',
      target_id: c.id,
      before: { hidden: false },
      after: { hidden: true, reports: 2 },
    });
  });

  it('takes one report per person, from signed-in people, of items others can see', async () => {
    const s = await scene();
    const c = await s.submit();
    const code = async (p: Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>) =>
      (await p).errors?.[0]?.extensions?.code;
    expect(await code(s.reportIt(s.clients.other, c.id))).toBe('FORBIDDEN'); // still pending
    await s.decide(c.id, 'PUBLISH');
    expect(await code(s.reportIt(h.client(), c.id))).toBe('UNAUTHENTICATED');
    expect(await code(s.reportIt(s.clients.author, c.id))).toBe('FORBIDDEN');
    expect(await code(s.reportIt(s.clients.other, c.id))).toBeUndefined();
    expect(await code(s.reportIt(s.clients.other, c.id, 'OFF_TOPIC'))).toBe('CONFLICT');
    expect(await s.itemOf(c.id)).toMatchObject({ reportCount: 1, hidden: false });
  });

  it('refuses with a reason code the author and moderators see, with its free text; nobody else', async () => {
    const s = await scene();
    const withText = await s.submit('Mon voisin du 3e, M. Dupont, fait trop de bruit.');
    const withCode = await s.submit('Achetez mes gâteaux !');
    const noCode = await s.decide(withText.id, 'REJECT');
    expect(noCode.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reasonCode: 'obligatoire' },
    });
    await s.decide(withText.id, 'REJECT', { reasonCode: 'PERSONAL_DATA', reasonText: 'Un voisin y est nommé.' });
    await s.decide(withCode.id, 'REJECT', { reasonCode: 'ADVERTISING' });

    expect(await s.list(s.clients.author)).toEqual([
      { id: withText.id, status: 'REJECTED', rejectionReason: 'Un voisin y est nommé.' },
      { id: withCode.id, status: 'REJECTED', rejectionReason: 'Publicité ou propagande' },
    ]);
    expect(await s.list(s.clients.other)).toEqual([]);
    expect(await s.itemOf(withText.id)).toMatchObject({
      reasonCode: 'PERSONAL_DATA',
      reasonLabel: 'Données personnelles',
      reasonText: 'Un voisin y est nommé.',
    });
    const forbidden = await s.queue({}, s.clients.other);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rejected = (await s.audit()).filter((a) => a.action === 'contribution.reject');
    expect(rejected.map((a) => a.after)).toEqual([
      { status: 'REJECTED', reason: 'Un voisin y est nommé.' },
      { status: 'REJECTED', reason: 'Publicité ou propagande' },
    ]);
  });

  it('pre-moderates by default; post-moderation publishes at once; only admins change it', async () => {
    // Every kind has its setting, pre-moderated with a threshold of 3 until the territory chooses.
    const DEFAULTS = (['CONTRIBUTION', 'IDEA', 'IDEA_COMMENT'] as const).map((kind) => ({
      kind,
      mode: 'PRE',
      reportThreshold: 3,
    }));
    const s = await scene();
    expect((await s.queue()).data!.territory!.moderationSettings).toEqual(DEFAULTS);
    expect((await s.setting(s.clients.staff, 'POST', 3)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A threshold below 1 or above 100 is refused, naming the field, and nothing changes.
    for (const threshold of [0, 101]) {
      const refused = await s.setting(s.clients.admin, 'POST', threshold);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { reportThreshold: expect.any(String) },
      });
    }
    expect((await s.queue()).data!.territory!.moderationSettings).toEqual(DEFAULTS);
    expect((await s.submit()).status).toBe('PENDING');

    const changed = await s.setting(s.clients.admin, 'POST', 5);
    expect(changed.data!.updateModerationSetting.setting).toEqual({
      kind: 'CONTRIBUTION',
      mode: 'POST',
      reportThreshold: 5,
    });
    const now = await s.submit('Publiée tout de suite.');
    expect(now.status).toBe('PUBLISHED');
    expect((await s.list(h.client())).map((x) => x.id)).toEqual([now.id]);
    expect((await s.audit()).find((a) => a.action === 'moderation.settings')).toMatchObject({
      before: { mode: 'PRE', reportThreshold: 3 },
      after: { mode: 'POST', reportThreshold: 5 },
    });
  });

  it('emails the moderators of the territory about each item to moderate, unless they turned it off', async () => {
    const s = await scene();
    await s.clients.staff.execute(MUTE_MODERATION);
    await s.submit();
    expect((await s.emails('moderation-pending')).sort()).toEqual(
      [s.users.moderatorUser.email, s.users.adminUser.email].sort(),
    );
  });

  it('lists the queue across kinds, items waiting for a decision first, with cursor pagination and filters', async () => {
    const s = await scene();
    const decided = await s.submit('Déjà publiée.');
    await s.decide(decided.id, 'PUBLISH');
    const pending = await s.submit('En attente.');
    const first = (await s.queue({ first: 1 })).data!.territory!.moderationQueue;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.edges[0]!.node).toMatchObject({ subjectId: pending.id, status: 'PENDING', kind: 'CONTRIBUTION' });
    const next = (await s.queue({ first: 1, after: first.pageInfo.endCursor })).data!.territory!.moderationQueue;
    expect(next.edges.map((e) => e.node.subjectId)).toEqual([decided.id]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const published = (await s.queue({ f: { status: 'PUBLISHED', kind: 'CONTRIBUTION' } })).data!.territory!
      .moderationQueue;
    expect(published.edges.map((e) => e.node.subjectId)).toEqual([decided.id]);
  });
});
