import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { seedContract, seedIndicator } from '../../../test/seed-contract.js';

let h: Harness;
let here: SeededTerritory;
let staff: Client;
let colleague: Client;
let colleagueName: string;
beforeAll(async () => {
  h = await createHarness();
  here = await seedTerritory(h);
  staff = await h.signedIn((await seedUser(h, { territory: here, role: 'STAFF' })).id);
  const other = await seedUser(h, { territory: here, role: 'ADMIN' });
  colleague = await h.signedIn(other.id);
  colleagueName = other.displayName!;
});
afterAll(() => h.close());

// The tree as each change's payload gives it back (codegen joins the fragment to the documents using it).
graphql(`
  fragment TreeTestContract on Contract {
    version
    frameworkItems {
      id
      code
      title
      depth
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation TreeUpdate($i: UpdateFrameworkItemInput!) {
    updateFrameworkItem(input: $i) {
      item {
        title
        version
      }
      contract {
        ...TreeTestContract
      }
    }
  }
`);
const MOVE = graphql(`
  mutation TreeMove($i: MoveFrameworkItemInput!) {
    moveFrameworkItem(input: $i) {
      contract {
        ...TreeTestContract
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation TreeRemove($i: RemoveFrameworkItemInput!) {
    removeFrameworkItem(input: $i) {
      item {
        id
      }
      contract {
        ...TreeTestContract
      }
    }
  }
`);
const codes = (c: { frameworkItems: { code: string | null; depth: number }[] }) =>
  c.frameworkItems.map((i) => `${'  '.repeat(i.depth)}${i.code}`);

describe('the strategy tree of a draft', () => {
  it('moves an item with its children among its siblings, and says when it cannot', async () => {
    const draft = await seedContract(h, here.id, { roots: 3 });
    const r2 = draft.items[2]!;
    const up = await staff.execute(MOVE, {
      i: { territoryId: here.id, id: r2.id, expectedVersion: r2.version, direction: 'UP' },
    });
    expect(codes(up.data!.moveFrameworkItem.contract)).toEqual(['R2', '  R2.1', 'R1', '  R1.1', 'R3', '  R3.1']);
    const moved = up.data!.moveFrameworkItem.contract.frameworkItems.find((i) => i.code === 'R2')!;
    const again = await staff.execute(MOVE, {
      i: { territoryId: here.id, id: r2.id, expectedVersion: moved.version, direction: 'UP' },
    });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Cet élément est déjà le premier de son niveau.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('edits an item, refusing a code another item has and a change from an outdated version', async () => {
    const draft = await seedContract(h, here.id);
    const r1 = draft.items[0]!;
    const taken = await staff.execute(UPDATE, {
      i: { territoryId: here.id, id: r1.id, expectedVersion: 1, kind: 'axe', code: 'R2', title: 'Axe 1' },
    });
    expect(taken.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { code: 'code déjà utilisé dans cette version' } },
    });
    const blank = await staff.execute(UPDATE, {
      i: { territoryId: here.id, id: r1.id, expectedVersion: 1, kind: 'axe', title: '   ' },
    });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { fields: { title: 'intitulé obligatoire' } } });

    const first = await colleague.execute(UPDATE, {
      i: { territoryId: here.id, id: r1.id, expectedVersion: 1, kind: 'axe', code: 'R1', title: 'Axe renommé' },
    });
    expect(first.data!.updateFrameworkItem.item).toEqual({ title: 'Axe renommé', version: 2 });
    const late = await staff.execute(UPDATE, {
      i: { territoryId: here.id, id: r1.id, expectedVersion: 1, kind: 'axe', code: 'R1', title: 'Autre titre' },
    });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', fields: { conflict: 'STALE' } } });
    expect(late.errors?.[0]?.message).toContain(`modifié par ${colleagueName} le `);
  });

  it('removes an item with its children, unless actions are filed under them', async () => {
    const draft = await seedContract(h, here.id);
    const [r1, r11, r2] = draft.items;
    await h.dataSource.query(
      'UPDATE actions SET framework_item_id = $2 WHERE territory_id = $1 AND id = (SELECT min(id::text)::uuid FROM actions WHERE territory_id = $1)',
      [here.id, r11!.id],
    );
    const refused = await staff.execute(REMOVE, { i: { territoryId: here.id, id: r1!.id, expectedVersion: 1 } });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(refused.errors?.[0]?.message).toMatch(/^Des actions sont classées sous cet élément/);

    const removed = await staff.execute(REMOVE, { i: { territoryId: here.id, id: r2!.id, expectedVersion: 1 } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeFrameworkItem.item).toBeNull();
    expect(codes(removed.data!.removeFrameworkItem.contract)).toEqual(['R1', '  R1.1']);
    const [entry] = (await h.dataSource.query(
      `SELECT before, after FROM audit_log WHERE territory_id = $1 AND action = 'framework-item.remove' AND target_id = $2`,
      [here.id, r2!.id],
    )) as { before: unknown; after: unknown }[];
    expect(entry).toEqual({
      before: { kind: 'axe', code: 'R2', title: 'Axe 2', parentId: null },
      after: { removedCount: 2 },
    });
  });
});

const UPDATE_INDICATOR = graphql(`
  mutation IndicatorUpdate($i: UpdateIndicatorInput!) {
    updateIndicator(input: $i) {
      indicator {
        value
        version
        quartier {
          name
        }
      }
    }
  }
`);
const fields = { name: 'Taux de chômage', scope: 'quartier', unit: '%', year: 2022, approximate: false };

describe('indicators', () => {
  it('refuses the second of two edits made from the same version, naming who changed it first', async () => {
    const indicator = await seedIndicator(h, here.id);
    const i = { territoryId: here.id, id: indicator.id, expectedVersion: indicator.version };
    const first = await colleague.execute(UPDATE_INDICATOR, {
      i: { ...i, indicator: { ...fields, value: 12.5, quartierId: here.quartierId } },
    });
    expect(first.data!.updateIndicator.indicator).toEqual({ value: 12.5, version: 2, quartier: { name: 'Cité 3' } });
    const second = await staff.execute(UPDATE_INDICATOR, { i: { ...i, indicator: { ...fields, value: 13 } } });
    expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', fields: { conflict: 'STALE' } } });
    expect(second.errors?.[0]?.message).toMatch(
      new RegExp(
        `^Cet indicateur a été modifié par ${colleagueName} le \\d\\d/\\d\\d/\\d{4} à \\d\\d:\\d\\d : rechargez`,
      ),
    );
    const [row] = (await h.dataSource.query('SELECT value, version FROM indicators WHERE id = $1', [indicator.id])) as {
      value: number;
    }[];
    expect(row).toEqual({ value: 12.5, version: 2 });
  });

  it('checks the input in French, and changes nothing on bad input', async () => {
    const indicator = await seedIndicator(h, here.id);
    const elsewhere = await seedTerritory(h);
    const bad = await staff.execute(UPDATE_INDICATOR, {
      i: {
        territoryId: here.id,
        id: indicator.id,
        expectedVersion: 1,
        indicator: { ...fields, name: ' ', year: 3000 },
      },
    });
    expect(bad.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: { 'indicator.name': 'nom obligatoire', 'indicator.year': 'année trop lointaine' },
      },
    });
    const foreign = await staff.execute(UPDATE_INDICATOR, {
      i: {
        territoryId: here.id,
        id: indicator.id,
        expectedVersion: 1,
        indicator: { ...fields, quartierId: elsewhere.quartierId },
      },
    });
    expect(foreign.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { 'indicator.quartierId': 'quartier inconnu sur ce territoire' } },
    });
    const [row] = (await h.dataSource.query('SELECT version FROM indicators WHERE id = $1', [indicator.id])) as {
      version: number;
    }[];
    expect(row!.version).toBe(1);
  });

  it('creates an indicator for staff only, and journals it', async () => {
    const create = graphql(`
      mutation IndicatorCreate($i: CreateIndicatorInput!) {
        createIndicator(input: $i) {
          indicator {
            id
            name
            version
          }
        }
      }
    `);
    const input = { territoryId: here.id, indicator: { ...fields, valueText: '70-95' } };
    const resident = await h.signedIn((await seedUser(h, { territory: here, role: 'RESIDENT' })).id);
    expect((await resident.execute(create, { i: input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = (await staff.execute(create, { i: input })).data!.createIndicator.indicator;
    expect(created).toMatchObject({ name: 'Taux de chômage', version: 1 });
    const [entry] = (await h.dataSource.query(
      `SELECT after FROM audit_log WHERE territory_id = $1 AND action = 'indicator.create' AND target_id = $2`,
      [here.id, created.id],
    )) as { after: Record<string, unknown> }[];
    expect(entry!.after).toMatchObject({ valueText: '70-95', scope: 'quartier' });
  });
});
