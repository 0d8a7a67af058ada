import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports, their consultation, consulted bodies and avis (tables only). */
export class Consultation1795454172758 implements MigrationInterface {
  name = 'Consultation1795454172758';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "reference_year" integer NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT \'DRAFT\', "easy_read_summary" text, "adopted_on" date, "transmitted_on" date, "deadline" date, "approved_on" date, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "reports_territory_year_key" ON "reports"  ("territory_id", "reference_year") ');
    await q.query(
      'CREATE TABLE "report_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "report_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_dd54e3d870698f0958ceaa0097f" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "report_sections_territory_report_idx" ON "report_sections"  ("territory_id", "report_id", "position") ',
    );
    await q.query(
      'CREATE TABLE "report_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "report_id" uuid NOT NULL, "number" integer NOT NULL, "label" text NOT NULL, "sections" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, CONSTRAINT "PK_6d3b864a941bf10036efe50ae81" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "report_versions_territory_report_idx" ON "report_versions"  ("territory_id", "report_id", "number") ',
    );
    await q.query(
      'CREATE TABLE "report_transitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "report_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" uuid, CONSTRAINT "PK_80cbe676065408ba995664ebbce" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "report_transitions_territory_report_idx" ON "report_transitions"  ("territory_id", "report_id", "at") ',
    );
    await q.query(
      'CREATE TABLE "consulted_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "report_id" uuid NOT NULL, "kind" text NOT NULL, "citizen_council_id" uuid, "commune_id" uuid, "name" text NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8f0711f5a28dafc127617244cc8" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "consulted_bodies_report_commune_key" ON "consulted_bodies"  ("report_id", "commune_id") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "consulted_bodies_report_council_key" ON "consulted_bodies"  ("report_id", "citizen_council_id") ',
    );
    await q.query(
      'CREATE INDEX "consulted_bodies_territory_report_idx" ON "consulted_bodies"  ("territory_id", "report_id") ',
    );
    await q.query(
      'CREATE TABLE "opinions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "report_id" uuid NOT NULL, "body_id" uuid NOT NULL, "position" text NOT NULL, "text" text NOT NULL DEFAULT \'\', "deliberation_on" date, "tacit" boolean NOT NULL DEFAULT false, "late" boolean NOT NULL DEFAULT false, "revision" integer NOT NULL, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_40e5faf85211ee31acc8ed669ce" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "opinions_body_key" ON "opinions"  ("body_id") ');
    await q.query('CREATE INDEX "opinions_territory_report_idx" ON "opinions"  ("territory_id", "report_id") ');
    await q.query(
      'CREATE TABLE "opinion_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "opinion_id" uuid NOT NULL, "revision" integer NOT NULL, "content" jsonb NOT NULL, "submitted_by" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ff158805c1202b9b77a2101dc79" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "opinion_revisions_territory_opinion_idx" ON "opinion_revisions"  ("territory_id", "opinion_id", "revision") ',
    );
    await q.query(
      'CREATE TABLE "opinion_remarks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "opinion_id" uuid NOT NULL, "section_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "response" text, "responded_by" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ca61abef9dbf3ca047fb79c770e" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "opinion_remarks_territory_section_idx" ON "opinion_remarks"  ("territory_id", "section_id") ',
    );
    await q.query(
      'CREATE INDEX "opinion_remarks_territory_opinion_idx" ON "opinion_remarks"  ("territory_id", "opinion_id") ',
    );
    await q.query(
      'CREATE TABLE "opinion_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "body_id" uuid NOT NULL, "content" jsonb NOT NULL, "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_385e22f66d94fdf0348c1a0905f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "opinion_drafts_body_key" ON "opinion_drafts"  ("body_id") ');
    await q.query(
      'ALTER TABLE "reports" ADD CONSTRAINT "FK_5da74756717f8035af02a37ebcd" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "report_sections" ADD CONSTRAINT "FK_843cc2e23a9a7d50ca9071f2e22" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "report_sections" ADD CONSTRAINT "FK_9afc2533a7fe2715f193e40556c" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "report_versions" ADD CONSTRAINT "FK_c00a9e39acbb0a0f4c8a94e0d5f" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "report_versions" ADD CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "report_transitions" ADD CONSTRAINT "FK_c928efe9d48af9dfddfeacbdde4" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "report_transitions" ADD CONSTRAINT "FK_e0ed78e3ed0b89c915fca0a89c2" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "consulted_bodies" ADD CONSTRAINT "FK_680567fd76ef0d96fb036202264" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "consulted_bodies" ADD CONSTRAINT "FK_c79ad2ac73422c67633d7246473" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "consulted_bodies" ADD CONSTRAINT "FK_0c31d04cc81c16115d7ae8ed981" FOREIGN KEY ("citizen_council_id") REFERENCES "citizen_councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "consulted_bodies" ADD CONSTRAINT "FK_01cec7be709c882e496411e3711" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinions" ADD CONSTRAINT "FK_4a0bc58641c495b57fdcfffe7d5" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinions" ADD CONSTRAINT "FK_acaa36aa9ed48eac0f133af50e9" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinions" ADD CONSTRAINT "FK_3722f438686ea4500e550f358ee" FOREIGN KEY ("body_id") REFERENCES "consulted_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_revisions" ADD CONSTRAINT "FK_6a666966f0fbc244016f8b2b6a9" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_revisions" ADD CONSTRAINT "FK_af9799d0813874e84d1ade0789a" FOREIGN KEY ("opinion_id") REFERENCES "opinions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_remarks" ADD CONSTRAINT "FK_f631c0b0d59eae70808618d3ff8" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_remarks" ADD CONSTRAINT "FK_10fc1ea188a5cfe500a3408c185" FOREIGN KEY ("opinion_id") REFERENCES "opinions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_remarks" ADD CONSTRAINT "FK_87b5cf309f72ab04c541bd9469a" FOREIGN KEY ("section_id") REFERENCES "report_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_drafts" ADD CONSTRAINT "FK_1a65973a6f6bdb2b82b0659078d" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "opinion_drafts" ADD CONSTRAINT "FK_a039a17909a76dcb7b2e17bf4a6" FOREIGN KEY ("body_id") REFERENCES "consulted_bodies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "opinion_drafts" DROP CONSTRAINT "FK_a039a17909a76dcb7b2e17bf4a6"');
    await q.query('ALTER TABLE "opinion_drafts" DROP CONSTRAINT "FK_1a65973a6f6bdb2b82b0659078d"');
    await q.query('ALTER TABLE "opinion_remarks" DROP CONSTRAINT "FK_87b5cf309f72ab04c541bd9469a"');
    await q.query('ALTER TABLE "opinion_remarks" DROP CONSTRAINT "FK_10fc1ea188a5cfe500a3408c185"');
    await q.query('ALTER TABLE "opinion_remarks" DROP CONSTRAINT "FK_f631c0b0d59eae70808618d3ff8"');
    await q.query('ALTER TABLE "opinion_revisions" DROP CONSTRAINT "FK_af9799d0813874e84d1ade0789a"');
    await q.query('ALTER TABLE "opinion_revisions" DROP CONSTRAINT "FK_6a666966f0fbc244016f8b2b6a9"');
    await q.query('ALTER TABLE "opinions" DROP CONSTRAINT "FK_3722f438686ea4500e550f358ee"');
    await q.query('ALTER TABLE "opinions" DROP CONSTRAINT "FK_acaa36aa9ed48eac0f133af50e9"');
    await q.query('ALTER TABLE "opinions" DROP CONSTRAINT "FK_4a0bc58641c495b57fdcfffe7d5"');
    await q.query('ALTER TABLE "consulted_bodies" DROP CONSTRAINT "FK_01cec7be709c882e496411e3711"');
    await q.query('ALTER TABLE "consulted_bodies" DROP CONSTRAINT "FK_0c31d04cc81c16115d7ae8ed981"');
    await q.query('ALTER TABLE "consulted_bodies" DROP CONSTRAINT "FK_c79ad2ac73422c67633d7246473"');
    await q.query('ALTER TABLE "consulted_bodies" DROP CONSTRAINT "FK_680567fd76ef0d96fb036202264"');
    await q.query('ALTER TABLE "report_transitions" DROP CONSTRAINT "FK_e0ed78e3ed0b89c915fca0a89c2"');
    await q.query('ALTER TABLE "report_transitions" DROP CONSTRAINT "FK_c928efe9d48af9dfddfeacbdde4"');
    await q.query('ALTER TABLE "report_versions" DROP CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3"');
    await q.query('ALTER TABLE "report_versions" DROP CONSTRAINT "FK_c00a9e39acbb0a0f4c8a94e0d5f"');
    await q.query('ALTER TABLE "report_sections" DROP CONSTRAINT "FK_9afc2533a7fe2715f193e40556c"');
    await q.query('ALTER TABLE "report_sections" DROP CONSTRAINT "FK_843cc2e23a9a7d50ca9071f2e22"');
    await q.query('ALTER TABLE "reports" DROP CONSTRAINT "FK_5da74756717f8035af02a37ebcd"');
    await q.query('DROP INDEX "public"."opinion_drafts_body_key"');
    await q.query('DROP TABLE "opinion_drafts"');
    await q.query('DROP INDEX "public"."opinion_remarks_territory_opinion_idx"');
    await q.query('DROP INDEX "public"."opinion_remarks_territory_section_idx"');
    await q.query('DROP TABLE "opinion_remarks"');
    await q.query('DROP INDEX "public"."opinion_revisions_territory_opinion_idx"');
    await q.query('DROP TABLE "opinion_revisions"');
    await q.query('DROP INDEX "public"."opinions_territory_report_idx"');
    await q.query('DROP INDEX "public"."opinions_body_key"');
    await q.query('DROP TABLE "opinions"');
    await q.query('DROP INDEX "public"."consulted_bodies_territory_report_idx"');
    await q.query('DROP INDEX "public"."consulted_bodies_report_council_key"');
    await q.query('DROP INDEX "public"."consulted_bodies_report_commune_key"');
    await q.query('DROP TABLE "consulted_bodies"');
    await q.query('DROP INDEX "public"."report_transitions_territory_report_idx"');
    await q.query('DROP TABLE "report_transitions"');
    await q.query('DROP INDEX "public"."report_versions_territory_report_idx"');
    await q.query('DROP TABLE "report_versions"');
    await q.query('DROP INDEX "public"."report_sections_territory_report_idx"');
    await q.query('DROP TABLE "report_sections"');
    await q.query('DROP INDEX "public"."reports_territory_year_key"');
    await q.query('DROP TABLE "reports"');
  }
}
