import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { graphql } from '../../../test/__generated__/index.js';
import { applyDeadlines } from './deadline-job.js';
import { daysLeft } from './deadline.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** Runs `fn` with the clock set to `at`, then puts it back. */
async function at<T>(instant: string, fn: () => Promise<T>): Promise<T> {
  const shift = new Date(instant).getTime() - h.clock.now().getTime();
  h.clock.advance(shift);
  try {
    return await fn();
  } finally {
    h.clock.advance(-shift);
  }
}

describe('the consultation deadline', () => {
  it('is at most two years after the transmission', async () => {
    const territory = await seedTerritory(h);
    const staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
    const r = await seedReport(h, territory);
    const terms = (deadline: string) =>
      staff.execute(
        graphql(`
          mutation DeadlineRulesTerms($i: ConsultationTermsInput!) {
            setConsultationTerms(input: $i) {
              report {
                deadline
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
    for (const far of ['9999-12-31', '2027-07-01']) {
      expect((await terms(far)).errors?.[0]).toMatchObject({
        message:
          'La consultation dure au plus deux ans : transmis le 30/06/2025, l’échéance ne peut pas être après le 30/06/2027.',
        extensions: { code: 'BAD_USER_INPUT', fields: { deadline: 'au plus tard le 30/06/2027' } },
      });
    }
    expect((await terms('2027-06-30')).data).toEqual({ setConsultationTerms: { report: { deadline: '2027-06-30' } } });
  });
});

describe('the automatic reminder, 7 days before the consultation closes', () => {
  /** Whether the job, run at `instant`, reminds the silent bodies of a report closing at the end of `deadline`. */
  async function remindedAt(deadline: string, instant: string) {
    const territory = await seedTerritory(h);
    const r = await seedReport(h, territory, 'IN_CONSULTATION', { transmittedOn: '2025-01-02', deadline });
    await at(instant, () => applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id }));
    const rows = (await h.dataSource.query('SELECT reminded_at FROM consulted_bodies WHERE report_id = $1', [
      r.id,
    ])) as { reminded_at: Date | null }[];
    return rows.every((b) => b.reminded_at !== null);
  }

  it('goes out at midnight in Paris, in summer time as in winter', async () => {
    // Closes on 01/12 at midnight (winter time): reminded from 24/11, 00:00.
    expect(await remindedAt('2025-11-30', '2025-11-23T23:59:59+01:00')).toBe(false);
    expect(await remindedAt('2025-11-30', '2025-11-24T00:00:00+01:00')).toBe(true);
  });

  it('goes out at midnight in Paris when the clocks go back in between (October)', async () => {
    // Closes on 31/10 at midnight, winter time; the reminder day, 24/10, is still in summer time.
    expect(await remindedAt('2025-10-30', '2025-10-23T23:59:59+02:00')).toBe(false);
    expect(await remindedAt('2025-10-30', '2025-10-24T00:00:01+02:00')).toBe(true);
  });

  it('goes out at midnight in Paris when the clocks go forward in between (March)', async () => {
    // Closes on 03/04 at midnight, summer time; the reminder day, 27/03, is still in winter time.
    expect(await remindedAt('2025-04-02', '2025-03-26T23:30:00+01:00')).toBe(false);
    expect(await remindedAt('2025-04-02', '2025-03-27T00:00:00+01:00')).toBe(true);
  });
});

describe('the days left', () => {
  it('count calendar days in Paris, the deadline day included, across a change of time', () => {
    expect(daysLeft('2025-10-30', new Date('2025-10-24T00:00:00+02:00'))).toBe(7);
    expect(daysLeft('2025-10-30', new Date('2025-10-23T23:59:59+02:00'))).toBe(8);
    expect(daysLeft('2025-04-02', new Date('2025-03-27T00:00:00+01:00'))).toBe(7);
    expect(daysLeft('2025-10-30', new Date('2025-10-30T23:59:59+01:00'))).toBe(1);
    expect(daysLeft('2025-10-30', new Date('2025-10-31T00:00:00+01:00'))).toBe(0);
  });
});
