import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each consulted body was reached: an address recorded for its mayor or president, a
 * transmission by post, and the date and channel of the transmission the platform knows of (the
 * period of the décret and the tacit avis run from it). Bodies of consultations already opened
 * were emailed at opening under the earlier rules: they keep their report's transmission date.
 */
export class BodyTransmission1795460000000 implements MigrationInterface {
  name = 'BodyTransmission1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "consulted_bodies" ADD "recipient_email" text, ADD "posted_on" date, ADD "transmitted_on" date,
         ADD "transmission_channel" text,
         ADD CONSTRAINT "consulted_bodies_transmission_channel_check" CHECK ("transmission_channel" IN ('EMAIL', 'POST'))`,
    );
    await q.query(
      `UPDATE "consulted_bodies" b SET "transmitted_on" = r."transmitted_on", "transmission_channel" = 'EMAIL'
       FROM "reports" r WHERE r."id" = b."report_id" AND r."status" <> 'DRAFT' AND r."transmitted_on" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "consulted_bodies" DROP CONSTRAINT "consulted_bodies_transmission_channel_check",
         DROP COLUMN "transmission_channel", DROP COLUMN "transmitted_on", DROP COLUMN "posted_on", DROP COLUMN "recipient_email"`,
    );
  }
}
