import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Residents' contributions to the draft report, moderated before publication. */
export class Contributions1795455170958 implements MigrationInterface {
  name = 'Contributions1795455170958';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "contributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "report_id" uuid NOT NULL, "section_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "status" text NOT NULL DEFAULT \'PENDING\', "rejection_reason" text, "moderated_by" uuid, "moderated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "contributions_author_idx" ON "contributions"  ("author_id") ');
    await q.query(
      'CREATE INDEX "contributions_territory_report_status_idx" ON "contributions"  ("territory_id", "report_id", "status", "created_at") ',
    );
    await q.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_0faa395ad5b3f67bad5c75c6ab6" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_d5f3e968ca56cee0ad5768a6ea9" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_e5489884c7640b7649fff672b08" FOREIGN KEY ("section_id") REFERENCES "report_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "contributions" ADD CONSTRAINT "FK_bce87730f5bfc0c6c1cfbb3a58a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_bce87730f5bfc0c6c1cfbb3a58a"');
    await q.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_e5489884c7640b7649fff672b08"');
    await q.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_d5f3e968ca56cee0ad5768a6ea9"');
    await q.query('ALTER TABLE "contributions" DROP CONSTRAINT "FK_0faa395ad5b3f67bad5c75c6ab6"');
    await q.query('DROP INDEX "public"."contributions_territory_report_status_idx"');
    await q.query('DROP INDEX "public"."contributions_author_idx"');
    await q.query('DROP TABLE "contributions"');
  }
}
