import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff sort a programmation's actions by title or dossier number (status is served by the status
 * index): each order walks an index led by territory and programmation, page after page.
 */
export class ActionOrderIndexes1795512000000 implements MigrationInterface {
  name = 'ActionOrderIndexes1795512000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX "actions_territory_programmation_title_idx" ON "actions" ("territory_id", "programmation_id", "title", "id")',
    );
    await q.query(
      `CREATE INDEX "actions_territory_programmation_reference_idx" ON "actions"
       ("territory_id", "programmation_id", (coalesce("reference", '')), "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "actions_territory_programmation_reference_idx"');
    await q.query('DROP INDEX "actions_territory_programmation_title_idx"');
  }
}
