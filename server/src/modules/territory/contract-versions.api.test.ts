import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedContract } from '../../../test/seed-contract.js';

let h: Harness;
let here: SeededTerritory;
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  here = await seedTerritory(h);
  staff = await h.signedIn((await seedUser(h, { territory: here, role: 'STAFF' })).id);
});
afterAll(() => h.close());

/** The first row a statement returns. */
const row = async <T>(sql: string, params: unknown[]) => ((await h.dataSource.query(sql, params)) as T[])[0]!;

const DRAFT = graphql(`
  mutation ContractDraftAmendment($i: DraftAmendmentInput!) {
    draftAmendment(input: $i) {
      contract {
        id
        status
        amendmentNumber
        version
        frameworkItems {
          id
          code
          title
          depth
          parent {
            code
          }
        }
      }
    }
  }
`);
const IN_FORCE = graphql(`
  mutation ContractPutInForce($i: PutAmendmentInForceInput!) {
    putAmendmentInForce(input: $i) {
      contract {
        id
        status
        inForceFrom
        versions {
          id
          status
          amendmentNumber
        }
      }
    }
  }
`);
const ADD_ITEM = graphql(`
  mutation ContractAddItem($i: CreateFrameworkItemInput!) {
    createFrameworkItem(input: $i) {
      item {
        id
        code
        depth
        version
      }
      contract {
        version
        frameworkItems {
          code
        }
      }
    }
  }
`);
const READ = graphql(`
  query ContractVersionsRead($code: String!, $id: ID!, $all: Boolean) {
    territory(code: $code) {
      contracts(first: 20, allVersions: $all) {
        edges {
          node {
            id
            status
          }
        }
      }
      contract(id: $id) {
        status
        frameworkItems {
          code
          title
        }
      }
    }
  }
`);

describe('avenants of a contract', () => {
  it('copies the tree in force into a draft (same codes, new ids), in the same statements whatever its size', async () => {
    const small = await seedContract(h, here.id, { status: 'IN_FORCE', roots: 2 });
    const big = await seedContract(h, here.id, { status: 'IN_FORCE', roots: 20 });
    const draftOf = (contractId: string) => staff.execute(DRAFT, { i: { territoryId: here.id, contractId } });
    let smallDraft: Awaited<ReturnType<typeof draftOf>> | undefined;
    let bigDraft: typeof smallDraft;
    const smallStatements = await h.sqlNames(async () => (smallDraft = await draftOf(small.id)));
    const bigStatements = await h.sqlNames(async () => (bigDraft = await draftOf(big.id)));
    expect(bigStatements).toEqual(smallStatements);
    expect(smallStatements.filter((s) => s === 'territory.draftAmendment')).toHaveLength(1);

    const copy = smallDraft!.data!.draftAmendment.contract;
    expect(copy).toMatchObject({ status: 'DRAFT', amendmentNumber: 1, version: 1 });
    expect(copy.frameworkItems.map((i) => [i.code, i.depth, i.parent?.code ?? null])).toEqual([
      ['R1', 0, null],
      ['R1.1', 1, 'R1'],
      ['R2', 0, null],
      ['R2.1', 1, 'R2'],
    ]);
    const oldIds = new Set(small.items.map((i) => i.id));
    expect(copy.frameworkItems.every((i) => !oldIds.has(i.id))).toBe(true);
    expect(bigDraft!.data!.draftAmendment.contract.frameworkItems).toHaveLength(40);

    // One draft at a time.
    const again = await draftOf(small.id);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(again.errors?.[0]?.message).toMatch(/déjà en préparation/);
  });

  it('puts the draft in force: the previous version is superseded and stays readable with its items', async () => {
    const original = await seedContract(h, here.id, { status: 'IN_FORCE' });
    const draft = (await staff.execute(DRAFT, { i: { territoryId: here.id, contractId: original.id } })).data!
      .draftAmendment.contract;
    const added = await staff.execute(ADD_ITEM, {
      i: { territoryId: here.id, contractId: draft.id, parentId: null, kind: 'axe', code: 'R3', title: 'Axe 3' },
    });
    expect(added.errors).toBeUndefined();
    const { contract: afterAdd } = added.data!.createFrameworkItem;
    expect(afterAdd.frameworkItems.map((i) => i.code)).toEqual(['R1', 'R1.1', 'R2', 'R2.1', 'R3']);
    expect(afterAdd.version).toBe(2);

    // From the version read before the item was added: refused, naming who changed it.
    const stale = await staff.execute(IN_FORCE, {
      i: { territoryId: here.id, contractId: draft.id, expectedVersion: 1, inForceFrom: '2026-01-01' },
    });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', fields: { conflict: 'STALE' } } });
    // Before the version it replaces applied: refused in French.
    const early = await staff.execute(IN_FORCE, {
      i: { territoryId: here.id, contractId: draft.id, expectedVersion: 2, inForceFrom: '2023-06-01' },
    });
    expect(early.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { inForceFrom: expect.any(String) } },
    });

    const done = await staff.execute(IN_FORCE, {
      i: { territoryId: here.id, contractId: draft.id, expectedVersion: 2, inForceFrom: '2026-01-01' },
    });
    expect(done.errors).toBeUndefined();
    const inForce = done.data!.putAmendmentInForce.contract;
    expect(inForce).toMatchObject({ status: 'IN_FORCE', inForceFrom: '2026-01-01' });
    expect(inForce.versions.map((v) => [v.id, v.status, v.amendmentNumber])).toEqual([
      [original.id, 'SUPERSEDED', 0],
      [draft.id, 'IN_FORCE', 1],
    ]);

    // Anyone reads the superseded version and its tree; the list shows the version in force only.
    const read = await h.execute(READ, { code: here.code, id: original.id });
    expect(read.data!.territory!.contract).toEqual({
      status: 'SUPERSEDED',
      frameworkItems: original.items.map((i) => ({ code: i.code, title: i.title })),
    });
    const listed = read.data!.territory!.contracts.edges.map((e) => e.node.id);
    expect(listed).toContain(draft.id);
    expect(listed).not.toContain(original.id);

    // Its journal: created draft, item, in force, each with before and after.
    const [entries] = (await h.dataSource.query(
      `SELECT array_agg(action ORDER BY at, id) AS actions FROM audit_log WHERE territory_id = $1
         AND target_id = ANY($2::text[])`,
      [here.id, [draft.id, added.data!.createFrameworkItem.item!.id]],
    )) as { actions: string[] }[];
    expect(entries!.actions).toEqual(['contract.amendment-draft', 'framework-item.create', 'contract.in-force']);
  });

  it('keeps programmations on the version they were made under', async () => {
    const [programmation] = (await h.dataSource.query(
      'SELECT contract_id FROM programmations WHERE territory_id = $1 AND contract_id IS NOT NULL',
      [here.id],
    )) as { contract_id: string }[];
    expect(programmation).toBeDefined();
    const draft = (await staff.execute(DRAFT, { i: { territoryId: here.id, contractId: programmation!.contract_id } }))
      .data!.draftAmendment.contract;
    const { version } = await row<{ version: number }>('SELECT version FROM contracts WHERE id = $1', [draft.id]);
    const done = await staff.execute(IN_FORCE, {
      i: { territoryId: here.id, contractId: draft.id, expectedVersion: version, inForceFrom: '2026-01-01' },
    });
    expect(done.errors).toBeUndefined();
    const [after] = (await h.dataSource.query(
      'SELECT c.contract_status FROM programmations p JOIN contracts c ON c.id = p.contract_id WHERE p.territory_id = $1',
      [here.id],
    )) as { contract_status: string }[];
    expect(after!.contract_status).toBe('SUPERSEDED');
  });

  it('refuses to change the tree of a version in force, in French, and changes nothing', async () => {
    const inForce = await seedContract(h, here.id, { status: 'IN_FORCE' });
    const added = await staff.execute(ADD_ITEM, {
      i: { territoryId: here.id, contractId: inForce.id, kind: 'axe', title: 'Axe ajouté sans avenant' },
    });
    expect(added.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(added.errors?.[0]?.message).toMatch(/se modifie par un avenant/);
    const { n } = await row<{ n: number }>('SELECT count(*)::int AS n FROM framework_items WHERE contract_id = $1', [
      inForce.id,
    ]);
    expect(n).toBe(inForce.items.length);
  });

  it('shows drafts to staff only, and refuses the other people every change', async () => {
    const draft = await seedContract(h, here.id);
    const resident = await h.signedIn((await seedUser(h, { territory: here, role: 'RESIDENT' })).id);
    const publicRead = await resident.execute(READ, { code: here.code, id: draft.id });
    expect(publicRead.data!.territory!.contract).toBeNull();
    const all = await resident.execute(READ, { code: here.code, id: draft.id, all: true });
    expect(all.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const staffRead = await staff.execute(READ, { code: here.code, id: draft.id, all: true });
    expect(staffRead.data!.territory!.contract!.status).toBe('DRAFT');
    expect(staffRead.data!.territory!.contracts.edges.map((e) => e.node.id)).toContain(draft.id);

    const refused = await resident.execute(IN_FORCE, {
      i: { territoryId: here.id, contractId: draft.id, expectedVersion: 1, inForceFrom: '2026-01-01' },
    });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const { contract_status } = await row<{ contract_status: string }>(
      'SELECT contract_status FROM contracts WHERE id = $1',
      [draft.id],
    );
    expect(contract_status).toBe('DRAFT');
  });

  it('checks a new contract’s input in French', async () => {
    const create = graphql(`
      mutation ContractCreate($i: CreateContractInput!) {
        createContract(input: $i) {
          contract {
            status
            amendmentNumber
          }
        }
      }
    `);
    const bad = await staff.execute(create, {
      i: { territoryId: here.id, name: ' X ', startYear: 2030, endYear: 2024 },
    });
    expect(bad.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: { name: 'nom trop court', endYear: 'la dernière année ne peut pas précéder la première' },
      },
    });
    const ok = await staff.execute(create, {
      i: { territoryId: here.id, name: 'Engagements Quartiers 2030', startYear: 2024, endYear: 2030 },
    });
    expect(ok.data!.createContract.contract).toEqual({ status: 'DRAFT', amendmentNumber: 0 });
  });
});
