import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { freshYear, insertFunderRow } from '../../../test/seed-programmation.js';

let h: Harness;
let here: SeededTerritory;
let elsewhere: SeededTerritory;
let staff: Client;
let admin: Client;
beforeAll(async () => {
  h = await createHarness();
  [here, elsewhere] = [await seedTerritory(h), await seedTerritory(h)];
  staff = await h.signedIn((await seedUser(h, { territory: here, role: 'STAFF' })).id);
  admin = await h.signedIn((await seedUser(h, { territory: here, role: 'ADMIN' })).id);
});
afterAll(() => h.close());

const CREATE = graphql(`
  mutation EditCreateProgrammation($i: CreateProgrammationInput!) {
    createProgrammation(input: $i) {
      programmation {
        id
        year
        status
        version
      }
      message
    }
  }
`);
const UPDATE = graphql(`
  mutation EditUpdateProgrammation($i: UpdateProgrammationInput!) {
    updateProgrammation(input: $i) {
      programmation {
        version
        totalCost {
          printed
        }
        notes
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation EditPublishProgrammation($i: ProgrammationVersionInput!) {
    publishProgrammation(input: $i) {
      programmation {
        status
        publishedAt
        version
      }
    }
  }
`);
const UNPUBLISH = graphql(`
  mutation EditUnpublishProgrammation($i: ProgrammationVersionInput!) {
    unpublishProgrammation(input: $i) {
      programmation {
        status
        publishedAt
        version
      }
    }
  }
`);
const PUBLIC_YEAR = graphql(`
  query EditPublicYear($code: String!, $year: Int!) {
    territory(code: $code) {
      programmation(year: $year) {
        status
      }
    }
  }
`);
const CREATE_OPERATOR = graphql(`
  mutation EditCreateOperator($i: CreateOperatorInput!) {
    createOperator(input: $i) {
      operator {
        id
        siret
        rna
        version
      }
    }
  }
`);
const UPDATE_FUNDER = graphql(`
  mutation EditUpdateFunder($i: UpdateFunderInput!) {
    updateFunder(input: $i) {
      funder {
        name
        legalName
        version
      }
    }
  }
`);

const draftYear = async () => {
  const year = freshYear();
  const result = await staff.execute(CREATE, { i: { territoryId: here.id, year } });
  expect(result.errors).toBeUndefined();
  return result.data!.createProgrammation.programmation;
};
const journalOf = async (targetId: string) =>
  (await h.dataSource.query(
    `SELECT action, before, after FROM audit_log WHERE territory_id = $1 AND target_id = $2 ORDER BY at, id`,
    [here.id, targetId],
  )) as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> }[];

describe('programmation years', () => {
  it('creates a draft year, once', async () => {
    const p = await draftYear();
    expect(p).toMatchObject({ status: 'DRAFT', version: 1 });
    const again = await staff.execute(CREATE, { i: { territoryId: here.id, year: p.year! } });
    expect(again.errors![0]).toMatchObject({
      message: `La programmation ${p.year} existe déjà dans ce territoire.`,
      extensions: { code: 'BAD_USER_INPUT', fields: { year: 'déjà créée' } },
    });
    expect((await journalOf(p.id)).map((e) => e.action)).toEqual(['programmation.create']);
  });

  it('edits the printed figures from the expected version only, journaling what changed', async () => {
    const p = await draftYear();
    const edit = (client: Client, totalCost: string) =>
      client.execute(UPDATE, {
        i: {
          territoryId: here.id,
          programmationId: p.id,
          expectedVersion: 1,
          totalCost,
          notes: [' Chiffres provisoires '],
        },
      });
    const first = await edit(staff, '125000,5');
    expect(first.data!.updateProgrammation.programmation).toMatchObject({
      version: 2,
      totalCost: { printed: '125000.50' },
      notes: ['Chiffres provisoires'],
    });
    const second = await edit(admin, '1');
    expect(second.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      conflict: 'STALE',
      changedFields: ['notes', 'totalCost'],
    });
    expect(second.errors![0]!.message).toMatch(
      /^Cette programmation a été modifiée par .+ \(notes, coût total\) : rechargez-la/,
    );
    const journal = await journalOf(p.id);
    expect(journal.at(-1)).toMatchObject({
      action: 'programmation.update',
      before: { totalCost: null, notes: [], version: 1 },
      after: { totalCost: '125000.50', notes: ['Chiffres provisoires'], version: 2 },
    });
    expect(journal.length).toBe(2);
  });

  it('publishes a draft for the portal, and takes it back', async () => {
    const p = await draftYear();
    const seen = async () =>
      (await h.execute(PUBLIC_YEAR, { code: here.code, year: p.year! })).data!.territory!.programmation;
    expect(await seen()).toBeNull();
    const published = await staff.execute(PUBLISH, {
      i: { territoryId: here.id, programmationId: p.id, expectedVersion: 1 },
    });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishProgrammation.programmation).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(published.data!.publishProgrammation.programmation.publishedAt).toBeTruthy();
    expect(await seen()).toEqual({ status: 'PUBLISHED' });
    const back = await staff.execute(UNPUBLISH, {
      i: { territoryId: here.id, programmationId: p.id, expectedVersion: 2 },
    });
    expect(back.data!.unpublishProgrammation.programmation).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      version: 3,
    });
    expect(await seen()).toBeNull();
    expect((await journalOf(p.id)).map((e) => e.action)).toEqual([
      'programmation.create',
      'programmation.publish',
      'programmation.unpublish',
    ]);
  });

  it('refuses residents and staff of another territory', async () => {
    const resident = await h.signedIn((await seedUser(h, { territory: here, role: 'RESIDENT' })).id);
    const foreign = await h.signedIn((await seedUser(h, { territory: elsewhere, role: 'STAFF' })).id);
    for (const client of [resident, foreign]) {
      const result = await client.execute(CREATE, { i: { territoryId: here.id, year: freshYear() } });
      expect(result.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('operators and funders', () => {
  it('checks SIRET and RNA, in French by field, writing nothing', async () => {
    const count = async () =>
      (
        (await h.dataSource.query(`SELECT count(*)::int n FROM operators WHERE territory_id = $1`, [here.id])) as {
          n: number;
        }[]
      )[0]!.n;
    const before = await count();
    const bad = await staff.execute(CREATE_OPERATOR, {
      i: {
        territoryId: here.id,
        operator: { name: 'Les Amis du Val', kind: 'ASSOCIATION', siret: '732 829 320 00075', rna: 'X12' },
      },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'operator.siret': 'ce SIRET n’existe pas (clé de contrôle fausse)',
        'operator.rna': 'un numéro RNA s’écrit W suivi de 9 chiffres',
      },
    });
    expect(await count()).toBe(before);
    const good = await staff.execute(CREATE_OPERATOR, {
      i: {
        territoryId: here.id,
        operator: { name: 'Les Amis du Val', kind: 'ASSOCIATION', siret: '732 829 320 00074', rna: 'w123456789' },
      },
    });
    expect(good.data!.createOperator.operator).toMatchObject({
      siret: '73282932000074',
      rna: 'W123456789',
      version: 1,
    });
    const entry = (await journalOf(good.data!.createOperator.operator.id))[0]!;
    expect(entry).toMatchObject({
      action: 'operator.create',
      after: { name: 'Les Amis du Val', siret: '73282932000074', version: 1 },
    });
  });

  it('updates a funder from its version, journaling only what changed', async () => {
    const funderId = await insertFunderRow(h, here.id, `État ${here.code}`);
    const result = await staff.execute(UPDATE_FUNDER, {
      i: {
        territoryId: here.id,
        funderId,
        expectedVersion: 1,
        funder: { name: `État ${here.code}`, legalName: 'Préfecture' },
      },
    });
    expect(result.data!.updateFunder.funder).toMatchObject({ legalName: 'Préfecture', version: 2 });
    expect((await journalOf(funderId))[0]).toMatchObject({
      action: 'funder.update',
      before: { legalName: null, version: 1 },
      after: { legalName: 'Préfecture', version: 2 },
    });
  });
});
