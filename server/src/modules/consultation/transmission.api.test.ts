import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { graphql } from '../../../test/__generated__/index.js';
import { applyDeadlines } from './deadline-job.js';
import { closingInstant, parisToday } from './deadline.js';

let h: Harness;
let territory: SeededTerritory;
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
  staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
});
afterAll(() => h.close());

const OPEN = graphql(`
  mutation TransmissionOpen($i: ReportRefInput!) {
    openConsultation(input: $i) {
      report {
        status
        consultedBodies {
          name
          transmission {
            channel
            on
          }
          recipientCount
        }
      }
    }
  }
`);
const SET = graphql(`
  mutation TransmissionSet($i: SetBodyTransmissionInput!) {
    setBodyTransmission(input: $i) {
      report {
        id
      }
    }
  }
`);

/** A draft whose two bodies were not posted: they are reached only if the platform can email them. */
async function unpostedDraft() {
  const r = await seedReport(h, territory, 'DRAFT');
  await h.dataSource.query('UPDATE consulted_bodies SET posted_on = NULL WHERE report_id = $1', [r.id]);
  return r;
}
const ref = (r: { id: string }) => ({ territoryId: territory.id, reportId: r.id });
const outboxFor = async (reportTitle: string) =>
  (await h.dataSource.query(
    `SELECT to_address FROM email_outbox WHERE territory_id = $1 AND kind = 'consultation-opened' AND body LIKE '%' || $2 || '%'`,
    [territory.id, reportTitle],
  )) as { to_address: string }[];

describe('transmission of the report to each consulted body', () => {
  it('refuses to open while a body has nobody to receive it, names those bodies, and changes nothing', async () => {
    const r = await unpostedDraft();
    const result = await staff.execute(OPEN, { i: ref(r) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Conseil citoyen Mont-Liébaut');
    expect(result.errors?.[0]?.message).toContain('Conseil municipal');
    const [report] = await h.dataSource.query('SELECT status FROM reports WHERE id = $1', [r.id]);
    expect(report.status).toBe('DRAFT');
    const versions = await h.dataSource.query('SELECT count(*)::int AS n FROM report_versions WHERE report_id = $1', [
      r.id,
    ]);
    expect(versions[0].n).toBe(0);
  });

  it('emails the address recorded for a mayor, counts it, and dates the transmission of each body', async () => {
    const r = await unpostedDraft();
    await h.dataSource.query(`UPDATE reports SET title = $2 WHERE id = $1`, [r.id, `Rapport ${r.id}`]);
    const email = await staff.execute(SET, {
      i: { ...ref(r), bodyIds: [r.communeBody.id], recipientEmail: ' Maire@Exemple.fr ' },
    });
    expect(email.errors).toBeUndefined();
    const posted = await staff.execute(SET, { i: { ...ref(r), bodyIds: [r.councilBody.id], postedOn: '2025-06-30' } });
    expect(posted.errors).toBeUndefined();
    const future = await staff.execute(SET, { i: { ...ref(r), bodyIds: [r.councilBody.id], postedOn: '2999-01-01' } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const opened = await staff.execute(OPEN, { i: ref(r) });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openConsultation.report.consultedBodies).toEqual(
      expect.arrayContaining([
        {
          name: 'Conseil municipal',
          transmission: { channel: 'EMAIL', on: parisToday(new Date()) },
          recipientCount: 1,
        },
        {
          name: 'Conseil citoyen Mont-Liébaut',
          transmission: { channel: 'POST', on: '2025-06-30' },
          recipientCount: 0,
        },
      ]),
    );
    expect(await outboxFor(`Rapport ${r.id}`)).toEqual([{ to_address: 'maire@exemple.fr' }]);
  });

  it('does not count as reached a body whose only speaker turned consultation emails off', async () => {
    const r = await unpostedDraft();
    const referent = await seedUser(h, { territory, role: 'COUNCIL_REFERENT', ownCouncil: false });
    await h.dataSource.query(`UPDATE users SET notification_preferences = '{"consultations": false}' WHERE id = $1`, [
      referent.id,
    ]);
    await staff.execute(SET, { i: { ...ref(r), bodyIds: [r.communeBody.id], postedOn: '2025-06-30' } });
    const result = await staff.execute(OPEN, { i: ref(r) });
    expect(result.errors?.[0]?.message).toContain('Conseil citoyen Mont-Liébaut');
    expect(result.errors?.[0]?.message).not.toContain('Conseil municipal');
  });

  it('writes a tacit avis only for the bodies the platform knows were transmitted', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION');
    await h.dataSource.query(
      `UPDATE consulted_bodies SET transmitted_on = NULL, transmission_channel = NULL WHERE id = $1`,
      [r.communeBody.id],
    );
    const after = new Date(closingInstant('2025-10-30').getTime() + 3600_000);
    h.clock.advance(after.getTime() - h.clock.now().getTime());
    try {
      await applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id });
    } finally {
      h.clock.advance(Date.now() - h.clock.now().getTime());
    }
    const rows = await h.dataSource.query(
      `SELECT b.kind, o.tacit FROM consulted_bodies b LEFT JOIN opinions o ON o.body_id = b.id WHERE b.report_id = $1 ORDER BY b.kind`,
      [r.id],
    );
    expect(rows).toEqual([
      { kind: 'CITIZEN_COUNCIL', tacit: true },
      { kind: 'COMMUNE', tacit: null },
    ]);
  });

  it('shows a body’s recorded address and recipient count to staff only', async () => {
    const r = await seedReport(h, territory, 'IN_CONSULTATION');
    const resident = await h.signedIn((await seedUser(h, { territory, role: 'RESIDENT' })).id);
    const result = await resident.execute(
      graphql(`
        query TransmissionRecipientEmail($c: String!, $y: Int!) {
          territory(code: $c) {
            report(year: $y) {
              consultedBodies {
                recipientEmail
              }
            }
          }
        }
      `),
      { c: territory.code, y: r.referenceYear },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asStaff = await staff.execute(
      graphql(`
        query TransmissionRecipients($c: String!, $y: Int!) {
          territory(code: $c) {
            report(year: $y) {
              consultedBodies {
                recipientEmail
                recipientCount
              }
            }
          }
        }
      `),
      { c: territory.code, y: r.referenceYear },
    );
    expect(asStaff.errors).toBeUndefined();
  });
});
