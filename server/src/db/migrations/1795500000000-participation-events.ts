import type { MigrationInterface, QueryRunner } from 'typeorm';

const TERRITORY = (table: string) =>
  `CONSTRAINT "${table}_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE`;

/**
 * Participation events (Labo de la participation, workshops, governance meetings): the events with
 * their accessibility and attendance, themes from the strategy tree, outcomes, registrations with a
 * waiting list (arrival order from a sequence), per-territory settings, and the idea ↔ event origin.
 * Every index leads with territory_id.
 */
export class ParticipationEvents1795500000000 implements MigrationInterface {
  name = 'ParticipationEvents1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "participation_events" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" text NOT NULL, "title" text NOT NULL, "description" text,
      "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "date_precision" text NOT NULL DEFAULT 'TIME', "place" text, "commune_id" uuid, "quartier_id" uuid,
      "topics" text array NOT NULL DEFAULT '{}'::text[], "organiser" text, "sessions" integer NOT NULL DEFAULT 1,
      "capacity" integer, "registration_open" boolean NOT NULL DEFAULT false,
      "step_free_access" boolean NOT NULL DEFAULT false, "childcare" boolean NOT NULL DEFAULT false,
      "interpretation" boolean NOT NULL DEFAULT false, "hearing_loop" boolean NOT NULL DEFAULT false,
      "accessibility_note" text, "status" text NOT NULL DEFAULT 'PLANNED', "cancel_message" text,
      "walk_ins" integer NOT NULL DEFAULT 0, "participants_reported" integer, "participants_note" text,
      "minutes" text, "import_key" text, "source" text, "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "contacts_erased_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "participation_events_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "participation_events_kind_check" CHECK ("kind" IN ('LABO', 'TERRITORIAL_MEETING', 'PARTICIPATORY_WORKSHOP', 'THEMATIC_WORKING_GROUP', 'GOVERNANCE_MEETING', 'OTHER')),
      CONSTRAINT "participation_events_status_check" CHECK ("status" IN ('PLANNED', 'HELD', 'CANCELLED')),
      CONSTRAINT "participation_events_precision_check" CHECK ("date_precision" IN ('TIME', 'DAY', 'MONTH', 'YEAR')),
      CONSTRAINT "participation_events_dates_check" CHECK ("ends_at" >= "starts_at"),
      CONSTRAINT "participation_events_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0),
      CONSTRAINT "participation_events_counts_check" CHECK ("walk_ins" >= 0 AND "sessions" >= 1 AND ("participants_reported" IS NULL OR "participants_reported" >= 0)),
      ${TERRITORY('participation_events')},
      CONSTRAINT "participation_events_commune_fkey" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL,
      CONSTRAINT "participation_events_quartier_fkey" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE SET NULL)`);
    for (const [name, cols] of [
      ['starts', '"starts_at", "id"'],
      ['ends', '"ends_at", "id"'],
      ['kind', '"kind", "starts_at", "id"'],
      ['commune', '"commune_id", "starts_at", "id"'],
      ['quartier', '"quartier_id", "starts_at", "id"'],
    ]) {
      await q.query(
        `CREATE INDEX "participation_events_${name}_idx" ON "participation_events" ("territory_id", ${cols})`,
      );
    }
    // Re-importing a territory's file updates its events instead of doubling them.
    await q.query(
      'CREATE UNIQUE INDEX "participation_events_import_key" ON "participation_events" ("territory_id", "import_key") WHERE import_key IS NOT NULL',
    );

    await q.query(`CREATE TABLE "event_themes" ("territory_id" uuid NOT NULL, "event_id" uuid NOT NULL, "theme_id" uuid NOT NULL,
      CONSTRAINT "event_themes_pkey" PRIMARY KEY ("territory_id", "event_id", "theme_id"),
      CONSTRAINT "event_themes_event_fkey" FOREIGN KEY ("territory_id", "event_id") REFERENCES "participation_events"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "event_themes_theme_fkey" FOREIGN KEY ("theme_id") REFERENCES "framework_items"("id") ON DELETE CASCADE,
      ${TERRITORY('event_themes')})`);

    await q.query(`CREATE TABLE "event_outcomes" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "event_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "position" integer NOT NULL,
      CONSTRAINT "event_outcomes_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "event_outcomes_kind_check" CHECK ("kind" IN ('DECISION', 'WORKSHOP_OUTPUT')),
      CONSTRAINT "event_outcomes_event_fkey" FOREIGN KEY ("territory_id", "event_id") REFERENCES "participation_events"("territory_id", "id") ON DELETE CASCADE,
      ${TERRITORY('event_outcomes')})`);
    await q.query(
      'CREATE INDEX "event_outcomes_event_idx" ON "event_outcomes" ("territory_id", "event_id", "position")',
    );

    // Arrival order for the waiting list: a sequence is monotonic across concurrent transactions.
    await q.query('CREATE SEQUENCE "event_registrations_arrival_seq"');
    await q.query(`CREATE TABLE "event_registrations" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "event_id" uuid NOT NULL, "user_id" uuid, "name" text, "email" text, "phone" text,
      "status" text NOT NULL, "channel" text NOT NULL DEFAULT 'ONLINE',
      "arrival" bigint NOT NULL DEFAULT nextval('event_registrations_arrival_seq'),
      "confirm_token_hash" text, "cancel_token_hash" text, "recorded_by" uuid,
      "checked_in_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE,
      "promoted_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE,
      "cancelled_at" TIMESTAMP WITH TIME ZONE, "contact_erased_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "event_registrations_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "event_registrations_status_check" CHECK ("status" IN ('UNCONFIRMED', 'CONFIRMED', 'WAITING', 'CANCELLED')),
      CONSTRAINT "event_registrations_channel_check" CHECK ("channel" IN ('ONLINE', 'STAFF')),
      CONSTRAINT "event_registrations_event_fkey" FOREIGN KEY ("territory_id", "event_id") REFERENCES "participation_events"("territory_id", "id") ON DELETE CASCADE,
      ${TERRITORY('event_registrations')})`);
    await q.query(`ALTER SEQUENCE "event_registrations_arrival_seq" OWNED BY "event_registrations"."arrival"`);
    // One live registration per person and event (an account, or an email typed by staff).
    await q.query(
      `CREATE UNIQUE INDEX "event_registrations_person_key" ON "event_registrations" ("territory_id", "event_id", "user_id") WHERE status <> 'CANCELLED' AND user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "event_registrations_email_key" ON "event_registrations" ("territory_id", "event_id", lower("email")) WHERE status <> 'CANCELLED' AND email IS NOT NULL`,
    );
    await q.query(
      'CREATE INDEX "event_registrations_event_idx" ON "event_registrations" ("territory_id", "event_id", "status", "arrival")',
    );
    await q.query('CREATE INDEX "event_registrations_user_idx" ON "event_registrations" ("territory_id", "user_id")');
    for (const token of ['confirm', 'cancel']) {
      await q.query(
        `CREATE UNIQUE INDEX "event_registrations_${token}_token_key" ON "event_registrations" ("territory_id", "${token}_token_hash") WHERE ${token}_token_hash IS NOT NULL`,
      );
    }

    await q.query(`CREATE TABLE "event_settings" ("territory_id" uuid NOT NULL, "contact_retention_months" integer NOT NULL DEFAULT 6,
      CONSTRAINT "event_settings_pkey" PRIMARY KEY ("territory_id"),
      CONSTRAINT "event_settings_retention_check" CHECK ("contact_retention_months" BETWEEN 1 AND 36),
      ${TERRITORY('event_settings')})`);

    // An idea recorded at a meeting keeps the meeting as its origin.
    await q.query('ALTER TABLE "ideas" ADD "event_id" uuid');
    await q.query(`ALTER TABLE "ideas" ADD CONSTRAINT "ideas_event_fkey" FOREIGN KEY ("territory_id", "event_id")
      REFERENCES "participation_events"("territory_id", "id") ON DELETE SET NULL ("event_id")`);
    await q.query('CREATE INDEX "ideas_event_idx" ON "ideas" ("territory_id", "event_id") WHERE event_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "ideas_event_idx"');
    await q.query('ALTER TABLE "ideas" DROP CONSTRAINT "ideas_event_fkey"');
    await q.query('ALTER TABLE "ideas" DROP COLUMN "event_id"');
    await q.query('DROP TABLE "event_settings"');
    await q.query('DROP TABLE "event_registrations"');
    await q.query('DROP TABLE "event_outcomes"');
    await q.query('DROP TABLE "event_themes"');
    await q.query('DROP TABLE "participation_events"');
  }
}
