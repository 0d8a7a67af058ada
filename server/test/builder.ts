import type { Role } from '../src/authz/index.js';
import { SESSION_COOKIE, type UserRow } from '../src/modules/identity/index.js';
import type { TerritoryFileOptions } from './factories.js';
import type { Client, Harness } from './harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from './seed.js';
import { seedReport } from './seed-consultation.js';
import { writeSession } from './session.js';

/** A harness (people get a signed-in API client) or a bare database, as e2e and browser tests have. */
type Target = Pick<Harness, 'dataSource'> & Partial<Pick<Harness, 'signedIn'>>;

/** Someone with a role in the seeded territory, signed in. */
export type SeededPerson<T extends Target> = {
  user: UserRow;
  /** The session token and its `Cookie` header, for HTTP requests and browser contexts. */
  token: string;
  cookie: string;
} & (T extends Pick<Harness, 'signedIn'> ? { client: Client } : unknown);

type Report = Awaited<ReturnType<typeof seedReport>>;
type ReportStatus = Parameters<typeof seedReport>[2];
type ReportDates = Parameters<typeof seedReport>[3];

interface PersonSpec {
  key: string;
  role: Role;
  password?: string;
}

interface Plan {
  territory: TerritoryFileOptions;
  report?: { status: ReportStatus; dates: ReportDates };
  people: PersonSpec[];
}

/**
 * A fresh territory (unique code, 3 communes, 2 quartiers, a conseil citoyen, a programmation) with
 * what a test asks for, built when awaited:
 * `const { territory, report, referent } = await seed(h).territory().report('IN_CONSULTATION').referent()`.
 * Tests that change data use it rather than the demo territories every file shares.
 */
export function seed<T extends Target>(target: T) {
  return {
    territory: (options: TerritoryFileOptions = {}) =>
      new SeedBuilder<T, { territory: SeededTerritory }>(target, { territory: options, people: [] }),
  };
}

class SeedBuilder<T extends Target, Result extends object> implements PromiseLike<Result> {
  constructor(
    private readonly target: T,
    private readonly plan: Plan,
  ) {}

  /** A report of the territory in this state, its sections written and two bodies consulted (the council and a commune). */
  report(status: ReportStatus = 'DRAFT', dates?: ReportDates) {
    return new SeedBuilder<T, Result & { report: Report }>(this.target, { ...this.plan, report: { status, dates } });
  }

  /** Someone holding this role (its scope: the territory's council, or its first commune), under `key`. */
  person<K extends string>(key: K, role: Role, options: { password?: string } = {}) {
    return new SeedBuilder<T, Result & Record<K, SeededPerson<T>>>(this.target, {
      ...this.plan,
      people: [...this.plan.people, { key, role, ...options }],
    });
  }

  staff() {
    return this.person('staff', 'STAFF');
  }
  admin() {
    return this.person('admin', 'ADMIN');
  }
  /** The référent of the territory's conseil citoyen: the council the seeded report consults. */
  referent() {
    return this.person('referent', 'COUNCIL_REFERENT');
  }
  councilMember() {
    return this.person('councilMember', 'COUNCIL_MEMBER');
  }
  communeRepresentative() {
    return this.person('communeRepresentative', 'COMMUNE_REPRESENTATIVE');
  }
  resident() {
    return this.person('resident', 'RESIDENT');
  }

  then<A = Result, B = never>(
    onFulfilled?: ((value: Result) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    return this.build().then(onFulfilled, onRejected);
  }

  private async build(): Promise<Result> {
    const { target, plan } = this;
    const territory = await seedTerritory(target, plan.territory);
    const result: Record<string, unknown> = { territory };
    if (plan.report) result.report = await seedReport(target, territory, plan.report.status, plan.report.dates);
    for (const spec of plan.people) result[spec.key] = await this.signIn(territory, spec);
    return result as Result;
  }

  private async signIn(territory: SeededTerritory, { role, password }: PersonSpec) {
    const { target } = this;
    const user = await seedUser(target, { territory, role, password, ownCouncil: false });
    if (!target.signedIn) return { user, ...(await writeSession(target.dataSource, user.id)) };
    const client = await target.signedIn(user.id);
    return { user, client, token: client.token!, cookie: `${SESSION_COOKIE}=${client.token}` };
  }
}
