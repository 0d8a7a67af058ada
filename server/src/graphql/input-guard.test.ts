import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { createHarness, type Client, type Harness } from '../../test/harness.js';
import { seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../test/seed.js';
import { seedReport } from '../../test/seed-consultation.js';
import { standaloneSchema } from '../composition/index.js';

let h: Harness;
let territory: SeededTerritory;
let staff: Client;
let resident: Client;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
  staff = await h.signedIn((await seedUser(h, { territory, role: 'ADMIN' })).id);
  resident = await h.signedIn((await seedUser(h, { territory, role: 'RESIDENT' })).id);
});
afterAll(() => h.close());

/** A consultation period around today. */
const openPeriod = () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { transmittedOn: day(-10), deadline: day(40) };
};

type Errors = { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
function refusedOn(result: { errors?: readonly unknown[] }, field: string, reason: RegExp) {
  const errors = result.errors as Errors | undefined;
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errors?.[0]?.extensions?.fields?.[field]).toMatch(reason);
  expect(errors?.[0]?.message).toMatch(/^Saisie invalide/);
}

describe('the schema', () => {
  it('bounds every String input with @text, and every other ID input is a UUID', () => {
    const unbounded: string[] = [];
    const schema = standaloneSchema();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const inputs = isInputObjectType(type)
        ? Object.values(type.getFields()).map((f) => [`${type.name}.${f.name}`, f] as const)
        : isObjectType(type)
          ? Object.values(type.getFields()).flatMap((f) =>
              f.args.map((a) => [`${type.name}.${f.name}(${a.name})`, a] as const),
            )
          : [];
      for (const [name, input] of inputs) {
        const bounded = input.astNode?.directives?.some((d) => d.name.value === 'text');
        if (getNamedType(input.type).name === 'String' && !bounded) unbounded.push(name);
      }
    }
    expect(unbounded).toEqual([]);
  });
});

describe('text entering through GraphQL', () => {
  it('refuses a NUL byte in an anonymous argument instead of reaching PostgreSQL', async () => {
    const result = await h.execute(`query($x: String!) { territory(code: $x) { id } }`, { x: 'CAB\u0000' });
    refusedOn(result, 'code', /contrôle/);
  });

  it('refuses NUL in a literal of the document too, and in a nested filter', async () => {
    const literal = await h.execute(`{ territory(code: "CAB\\u0000") { id } }`);
    refusedOn(literal, 'code', /contrôle/);
    const filter = await h.execute(
      `query($c: String!, $s: String) { territory(code: $c) { communes(filter: { search: $s }) { totalCount } } }`,
      {
        c: territory.code,
        s: 'a\u0000',
      },
    );
    refusedOn(filter, 'filter.search', /contrôle/);
  });

  it('refuses a lone surrogate bound for a JSON column (an avis) and writes nothing', async () => {
    const report = await seedReport(h, territory, 'IN_CONSULTATION', openPeriod());
    const before = await h.dataSource.query(`SELECT count(*)::int AS n FROM opinions WHERE territory_id = $1`, [
      territory.id,
    ]);
    const result = await staff.execute(`mutation($i: OpinionInput!) { saveOpinionDraft(input: $i) { body { id } } }`, {
      i: {
        territoryId: territory.id,
        bodyId: report.councilBody.id,
        position: 'FAVOURABLE',
        text: 'avis \ud800',
        remarks: [],
      },
    });
    refusedOn(result, 'text', /mal encodé/);
    const after = await h.dataSource.query(`SELECT count(*)::int AS n FROM opinions WHERE territory_id = $1`, [
      territory.id,
    ]);
    expect(after).toEqual(before);
  });

  it('refuses a report title over its maximum', async () => {
    const result = await staff.execute(
      `mutation($i: CreateReportInput!) { createReport(input: $i) { report { id } } }`,
      { i: { territoryId: territory.id, referenceYear: 2031, title: 'x'.repeat(90_000) } },
    );
    refusedOn(result, 'title', /300 caractères au plus/);
  });

  it('refuses pseudonyms of zero-width spaces only, or with a right-to-left override', async () => {
    const signUp = (displayName: string) =>
      h.client().execute(`mutation($i: SignUpInput!) { signUp(input: $i) { ok } }`, {
        i: { territoryCode: territory.code, email: uniqueEmail(), displayName, password: 'un mot de passe solide' },
      });
    refusedOn(await signUp('\u200b\u200b\u200b'), 'displayName', /visibles/);
    refusedOn(await signUp('Jean\u202Egnp.exe'), 'displayName', /sens d'écriture/);
    refusedOn(
      await resident.execute(`mutation { updateProfile(input: { displayName: "a\\nb" }) { me { id } } }`),
      'displayName',
      /une seule ligne/,
    );
  });

  it('refuses an ID that is not a UUID before any SQL (the audit filter, a quartier)', async () => {
    const audit = await staff.execute(
      `query($c: String!, $a: ID) { territory(code: $c) { auditLog(filter: { actorId: $a }) { totalCount } } }`,
      { c: territory.code, a: 'not-a-uuid' },
    );
    refusedOn(audit, 'filter.actorId', /identifiant invalide/);
    const dashes = await h.execute(`query($c: String!, $q: ID!) { territory(code: $c) { quartier(id: $q) { id } } }`, {
      c: territory.code,
      q: '-'.repeat(36),
    });
    refusedOn(dashes, 'id', /identifiant invalide/);
  });

  it('stores CRLF as LF, and counts characters rather than UTF-16 units', async () => {
    const report = await seedReport(h, territory, 'IN_CONSULTATION', openPeriod());
    const text = 'Première ligne\r\nseconde ligne\rtroisième 😀';
    const result = await resident.execute(
      `mutation($i: SubmitContributionInput!) { submitContribution(input: $i) { contribution { text } } }`,
      { i: { territoryId: territory.id, reportId: report.id, sectionId: report.sections[0]!.id, text } },
    );
    expect(result.errors).toBeUndefined();
    expect(
      (result.data as { submitContribution: { contribution: { text: string } } }).submitContribution.contribution.text,
    ).toBe('Première ligne\nseconde ligne\ntroisième 😀');
    // 40 emoji are 80 UTF-16 units but 40 characters: a 40-character pseudonym.
    const emoji = await resident.execute(
      `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { me { id } } }`,
      {
        i: { displayName: '😀'.repeat(40) },
      },
    );
    expect((emoji.errors as Errors | undefined)?.[0]?.extensions?.fields?.displayName ?? '').not.toMatch(/trop long/);
  });
});
