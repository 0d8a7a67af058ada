import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliberations of conseils municipaux attached to their avis (tables only). */
export class DeliberationFiles1795455461623 implements MigrationInterface {
  name = 'DeliberationFiles1795455461623';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "deliberation_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "body_id" uuid NOT NULL, "filename" text NOT NULL, "content" bytea NOT NULL, "size" integer NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_73e608fce8736a3df9c5b038172" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "deliberation_files_territory_idx" ON "deliberation_files"  ("territory_id") ');
    await q.query('CREATE UNIQUE INDEX "deliberation_files_body_key" ON "deliberation_files"  ("body_id") ');
    await q.query(
      'ALTER TABLE "deliberation_files" ADD CONSTRAINT "FK_4effd0cee791969c44a3218d58c" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "deliberation_files" ADD CONSTRAINT "FK_408c4544ea823aa05aa1fe542a8" FOREIGN KEY ("body_id") REFERENCES "consulted_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "deliberation_files" DROP CONSTRAINT "FK_408c4544ea823aa05aa1fe542a8"');
    await q.query('ALTER TABLE "deliberation_files" DROP CONSTRAINT "FK_4effd0cee791969c44a3218d58c"');
    await q.query('DROP INDEX "public"."deliberation_files_body_key"');
    await q.query('DROP INDEX "public"."deliberation_files_territory_idx"');
    await q.query('DROP TABLE "deliberation_files"');
  }
}
