import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import type { AuditFilter } from '../../../test/__generated__/graphql.js';
import { AUDIT_ACTIONS, STORED_AUDIT_ACTIONS } from '../../../../ui-kit/src/__generated__/catalogue.js';
import { AUDIT_ACTION_LABELS } from '../../../../ui-kit/src/audit.js';
import { recordAudit } from './audit.service.js';

let h: Harness;
let territory: SeededTerritory;
let admin: Client;

/** One entry per action of the catalogue, in a territory of its own, written as services write them. */
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
  const adminUser = await seedUser(h, { territory, role: 'ADMIN' });
  admin = await h.signedIn(adminUser.id);
  for (const action of AUDIT_ACTIONS) {
    await recordAudit(h.dataSource, h.clock, { id: adminUser.id, label: 'Agent' }, 'req-audit-test', {
      territoryId: territory.id,
      action: STORED_AUDIT_ACTIONS[action],
      targetType: 'Territory',
      targetId: action,
    });
  }
});
afterAll(() => h.close());

const LOG = graphql(`
  query AuditLogByAction($c: String!, $f: AuditFilter) {
    territory(code: $c) {
      auditLog(first: 100, filter: $f) {
        totalCount
        edges {
          node {
            action
            targetId
          }
        }
      }
    }
  }
`);

const logOf = async (filter: AuditFilter | null) => {
  const result = await admin.execute(LOG, { c: territory.code, f: filter });
  expect(result.errors).toBeUndefined();
  return result.data!.territory!.auditLog;
};

describe('the journal by action', () => {
  it('names every stored action by its enum value, each with a French label', async () => {
    const log = await logOf(null);
    expect(log.totalCount).toBe(AUDIT_ACTIONS.length);
    const actions = log.edges.map((e) => e.node.action);
    expect([...actions].sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const action of actions) expect(AUDIT_ACTION_LABELS[action as keyof typeof AUDIT_ACTION_LABELS]).toBeTruthy();
  });

  it('filters by any action: only its entries', async () => {
    for (const action of AUDIT_ACTIONS) {
      const log = await logOf({ action });
      expect(
        log.edges.map((e) => e.node),
        action,
      ).toEqual([{ action, targetId: action }]);
    }
  });

  it('refuses an action outside the enum, the stored code included', async () => {
    // @ts-expect-error the stored code is not a value of the AuditAction enum: the refusal is the point
    const result = await admin.execute(LOG, { c: territory.code, f: { action: 'role.grant' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('has an index that leads with the territory, then the action', async () => {
    const [index] = (await h.dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'audit_log' AND indexname = 'audit_log_territory_action_at_idx'`,
    )) as { indexdef: string }[];
    expect(index?.indexdef).toMatch(/\(territory_id, action, at\)/);
  });
});
