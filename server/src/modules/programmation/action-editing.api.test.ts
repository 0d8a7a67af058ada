import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import type { ActionInput } from '../../../test/__generated__/graphql.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { insertFunderRow, insertOperatorRow, insertProgrammationRow } from '../../../test/seed-programmation.js';

let h: Harness;
let here: SeededTerritory;
let elsewhere: SeededTerritory;
let camille: Client;
let dominique: Client;
let programmationId: string;
let funders: string[];
beforeAll(async () => {
  h = await createHarness();
  [here, elsewhere] = [await seedTerritory(h), await seedTerritory(h)];
  const [a, b] = [
    await seedUser(h, { territory: here, role: 'STAFF' }),
    await seedUser(h, { territory: here, role: 'ADMIN' }),
  ];
  await h.dataSource.query(`UPDATE users SET display_name = 'Camille D.' WHERE id = $1`, [a.id]);
  [camille, dominique] = [await h.signedIn(a.id), await h.signedIn(b.id)];
  programmationId = await insertProgrammationRow(h, here.id);
  funders = await Promise.all([1, 2, 3].map((n) => insertFunderRow(h, here.id, `Financeur ${n} ${here.code}`)));
});
afterAll(() => h.close());

const CREATE = graphql(`
  mutation EditCreateAction($i: CreateActionInput!) {
    createAction(input: $i) {
      action {
        id
        version
        title
        status
        communes {
          id
        }
        quartiers {
          id
        }
        fundings {
          funder {
            id
          }
          amount
          creditType
          fund
        }
        totalAmount
      }
      message
    }
  }
`);
const UPDATE = graphql(`
  mutation EditUpdateAction($i: UpdateActionInput!) {
    updateAction(input: $i) {
      action {
        version
        title
        status
        fundings {
          amount
        }
        totalAmount
      }
    }
  }
`);
const BULK = graphql(`
  mutation EditBulkActions($i: BulkUpdateActionsInput!) {
    bulkUpdateActions(input: $i) {
      actions {
        id
        status
        fundings {
          funder {
            id
          }
          amount
        }
      }
      message
    }
  }
`);

const form = (o: Partial<ActionInput> = {}): ActionInput => ({
  title: 'Atelier d’écriture',
  status: 'SUBMITTED',
  communeIds: [here.communeId],
  quartierIds: [here.quartierId],
  startDate: '2031-01-15',
  endDate: '2031-06-30',
  fundings: [
    { funderId: funders[0]!, amount: '1250,5', creditType: 'SPECIFIC', fund: 'FCS' },
    { funderId: funders[1]!, amount: '300', creditType: 'DROIT_COMMUN' },
  ],
  ...o,
});
const create = async (o: Partial<ActionInput> = {}, client = camille) => {
  const result = await client.execute(CREATE, { i: { territoryId: here.id, programmationId, action: form(o) } });
  expect(result.errors).toBeUndefined();
  return result.data!.createAction.action;
};
const journalOf = async (targetId: string) =>
  (await h.dataSource.query(
    `SELECT action, actor_label, before, after FROM audit_log WHERE territory_id = $1 AND target_id = $2 ORDER BY at, id`,
    [here.id, targetId],
  )) as { action: string; actor_label: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
const fingerprint = async () =>
  JSON.stringify(
    await h.dataSource.query(
      `SELECT (SELECT count(*) FROM actions WHERE territory_id = $1) a, (SELECT count(*) FROM fundings WHERE territory_id = $1) f,
        (SELECT count(*) FROM audit_log WHERE territory_id = $1) j, (SELECT max(version) FROM actions WHERE territory_id = $1) v`,
      [here.id],
    ),
  );

describe('creating and editing an action', () => {
  it('creates an action with its communes, quartiers and exact fundings, journaled with its version', async () => {
    const action = await create();
    expect(action).toMatchObject({ version: 1, status: 'SUBMITTED', totalAmount: '1550.50' });
    expect(action.communes.map((c) => c.id)).toEqual([here.communeId]);
    expect(action.quartiers.map((q) => q.id)).toEqual([here.quartierId]);
    expect(action.fundings.map((f) => [f.funder.id, f.amount, f.creditType])).toEqual([
      [funders[0], '1250.50', 'SPECIFIC'],
      [funders[1], '300.00', 'DROIT_COMMUN'],
    ]);
    const [entry] = await journalOf(action.id);
    expect(entry).toMatchObject({ action: 'action.create', actor_label: 'Camille D.', before: null });
    expect(entry!.after).toMatchObject({ title: 'Atelier d’écriture', version: 1 });
    expect(entry!.after.fundings).toEqual(
      expect.arrayContaining([expect.objectContaining({ funderId: funders[0], amount: '1250.50', fund: 'FCS' })]),
    );
  });

  it('keeps the first of two concurrent edits and tells the second who changed what', async () => {
    const { id } = await create({ title: 'Concurrence' });
    const first = await camille.execute(UPDATE, {
      i: {
        territoryId: here.id,
        actionId: id,
        expectedVersion: 1,
        action: form({ title: 'Concurrence', status: 'FUNDED', fundings: [{ funderId: funders[0]!, amount: '900' }] }),
      },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateAction.action).toMatchObject({ version: 2, status: 'FUNDED', totalAmount: '900.00' });

    const before = await fingerprint();
    const second = await dominique.execute(UPDATE, {
      i: { territoryId: here.id, actionId: id, expectedVersion: 1, action: form({ title: 'Écrasement' }) },
    });
    const error = second.errors![0]!;
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      conflict: 'STALE',
      changedFields: ['status', 'fundings'],
      changedBy: 'Camille D.',
    });
    expect(error.message).toMatch(
      /^Cette action a été modifiée par Camille D\. le \d+ \p{L}+ à \d+ h \d\d \(état, financements\) : rechargez-la avant d’enregistrer\.$/u,
    );
    expect(await fingerprint()).toBe(before);
    const journal = await journalOf(id);
    expect(journal.map((e) => e.action)).toEqual(['action.create', 'action.update']);
    expect(journal[1]!.before).toMatchObject({ status: 'SUBMITTED', version: 1 });
    expect(journal[1]!.after).toMatchObject({
      status: 'FUNDED',
      version: 2,
      fundings: [expect.objectContaining({ amount: '900.00' })],
    });

    const retried = await dominique.execute(UPDATE, {
      i: {
        territoryId: here.id,
        actionId: id,
        expectedVersion: 2,
        action: form({ title: 'Après rechargement', status: 'FUNDED' }),
      },
    });
    expect(retried.data!.updateAction.action).toMatchObject({ version: 3, title: 'Après rechargement' });
    expect((await journalOf(id)).map((e) => e.action)).toEqual(['action.create', 'action.update', 'action.update']);
  });

  it('refuses bad input in French by field, changing nothing', async () => {
    const { id } = await create({ title: 'Validations' });
    const other = await insertOperatorRow(h, elsewhere.id);
    const before = await fingerprint();
    const cases: [Partial<ActionInput>, string][] = [
      [{ endDate: '2030-12-31' }, 'action.endDate'],
      [{ communeIds: [elsewhere.communeId] }, 'action.communeIds'],
      [{ operatorId: other }, 'action.operatorId'],
      [{ fundings: [{ funderId: funders[0]!, amount: '-5' }] }, 'action.fundings.0.amount'],
      [
        {
          fundings: [
            { funderId: funders[0]!, amount: '5' },
            { funderId: funders[0]!, amount: '6' },
          ],
        },
        'action.fundings.1.funderId',
      ],
    ];
    for (const [change, field] of cases) {
      const result = await camille.execute(UPDATE, {
        i: { territoryId: here.id, actionId: id, expectedVersion: 1, action: form(change) },
      });
      const error = result.errors![0]!;
      expect(error.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.extensions!.fields as object), field).toContain(field);
      expect(error.message).toMatch(/^Saisie invalide : |n’appartient pas à ce territoire\.$/);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('refuses residents and staff of another territory', async () => {
    const { id } = await create({ title: 'Interdite' });
    const resident = await h.signedIn((await seedUser(h, { territory: here, role: 'RESIDENT' })).id);
    const foreign = await h.signedIn((await seedUser(h, { territory: elsewhere, role: 'STAFF' })).id);
    for (const client of [resident, foreign]) {
      const result = await client.execute(UPDATE, {
        i: { territoryId: here.id, actionId: id, expectedVersion: 1, action: form({ title: 'Piratée' }) },
      });
      expect(result.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await journalOf(id)).length).toBe(1);
  });
});

describe('bulk edits', () => {
  it('sets one status on many actions, one journal entry each', async () => {
    const ids = [(await create({ title: 'Lot A' })).id, (await create({ title: 'Lot B' })).id];
    const result = await camille.execute(BULK, { i: { territoryId: here.id, actionIds: ids, status: 'REFUSED' } });
    expect(result.data!.bulkUpdateActions.actions.map((a) => a.status)).toEqual(['REFUSED', 'REFUSED']);
    expect(result.data!.bulkUpdateActions.message).toBe('2 actions modifiées.');
    for (const id of ids) {
      const journal = await journalOf(id);
      expect(journal.at(-1)).toMatchObject({
        action: 'actions.bulk-update',
        before: { status: 'SUBMITTED', version: 1 },
        after: { status: 'REFUSED', version: 2 },
      });
    }
  });

  it('replaces a funder, adding to the target’s line where an action has both', async () => {
    const both = (await create({ title: 'Deux financeurs' })).id;
    const one = (await create({ title: 'Un financeur', fundings: [{ funderId: funders[1]!, amount: '40' }] })).id;
    const result = await camille.execute(BULK, {
      i: {
        territoryId: here.id,
        actionIds: [both, one],
        replaceFunder: { fromFunderId: funders[1]!, toFunderId: funders[0]! },
      },
    });
    const byId = new Map(result.data!.bulkUpdateActions.actions.map((a) => [a.id, a.fundings]));
    expect(byId.get(both)!.map((f) => [f.funder.id, f.amount])).toEqual([[funders[0], '1550.50']]);
    expect(byId.get(one)!.map((f) => [f.funder.id, f.amount])).toEqual([[funders[0], '40.00']]);
    expect((await journalOf(one)).at(-1)!.after).toEqual({ funderId: funders[0], version: 2 });
  });

  it('uses a fixed number of SQL statements whatever the number of actions and fundings', async () => {
    const small = [(await create({ title: 'Compte 1' })).id];
    const large = await Promise.all([2, 3, 4, 5, 6].map(async (n) => (await create({ title: `Compte ${n}` })).id));
    const bulk = (ids: string[]) => () =>
      camille.execute(BULK, { i: { territoryId: here.id, actionIds: ids, status: 'FUNDED' } });
    expect(await h.countSql(bulk(large))).toBe(await h.countSql(bulk(small)));
    const update = (fundings: ActionInput['fundings']) => async () => {
      const { id } = await create({ title: `Financements ${fundings.length}`, fundings: [] });
      return camille.execute(UPDATE, {
        i: { territoryId: here.id, actionId: id, expectedVersion: 1, action: form({ fundings }) },
      });
    };
    const few = await h.countSql(update([{ funderId: funders[0]!, amount: '1' }]));
    const many = await h.countSql(update(funders.map((funderId) => ({ funderId, amount: '2' }))));
    expect(many).toBe(few);
  });
});
