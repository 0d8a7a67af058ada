import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, memberships, invitations, the email outbox and the audit log (tables only). */
export class IdentityNotificationsAudit1795452418500 implements MigrationInterface {
  name = 'IdentityNotificationsAudit1795452418500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text, "display_name" text, "password_hash" text, "email_verified_at" TIMESTAMP WITH TIME ZONE, "notification_preferences" jsonb NOT NULL DEFAULT \'{}\'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") ');
    await q.query(
      'CREATE TABLE "sessions" ("id" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "idle_seconds" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") ');
    await q.query(
      'CREATE TABLE "account_tokens" ("id" text NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "account_tokens_user_idx" ON "account_tokens"  ("user_id") ');
    await q.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "citizen_council_id" uuid, "commune_id" uuid, "granted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "revoke_reason" text, CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "memberships_user_idx" ON "memberships"  ("user_id") ');
    await q.query('CREATE INDEX "memberships_territory_user_idx" ON "memberships"  ("territory_id", "user_id") ');
    await q.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "citizen_council_id" uuid, "commune_id" uuid, "token_hash" text NOT NULL, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "invitations_token_key" ON "invitations"  ("token_hash") ');
    await q.query('CREATE INDEX "invitations_territory_created_idx" ON "invitations"  ("territory_id", "created_at") ');
    await q.query(
      'CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "user_id" uuid, "to_address" text NOT NULL, "kind" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "email_outbox_user_idx" ON "email_outbox"  ("user_id") ');
    await q.query('CREATE INDEX "email_outbox_status_next_idx" ON "email_outbox"  ("status", "next_attempt_at") ');
    await q.query(
      'CREATE INDEX "email_outbox_territory_created_idx" ON "email_outbox"  ("territory_id", "created_at") ',
    );
    await q.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "actor_label" text NOT NULL, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text, "before" jsonb, "after" jsonb, "reason" text, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "audit_log_territory_target_idx" ON "audit_log"  ("territory_id", "target_type", "target_id") ',
    );
    await q.query('CREATE INDEX "audit_log_territory_at_idx" ON "audit_log"  ("territory_id", "at") ');
    await q.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_23dff8076c7ff647f7984b56ccd" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_4ed377a4263d91f7e7aa99a7bde" FOREIGN KEY ("citizen_council_id") REFERENCES "citizen_councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_fbbc8688def49d5206e2a41a267" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_3446c091ffc3a00f1d8e983f2a9" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_7090c5579596ae0e9ba77bf6233" FOREIGN KEY ("citizen_council_id") REFERENCES "citizen_councils"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_0d90885aaed93963b073024cd33" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_a95a0ccf858d935079b186694b5" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "audit_log" ADD CONSTRAINT "FK_51a25affda7b4537a52eee6cde9" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_log" DROP CONSTRAINT "FK_51a25affda7b4537a52eee6cde9"');
    await q.query('ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_a95a0ccf858d935079b186694b5"');
    await q.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81"');
    await q.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_0d90885aaed93963b073024cd33"');
    await q.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_7090c5579596ae0e9ba77bf6233"');
    await q.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_3446c091ffc3a00f1d8e983f2a9"');
    await q.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_fbbc8688def49d5206e2a41a267"');
    await q.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_4ed377a4263d91f7e7aa99a7bde"');
    await q.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await q.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_23dff8076c7ff647f7984b56ccd"');
    await q.query('ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"');
    await q.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await q.query('DROP INDEX "public"."audit_log_territory_at_idx"');
    await q.query('DROP INDEX "public"."audit_log_territory_target_idx"');
    await q.query('DROP TABLE "audit_log"');
    await q.query('DROP INDEX "public"."email_outbox_territory_created_idx"');
    await q.query('DROP INDEX "public"."email_outbox_status_next_idx"');
    await q.query('DROP INDEX "public"."email_outbox_user_idx"');
    await q.query('DROP TABLE "email_outbox"');
    await q.query('DROP INDEX "public"."invitations_territory_created_idx"');
    await q.query('DROP INDEX "public"."invitations_token_key"');
    await q.query('DROP TABLE "invitations"');
    await q.query('DROP INDEX "public"."memberships_territory_user_idx"');
    await q.query('DROP INDEX "public"."memberships_user_idx"');
    await q.query('DROP TABLE "memberships"');
    await q.query('DROP INDEX "public"."account_tokens_user_idx"');
    await q.query('DROP TABLE "account_tokens"');
    await q.query('DROP INDEX "public"."sessions_user_idx"');
    await q.query('DROP TABLE "sessions"');
    await q.query('DROP INDEX "public"."users_email_key"');
    await q.query('DROP TABLE "users"');
  }
}
