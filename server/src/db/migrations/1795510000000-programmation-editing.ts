import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff edit the programmation: a programmation is a draft until published (the public sees only
 * published ones), an action goes from submitted to funded, refused or abandoned, and each edited
 * row carries a version for optimistic concurrency. Fundings, operators and funders get what the
 * SCDL « Subventions » file needs (SIRET, RNA, convention date, payment terms). Imports of
 * spreadsheets keep their preview until applied. Rows imported from published reports are PUBLISHED
 * and FUNDED (the defaults); staff's own creations say their status explicitly.
 */
export class ProgrammationEditing1795510000000 implements MigrationInterface {
  name = 'ProgrammationEditing1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programmations"
      ADD "status" text NOT NULL DEFAULT 'PUBLISHED' CHECK ("status" IN ('DRAFT', 'PUBLISHED')),
      ADD "published_at" timestamptz,
      ADD "version" integer NOT NULL DEFAULT 1,
      ADD "updated_at" timestamptz NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE "actions"
      ADD "status" text NOT NULL DEFAULT 'FUNDED'
        CHECK ("status" IN ('SUBMITTED', 'FUNDED', 'REFUSED', 'ABANDONED')),
      ADD "reference" text,
      ADD "description" text,
      ADD "start_date" date,
      ADD "end_date" date,
      ADD "version" integer NOT NULL DEFAULT 1,
      ADD "updated_at" timestamptz NOT NULL DEFAULT now()`);
    await q.query(
      'CREATE INDEX "actions_territory_programmation_status_idx" ON "actions" ("territory_id", "programmation_id", "status", "title", "id")',
    );
    await q.query(
      'CREATE UNIQUE INDEX "actions_territory_year_reference_key" ON "actions" ("territory_id", "year", "reference")',
    );
    await q.query(`ALTER TABLE "fundings"
      ADD "credit_type" text CHECK ("credit_type" IN ('SPECIFIC', 'DROIT_COMMUN')),
      ADD "fund" text,
      ADD "convention_date" date,
      ADD "decision_reference" text,
      ADD "payment_conditions" text,
      ADD "payment_period" text`);
    await q.query(`ALTER TABLE "operators"
      ADD "siret" text CHECK ("siret" ~ '^[0-9]{14}$'),
      ADD "rna" text CHECK ("rna" ~ '^W[0-9]{9}$'),
      ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "funders"
      ADD "legal_name" text,
      ADD "siret" text CHECK ("siret" ~ '^[0-9]{14}$'),
      ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE TABLE "programmation_imports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "territory_id" uuid NOT NULL REFERENCES "territories"("id") ON DELETE CASCADE,
      "year" integer NOT NULL,
      "filename" text NOT NULL,
      "file_hash" text NOT NULL,
      "status" text NOT NULL DEFAULT 'PREVIEW' CHECK ("status" IN ('PREVIEW', 'APPLIED', 'DISCARDED')),
      "plan" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "summary" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "applied_at" timestamptz,
      CONSTRAINT "PK_programmation_imports" PRIMARY KEY ("id"))`);
    await q.query(
      'CREATE INDEX "programmation_imports_territory_year_idx" ON "programmation_imports" ("territory_id", "year", "created_at")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "programmation_imports"');
    await q.query('ALTER TABLE "funders" DROP "legal_name", DROP "siret", DROP "version"');
    await q.query('ALTER TABLE "operators" DROP "siret", DROP "rna", DROP "version"');
    await q.query(`ALTER TABLE "fundings" DROP "credit_type", DROP "fund", DROP "convention_date",
      DROP "decision_reference", DROP "payment_conditions", DROP "payment_period"`);
    await q.query('DROP INDEX "actions_territory_year_reference_key"');
    await q.query('DROP INDEX "actions_territory_programmation_status_idx"');
    await q.query(`ALTER TABLE "actions" DROP "status", DROP "reference", DROP "description", DROP "start_date",
      DROP "end_date", DROP "version", DROP "updated_at"`);
    await q.query('ALTER TABLE "programmations" DROP "status", DROP "published_at", DROP "version", DROP "updated_at"');
  }
}
