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
import { demoOutline } from './modules/territory/index.js';
import { seedDemoReport } from './modules/consultation/index.js';
import { seedDemoIdeas } from './modules/ideas/index.js';
import { seedDemoEvents } from './modules/events/index.js';
import { seedDemoProgrammation } from './modules/programmation/index.js';
import { frenchDate, systemClock, type Clock } from './shared/clock.js';

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

  const outline = demoOutline(ds);
  const all = await outline.territories();
  const { staffId } = await seedDemoAccounts(
    ds,
    all.map((t) => t.id),
  );
  const demo = all.find((t) => t.code === 'DEMO')!;
  const [councils, communes] = await outline.councilsAndCommunes(demo.id);
  const people = await seedDemoPeople(ds, demo.id, { councils, communes });
  const { report, created } = await seedDemoReport(ds, demo.id, { staffId, ...people }, clock);
  const ideas = await seedDemoIdeas(ds, demo.id, { staffId, ...people, councils }, clock);
  const resident = { id: people.residentId, name: DEMO_RESIDENT.displayName, email: DEMO_RESIDENT.email };
  const events = await seedDemoEvents(ds, demo.id, { staffId, resident, communes, councils }, clock);
  const draft = await seedDemoProgrammation(ds, demo.id);
  log(
    `Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») : ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}, ` +
      `${DEMO_RESIDENT.email}, et pour ${demo.code} un référent par conseil citoyen (referent.…) et une mairie par commune (mairie.…)`,
  );
  log(
    created
      ? `Rapport ${report.referenceYear} de ${demo.code} mis en consultation jusqu’au ${frenchDate(report.deadline!)}`
      : `Rapport ${report.referenceYear} de ${demo.code} déjà présent : laissé tel quel`,
  );
  log(
    ideas
      ? `Idées de démonstration écrites pour ${demo.code}`
      : `Idées de ${demo.code} déjà présentes : laissées telles quelles`,
  );
  log(
    events
      ? `Événements de démonstration écrits pour ${demo.code}`
      : `Événements de ${demo.code} déjà présents : laissés tels quels`,
  );
  log(
    draft
      ? `Programmation 2026 de ${demo.code} écrite en brouillon (visible de l’équipe seulement)`
      : `Programmation 2026 de ${demo.code} déjà présente : laissée telle quelle`,
  );
}
