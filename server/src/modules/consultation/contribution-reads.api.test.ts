import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { annexContributions } from './annex.js';
import { createConsultationStore } from './consultation.store.js';

/*
 * Contributions are read from consultation's table, their moderation state from the moderation
 * module and their authors' pseudonyms from identity: each list still shows what it showed, in a
 * fixed number of statements.
 */

let h: Harness;
let territory: SeededTerritory;
let report: Awaited<ReturnType<typeof seedReport>>;
let author: Client;
let authorName: string;
let moderator: Client;
beforeAll(async () => {
  h = await createHarness();
  ({ territory } = await seed(h).territory());
  report = await seedReport(h, territory, 'IN_CONSULTATION', { transmittedOn: '2099-01-01', deadline: '2099-12-31' });
  const resident = await seedUser(h, { territory, role: 'RESIDENT' });
  authorName = resident.displayName!;
  author = await h.signedIn(resident.id);
  moderator = await h.signedIn((await seedUser(h, { territory, role: 'MODERATOR' })).id);
});
afterAll(() => h.close());

const SUBMIT = graphql(`
  mutation ReadsSubmitContribution($i: SubmitContributionInput!) {
    submitContribution(input: $i) {
      contribution {
        id
        status
      }
    }
  }
`);
const MODERATE = graphql(`
  mutation ReadsModerateContribution($i: ModerateContributionInput!) {
    moderateContribution(input: $i) {
      contribution {
        id
        status
      }
    }
  }
`);
const LIST = graphql(`
  query ReadsContributions($c: String!, $y: Int!) {
    territory(code: $c) {
      report(year: $y) {
        contributions {
          id
          status
          authorName
        }
      }
    }
  }
`);
const EXPORT = graphql(`
  query ReadsDataExport {
    me {
      dataExport
    }
  }
`);

async function submit(text: string, section = 2) {
  const result = await author.execute(SUBMIT, {
    i: { territoryId: territory.id, reportId: report.id, sectionId: report.sections[section]!.id, text },
  });
  return result.data!.submitContribution.contribution;
}
const decide = async (contributionId: string, decision: 'PUBLISH' | 'REJECT') =>
  (
    await moderator.execute(MODERATE, {
      i: { territoryId: territory.id, contributionId, decision, reason: decision === 'REJECT' ? 'Hors sujet.' : null },
    })
  ).data!.moderateContribution.contribution;
const list = async (client: Client) =>
  (await client.execute(LIST, { c: territory.code, y: report.referenceYear })).data!.territory!.report!.contributions;

describe('contributions read across modules', () => {
  let published: string, refused: string, pending: string, hidden: string;

  it('answer each mutation with the state of the contribution’s moderation item', async () => {
    const first = await submit('Le city stade mérite d’être cité.', 3);
    expect(first.status).toBe('PENDING');
    published = first.id;
    refused = (await submit('Hors sujet total.')).id;
    pending = (await submit('Encore à modérer.')).id;
    hidden = (await submit('Publiée puis masquée par des signalements.', 1)).id;
    expect(await decide(published, 'PUBLISH')).toEqual({ id: published, status: 'PUBLISHED' });
    expect(await decide(refused, 'REJECT')).toEqual({ id: refused, status: 'REJECTED' });
    await decide(hidden, 'PUBLISH');
    await h.dataSource.query(
      `UPDATE moderation_items SET hidden_at = now() WHERE territory_id = $1 AND subject_id = $2`,
      [territory.id, hidden],
    );
  });

  it('show the public what is published and not hidden, the author their own, moderators everything', async () => {
    expect(await list(h.client())).toEqual([{ id: published, status: 'PUBLISHED', authorName }]);
    const all = [published, refused, pending, hidden].sort();
    expect((await list(author)).map((c) => c.id).sort()).toEqual(all);
    expect((await list(moderator)).map((c) => c.id).sort()).toEqual(all);
    const other = await h.signedIn((await seedUser(h, { territory, role: 'RESIDENT' })).id);
    expect((await list(other)).map((c) => c.id)).toEqual([published]);
  });

  it('annex the published contributions only, with their section and their author’s pseudonym', async () => {
    const [row] = await createConsultationStore(h.dataSource).reportsByIds(territory.id, [report.id]);
    expect(await annexContributions(h.dataSource, row!)).toEqual([
      { author: authorName, section: report.sections[3]!.title, text: 'Le city stade mérite d’être cité.' },
    ]);
  });

  it('export to their author every contribution with its status', async () => {
    const exported = await author.execute(EXPORT);
    // The export is one JSON document (its shape is the account's data, not the schema's).
    const mine = (exported.data!.me!.dataExport as { contributions: unknown }).contributions as {
      id: string;
      status: string;
      reasonText: string;
    }[];
    expect(mine.map((c) => [c.id, c.status]).sort()).toEqual(
      [
        [published, 'PUBLISHED'],
        [refused, 'REJECTED'],
        [pending, 'PENDING'],
        [hidden, 'PUBLISHED'],
      ].sort(),
    );
    expect(mine.find((c) => c.id === refused)).toMatchObject({ reasonText: 'Hors sujet.' });
  });

  it('are listed in the same statements for one contribution as for four', async () => {
    const small = await seedReport(h, territory, 'IN_CONSULTATION', {
      transmittedOn: '2099-01-01',
      deadline: '2099-12-31',
    });
    const one = await author.execute(SUBMIT, {
      i: { territoryId: territory.id, reportId: small.id, sectionId: small.sections[0]!.id, text: 'Une seule.' },
    });
    expect(one.errors).toBeUndefined();
    const statements = (year: number) =>
      h.sqlNames(() => moderator.execute(LIST, { c: territory.code, y: year })).then((names) => names.sort());
    expect(await statements(small.referenceYear)).toEqual(await statements(report.referenceYear));
  });
});
