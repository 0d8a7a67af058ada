import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The territory's logo, set by its admins: one PNG per territory, re-encoded by the server. */
export class TerritoryLogo1795470000000 implements MigrationInterface {
  name = 'TerritoryLogo1795470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "territory_logos" ("territory_id" uuid NOT NULL, "content" bytea NOT NULL, "size" integer NOT NULL,
         "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         CONSTRAINT "territory_logos_pkey" PRIMARY KEY ("territory_id"),
         CONSTRAINT "territory_logos_territory_fk" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "territory_logos"');
  }
}
