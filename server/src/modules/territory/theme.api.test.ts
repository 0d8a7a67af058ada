import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { contrastWithWhite, formatRatio } from '../../../../ui-kit/src/contrast.js';

let h: Harness;
let territory: SeededTerritory;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
});
afterAll(() => h.close());

const UPDATE = graphql(`
  mutation ThemeUpdate($i: UpdateTerritoryThemeInput!) {
    updateTerritoryTheme(input: $i) {
      territory {
        theme {
          primaryColor
          accentColor
        }
      }
    }
  }
`);
const THEME = graphql(`
  query ThemeColours($c: String!) {
    territory(code: $c) {
      theme {
        primaryColor
        accentColor
      }
    }
  }
`);

const themeOf = async () => (await h.execute(THEME, { c: territory.code })).data!.territory!.theme;

describe('updateTerritoryTheme', () => {
  it('computes WCAG ratios with white, rounded down', () => {
    expect(formatRatio(contrastWithWhite('#000000'))).toBe('21,0:1');
    expect(formatRatio(contrastWithWhite('#ffffff'))).toBe('1,0:1');
    // #767676 is the classic limit: 4.54:1 on white.
    expect(formatRatio(contrastWithWhite('#767676'))).toBe('4,5:1');
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
  });

  it('refuses a colour white text is unreadable on, with a French message on the field, and changes nothing', async () => {
    const admin = await h.signedIn((await seedUser(h, { territory, role: 'ADMIN' })).id);
    const before = await themeOf();
    const pale = await admin.execute(UPDATE, {
      i: { territoryId: territory.id, primaryColor: '#1d4f91', accentColor: '#e08a3c' },
    });
    const error = pale.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields).toEqual({
      accentColor: 'Contraste insuffisant avec le texte blanc (2,6:1 ; 4,5:1 au moins)',
    });
    const malformed = await admin.execute(UPDATE, {
      i: { territoryId: territory.id, primaryColor: 'red', accentColor: '#a3461a' },
    });
    expect(malformed.errors?.[0]?.extensions?.fields).toEqual({ primaryColor: 'couleur attendue au format #RRVVBB' });
    expect(await themeOf()).toEqual(before);
  });

  it('lets an admin set the colours, served at once and audited; staff and admins of another territory may not', async () => {
    const adminUser = await seedUser(h, { territory, role: 'ADMIN' });
    const admin = await h.signedIn(adminUser.id);
    await themeOf(); // the territory is now in the directory: the change must not wait for its expiry
    const set = await admin.execute(UPDATE, {
      i: { territoryId: territory.id, primaryColor: '#0B5A3C', accentColor: '#7a2e8c' },
    });
    expect(set.errors).toBeUndefined();
    expect(await themeOf()).toEqual({ primaryColor: '#0b5a3c', accentColor: '#7a2e8c' });

    const log = await admin.execute(
      graphql(`
        query ThemeAuditLog($c: String!) {
          territory(code: $c) {
            auditLog(first: 5) {
              edges {
                node {
                  action
                  actorId
                  targetType
                  before
                  after
                }
              }
            }
          }
        }
      `),
      { c: territory.code },
    );
    expect(log.data!.territory!.auditLog.edges.map((e) => e.node)).toContainEqual({
      action: 'TERRITORY_THEME',
      actorId: adminUser.id,
      targetType: 'Territory',
      before: expect.objectContaining({ primaryColor: expect.any(String) }),
      after: { primaryColor: '#0b5a3c', accentColor: '#7a2e8c' },
    });

    const staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
    const other = await seedTerritory(h);
    const foreignAdmin = await h.signedIn((await seedUser(h, { territory: other, role: 'ADMIN' })).id);
    for (const client of [staff, foreignAdmin, h.client()]) {
      const refused = await client.execute(UPDATE, {
        i: { territoryId: territory.id, primaryColor: '#000000', accentColor: '#000000' },
      });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(refused.errors?.[0]?.extensions?.code);
    }
    expect(await themeOf()).toEqual({ primaryColor: '#0b5a3c', accentColor: '#7a2e8c' });
  });
});
