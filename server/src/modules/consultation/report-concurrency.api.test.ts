import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedReport } from '../../../test/seed-consultation.js';
import { graphql } from '../../../test/__generated__/index.js';
import type { ReportStatus } from './consultation.types.js';

let h: Harness;
let territory: SeededTerritory;
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
  staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
});
afterAll(() => h.close());

/** Sends the same transition five times at once and sorts the answers into successes and error codes. */
async function fiveAtOnce<I>(mutation: TypedDocumentNode<unknown, { i: I }>, input: I) {
  const results = await Promise.all(Array.from({ length: 5 }, () => staff.execute(mutation, { i: input })));
  return {
    ok: results.filter((r) => !r.errors).length,
    errors: results.flatMap((r) => r.errors ?? []),
  };
}

async function versionsAndTransitions(reportId: string) {
  const versions = (await h.dataSource.query('SELECT number FROM report_versions WHERE report_id = $1', [
    reportId,
  ])) as { number: number }[];
  const transitions = (await h.dataSource.query('SELECT to_status FROM report_transitions WHERE report_id = $1', [
    reportId,
  ])) as { to_status: ReportStatus }[];
  return { versions, transitions };
}

const OPEN = graphql(`
  mutation ConcurrentOpen($i: ReportRefInput!) {
    openConsultation(input: $i) {
      report {
        status
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation ConcurrentApprove($i: ApproveReportInput!) {
    approveReport(input: $i) {
      report {
        status
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation ConcurrentPublish($i: ReportRefInput!) {
    publishReport(input: $i) {
      report {
        status
      }
    }
  }
`);
/** A late request sees the new state before its transaction, an earlier one under the row lock: both are conflicts. */
const CONFLICT = {
  message: expect.stringMatching(/^(Ce rapport vient d’être modifié par quelqu’un d’autre|Impossible à cette étape)/),
  extensions: { code: 'CONFLICT' },
};

describe('concurrent transitions of one report', () => {
  it('open the consultation once: one success, four CONFLICT, one version', async () => {
    const r = await seedReport(h, territory, 'DRAFT');
    const { ok, errors } = await fiveAtOnce(OPEN, {
      territoryId: territory.id,
      reportId: r.id,
    });
    expect(ok).toBe(1);
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error).toMatchObject(CONFLICT);
    expect(await versionsAndTransitions(r.id)).toEqual({
      versions: [{ number: 1 }],
      transitions: [{ to_status: 'IN_CONSULTATION' }],
    });
  });

  it('approve the report once: one success, four CONFLICT, one version', async () => {
    const r = await seedReport(h, territory, 'CLOSED');
    const { ok, errors } = await fiveAtOnce(APPROVE, {
      territoryId: territory.id,
      reportId: r.id,
      approvedOn: '2025-12-15',
    });
    expect(ok).toBe(1);
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error).toMatchObject(CONFLICT);
    expect(await versionsAndTransitions(r.id)).toEqual({
      versions: [{ number: 1 }],
      transitions: [{ to_status: 'APPROVED' }],
    });
  });

  it('publish the report once: one success, four CONFLICT', async () => {
    const r = await seedReport(h, territory, 'APPROVED');
    const { ok, errors } = await fiveAtOnce(PUBLISH, {
      territoryId: territory.id,
      reportId: r.id,
    });
    expect(ok).toBe(1);
    expect(errors).toHaveLength(4);
    for (const error of errors) expect(error).toMatchObject(CONFLICT);
    expect((await versionsAndTransitions(r.id)).transitions).toEqual([{ to_status: 'PUBLISHED' }]);
  });
});
