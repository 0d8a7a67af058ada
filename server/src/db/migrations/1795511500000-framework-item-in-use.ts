import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An item of the strategy tree that actions are filed under cannot be removed: the database refuses
 * it (the territory module, below the programmation, does not read the actions table to count them).
 * Until now such a removal silently left the actions without their place in the tree.
 */
export class FrameworkItemInUse1795511500000 implements MigrationInterface {
  name = 'FrameworkItemInUse1795511500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_7d53058c5b0fbd212573fc00277",
      ADD CONSTRAINT "FK_7d53058c5b0fbd212573fc00277" FOREIGN KEY ("framework_item_id")
        REFERENCES "framework_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_7d53058c5b0fbd212573fc00277",
      ADD CONSTRAINT "FK_7d53058c5b0fbd212573fc00277" FOREIGN KEY ("framework_item_id")
        REFERENCES "framework_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }
}
