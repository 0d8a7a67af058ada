import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One moderation for everything residents write: settings per territory and kind, items (status,
 * refusal reason, reports, hiding) and reports. Contributions' moderation state moves onto items.
 */
export class Moderation1795481000000 implements MigrationInterface {
  name = 'Moderation1795481000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "moderation_settings" ("territory_id" uuid NOT NULL, "kind" text NOT NULL,
      "mode" text NOT NULL, "report_threshold" integer NOT NULL,
      CONSTRAINT "moderation_settings_pkey" PRIMARY KEY ("territory_id", "kind"),
      CONSTRAINT "moderation_settings_mode_check" CHECK ("mode" IN ('PRE', 'POST')),
      CONSTRAINT "moderation_settings_threshold_check" CHECK ("report_threshold" >= 1),
      CONSTRAINT "moderation_settings_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "moderation_items" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" text NOT NULL, "subject_id" uuid NOT NULL, "author_id" uuid NOT NULL, "excerpt" text NOT NULL,
      "context" text NOT NULL, "status" text NOT NULL, "reason_code" text, "reason_text" text,
      "report_count" integer NOT NULL DEFAULT 0, "hidden_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid,
      "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "moderation_items_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "moderation_items_status_check" CHECK ("status" IN ('PENDING', 'PUBLISHED', 'REJECTED')),
      CONSTRAINT "moderation_items_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    await q.query(
      'CREATE UNIQUE INDEX "moderation_items_subject_key" ON "moderation_items" ("territory_id", "kind", "subject_id")',
    );
    await q.query(
      'CREATE INDEX "moderation_items_queue_idx" ON "moderation_items" ("territory_id", "status", "hidden_at", "created_at")',
    );
    await q.query(`CREATE TABLE "moderation_reports" ("territory_id" uuid NOT NULL, "item_id" uuid NOT NULL,
      "reporter_id" uuid NOT NULL, "reason" text NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "moderation_reports_pkey" PRIMARY KEY ("territory_id", "item_id", "reporter_id"),
      CONSTRAINT "moderation_reports_item_fkey" FOREIGN KEY ("territory_id", "item_id") REFERENCES "moderation_items"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "moderation_reports_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);

    // Existing contributions keep their state; a refusal's reason becomes free text under OTHER.
    await q.query(`INSERT INTO moderation_items (territory_id, kind, subject_id, author_id, excerpt, context, status,
        reason_code, reason_text, decided_by, decided_at, created_at)
      SELECT c.territory_id, 'CONTRIBUTION', c.id, c.author_id, left(c.text, 500),
        r.title || ' — ' || s.title, c.status,
        CASE WHEN c.status = 'REJECTED' THEN 'OTHER' END, c.rejection_reason, c.moderated_by, c.moderated_at, c.created_at
      FROM contributions c JOIN reports r ON r.id = c.report_id JOIN report_sections s ON s.id = c.section_id`);
    await q.query('DROP INDEX "public"."contributions_territory_report_status_idx"');
    await q.query(
      'ALTER TABLE "contributions" DROP COLUMN "status", DROP COLUMN "rejection_reason", DROP COLUMN "moderated_by", DROP COLUMN "moderated_at"',
    );
    await q.query(
      'CREATE INDEX "contributions_territory_report_idx" ON "contributions" ("territory_id", "report_id", "created_at")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "contributions" ADD "status" text NOT NULL DEFAULT 'PENDING', ADD "rejection_reason" text,
      ADD "moderated_by" uuid, ADD "moderated_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE contributions c SET status = m.status, rejection_reason = m.reason_text,
        moderated_by = m.decided_by, moderated_at = m.decided_at
      FROM moderation_items m WHERE m.territory_id = c.territory_id AND m.kind = 'CONTRIBUTION' AND m.subject_id = c.id`);
    await q.query('DROP INDEX "public"."contributions_territory_report_idx"');
    await q.query(
      'CREATE INDEX "contributions_territory_report_status_idx" ON "contributions" ("territory_id", "report_id", "status", "created_at")',
    );
    await q.query('DROP TABLE "moderation_reports"');
    await q.query('DROP TABLE "moderation_items"');
    await q.query('DROP TABLE "moderation_settings"');
  }
}
