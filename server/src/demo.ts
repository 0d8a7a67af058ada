import type { DataSource } from 'typeorm';
import type { Env } from './config/env.js';
import { importDemoData } from './import/index.js';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_RESIDENT,
  seedDemoAccounts,
  seedDemoPeople,
} from './modules/identity/index.js';
import { createTerritoryStore } from './modules/territory/index.js';
import { seedDemoReport } from './modules/consultation/index.js';
import { frenchDate, systemClock, type Clock } from './shared/clock.js';
import { toPage, type Connection, type Page } from './shared/pagination.js';

/** Every node of a list, page after page. */
async function everyNode<T>(list: (page: Page) => Promise<Connection<T>>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const connection: Connection<T> = await list(toPage({ first: 100, after }));
    nodes.push(...connection.edges.map((e) => e.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/**
 * The demo, at every start (idempotent): the territories' data, and outside production the demo
 * accounts, the people of the fictional territory (DEMO) and its 2025 report in consultation.
 */
export async function seedDemo(
  ds: DataSource,
  env: Pick<Env, 'NODE_ENV'>,
  { clock = systemClock, log = console.log }: { clock?: Clock; log?: (line: string) => void } = {},
) {
  const started = performance.now();
  const reports = await importDemoData(ds);
  log(
    `Données de démonstration : ${reports.map((r) => r.summary).join(' ; ')} (${Math.round(performance.now() - started)} ms)`,
  );
  if (env.NODE_ENV === 'production') return;

  const territories = createTerritoryStore(ds);
  const all = await everyNode((page) => territories.listTerritories(page));
  const { staffId } = await seedDemoAccounts(
    ds,
    all.map((t) => t.id),
  );
  const demo = all.find((t) => t.code === 'DEMO')!;
  const [councils, communes] = await Promise.all([
    everyNode((page) => territories.listCitizenCouncils(demo.id, page)),
    everyNode((page) => territories.listCommunes(demo.id, page, {})),
  ]);
  const people = await seedDemoPeople(ds, demo.id, { councils, communes });
  const { report, created } = await seedDemoReport(ds, demo.id, { staffId, ...people }, clock);
  log(
    `Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») : ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}, ` +
      `${DEMO_RESIDENT.email}, et pour ${demo.code} un référent par conseil citoyen (referent.…) et une mairie par commune (mairie.…)`,
  );
  log(
    created
      ? `Rapport ${report.referenceYear} de ${demo.code} mis en consultation jusqu’au ${frenchDate(report.deadline!)}`
      : `Rapport ${report.referenceYear} de ${demo.code} déjà présent : laissé tel quel`,
  );
}
