import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDataSource } from '../data-source.js';
import { migrations } from './index.js';
import { Moderation1795481000000 } from './1795481000000-moderation.js';
import { seedTerritory, seedUser } from '../../../test/seed.js';
import { createConsultationStore } from '../../modules/consultation/consultation.store.js';
import { REPORT_PLAN } from '../../modules/consultation/report-plan.js';
import type { DataSource } from 'typeorm';

/*
 * On a database of its own (the run's one is shared by files running in parallel): every migration
 * before the moderation one, contributions in their three states, then the moderation migration.
 */
const name = `moderation_migration_${Math.random().toString(36).slice(2, 10)}`;
let admin: DataSource;
let ds: DataSource;
beforeAll(async () => {
  admin = createDataSource(inject('databaseUrl'), { poolSize: 1 }).dataSource;
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${name}`;
  ds = createDataSource(url.toString(), { poolSize: 2 }).dataSource;
  ds.setOptions({ migrations: migrations.filter((m) => m !== Moderation1795481000000) });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
});
afterAll(async () => {
  await ds?.destroy();
  await admin?.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin?.destroy();
});

describe('the moderation migration', () => {
  it('moves each contribution’s status, refusal reason and decision onto its moderation item, and back', async () => {
    const territory = await seedTerritory({ dataSource: ds });
    const author = await seedUser({ dataSource: ds }, { territory, role: 'RESIDENT' });
    const store = createConsultationStore(ds);
    const report = (await store.insertReport({
      territoryId: territory.id,
      referenceYear: 2025,
      title: 'Rapport 2025',
      at: new Date(),
    }))!;
    await store.insertSections(territory.id, report.id, REPORT_PLAN);
    const [section] = (await ds.query(`SELECT id, title FROM report_sections WHERE report_id = $1 ORDER BY position`, [
      report.id,
    ])) as { id: string; title: string }[];
    const insert = (text: string, status: string, reason: string | null, decided: boolean) =>
      ds.query(
        `INSERT INTO contributions (territory_id, report_id, section_id, author_id, text, status, rejection_reason,
           moderated_by, moderated_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING id`,
        [
          territory.id,
          report.id,
          section!.id,
          author.id,
          text,
          status,
          reason,
          decided ? author.id : null,
          decided ? new Date() : null,
        ],
      );
    await insert('En attente', 'PENDING', null, false);
    await insert('Publiée', 'PUBLISHED', null, true);
    await insert('Refusée', 'REJECTED', 'Hors sujet.', true);

    const runner = ds.createQueryRunner();
    await new Moderation1795481000000().up(runner);
    const items = (await ds.query(
      `SELECT c.text, m.kind, m.status, m.reason_code, m.reason_text, m.decided_by IS NOT NULL AS decided, m.context,
              m.report_count, m.hidden_at
       FROM moderation_items m JOIN contributions c ON c.id = m.subject_id ORDER BY c.text`,
    )) as Record<string, unknown>[];
    const context = `Rapport 2025 — ${section!.title}`;
    const common = { kind: 'CONTRIBUTION', context, report_count: 0, hidden_at: null };
    expect(items).toEqual([
      { text: 'En attente', status: 'PENDING', reason_code: null, reason_text: null, decided: false, ...common },
      { text: 'Publiée', status: 'PUBLISHED', reason_code: null, reason_text: null, decided: true, ...common },
      {
        text: 'Refusée',
        status: 'REJECTED',
        reason_code: 'OTHER',
        reason_text: 'Hors sujet.',
        decided: true,
        ...common,
      },
    ]);

    await new Moderation1795481000000().down(runner);
    await runner.release();
    expect(await ds.query(`SELECT text, status, rejection_reason FROM contributions ORDER BY text`)).toEqual([
      { text: 'En attente', status: 'PENDING', rejection_reason: null },
      { text: 'Publiée', status: 'PUBLISHED', rejection_reason: null },
      { text: 'Refusée', status: 'REJECTED', rejection_reason: 'Hors sujet.' },
    ]);
  });
});
