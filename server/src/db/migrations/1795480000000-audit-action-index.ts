import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The console's journal filters by action (`enum AuditAction`): one territory, one action, newest first. */
export class AuditActionIndex1795480000000 implements MigrationInterface {
  name = 'AuditActionIndex1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX "audit_log_territory_action_at_idx" ON "audit_log" ("territory_id", "action", "at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."audit_log_territory_action_at_idx"');
  }
}
