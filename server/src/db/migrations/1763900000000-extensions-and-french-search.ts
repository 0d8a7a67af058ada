import type { MigrationInterface, QueryRunner } from 'typeorm';

/** pg_trgm and unaccent, and a French text-search configuration that ignores accents. */
export class ExtensionsAndFrenchSearch1763900000000 implements MigrationInterface {
  name = 'ExtensionsAndFrenchSearch1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await q.query('CREATE TEXT SEARCH CONFIGURATION public.fr_unaccent (COPY = pg_catalog.french)');
    await q.query(`ALTER TEXT SEARCH CONFIGURATION public.fr_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TEXT SEARCH CONFIGURATION public.fr_unaccent');
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
