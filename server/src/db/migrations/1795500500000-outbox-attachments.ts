import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files sent with an email (an event's `.ics`): `[{filename, contentType, content}]`, text content,
 * written with the message in the transaction of what it reports, as the rest of the outbox.
 */
export class OutboxAttachments1795500500000 implements MigrationInterface {
  name = 'OutboxAttachments1795500500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "email_outbox" ADD "attachments" jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "email_outbox" DROP COLUMN "attachments"');
  }
}
