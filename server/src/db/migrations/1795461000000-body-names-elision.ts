import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deOf } from '../../../../ui-kit/src/french.js';

/**
 * Communes' councils were named « Conseil municipal de » + the commune in SQL (« de Auchel »). They
 * are renamed by the rule the store now applies (« d’Auchel », « du Portel »); a name staff changed
 * is left as they wrote it. The rule lives in TypeScript, so rows are read and written one by one:
 * a territory has a few dozen consulted communes.
 */
export class BodyNamesElision1795461000000 implements MigrationInterface {
  name = 'BodyNamesElision1795461000000';

  async up(q: QueryRunner): Promise<void> {
    const rows: { id: string; commune: string }[] = await q.query(
      `SELECT b."id", c."name" AS "commune" FROM "consulted_bodies" b
       JOIN "communes" c ON c."territory_id" = b."territory_id" AND c."id" = b."commune_id"
       WHERE b."kind" = 'COMMUNE' AND b."name" = 'Conseil municipal de ' || c."name"`,
    );
    for (const { id, commune } of rows) {
      const name = `Conseil municipal ${deOf(commune)}`;
      if (name !== `Conseil municipal de ${commune}`)
        await q.query(`UPDATE "consulted_bodies" SET "name" = $2 WHERE "id" = $1`, [id, name]);
    }
  }

  async down(): Promise<void> {
    // The earlier names were a spelling mistake: nothing to restore.
  }
}
