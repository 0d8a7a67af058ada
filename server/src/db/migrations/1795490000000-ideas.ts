import type { MigrationInterface, QueryRunner } from 'typeorm';

const PUBLIC = `publication = 'PUBLISHED' AND NOT hidden AND merged_into_id IS NULL`;

/**
 * Residents' ideas: the ideas (with a mirror of their moderation state, so public lists filter in
 * one index), supports (one per person), comments with one level of replies, photos re-encoded
 * without metadata, links to the programmation's actions and the history of staff's answers.
 * Every btree index leads with territory_id (the GIN ones: see below).
 */
export class Ideas1795490000000 implements MigrationInterface {
  name = 'Ideas1795490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "idea_photos" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "uploader_id" uuid, "content_type" text NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL,
      "bytes" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "idea_photos_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "idea_photos_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    await q.query('CREATE INDEX "idea_photos_created_idx" ON "idea_photos" ("territory_id", "created_at")');

    await q.query(`CREATE TABLE "ideas" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "title" text NOT NULL, "body" text NOT NULL, "quartier_id" uuid, "theme_id" uuid, "photo_id" uuid,
      "channel" text NOT NULL DEFAULT 'ONLINE', "author_id" uuid NOT NULL, "on_behalf_of" text, "council_id" uuid,
      "publication" text NOT NULL, "hidden" boolean NOT NULL DEFAULT false, "confirm_token_hash" text,
      "status" text NOT NULL DEFAULT 'NEW', "answer" text, "answered_at" TIMESTAMP WITH TIME ZONE,
      "first_answered_at" TIMESTAMP WITH TIME ZONE, "merged_into_id" uuid, "merged_at" TIMESTAMP WITH TIME ZONE,
      "support_count" integer NOT NULL DEFAULT 0, "comment_count" integer NOT NULL DEFAULT 0,
      "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('public.fr_unaccent'::regconfig, title), 'A')
        || setweight(to_tsvector('public.fr_unaccent'::regconfig, body), 'B')) STORED NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE,
      "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "ideas_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "ideas_channel_check" CHECK ("channel" IN ('ONLINE', 'MEETING', 'PAPER', 'PHONE')),
      CONSTRAINT "ideas_publication_check" CHECK ("publication" IN ('UNCONFIRMED', 'PENDING', 'PUBLISHED', 'REJECTED')),
      CONSTRAINT "ideas_status_check" CHECK ("status" IN ('NEW', 'UNDER_STUDY', 'RETAINED', 'NOT_RETAINED', 'CARRIED_OUT')),
      CONSTRAINT "ideas_support_count_check" CHECK ("support_count" >= 0),
      CONSTRAINT "ideas_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE,
      CONSTRAINT "ideas_quartier_fkey" FOREIGN KEY ("quartier_id") REFERENCES "quartiers"("id") ON DELETE SET NULL,
      CONSTRAINT "ideas_theme_fkey" FOREIGN KEY ("theme_id") REFERENCES "framework_items"("id") ON DELETE SET NULL,
      CONSTRAINT "ideas_council_fkey" FOREIGN KEY ("council_id") REFERENCES "citizen_councils"("id") ON DELETE SET NULL,
      CONSTRAINT "ideas_photo_fkey" FOREIGN KEY ("territory_id", "photo_id") REFERENCES "idea_photos"("territory_id", "id"),
      CONSTRAINT "ideas_merged_into_fkey" FOREIGN KEY ("territory_id", "merged_into_id") REFERENCES "ideas"("territory_id", "id"))`);
    await q.query(
      `CREATE INDEX "ideas_public_recent_idx" ON "ideas" ("territory_id", "created_at" DESC, "id" DESC) WHERE ${PUBLIC}`,
    );
    await q.query(
      `CREATE INDEX "ideas_public_supported_idx" ON "ideas" ("territory_id", "support_count" DESC, "id" DESC) WHERE ${PUBLIC}`,
    );
    await q.query(
      `CREATE INDEX "ideas_public_answered_idx" ON "ideas" ("territory_id", "answered_at" DESC, "id" DESC) WHERE ${PUBLIC} AND answered_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ideas_public_quartier_idx" ON "ideas" ("territory_id", "quartier_id", "created_at" DESC, "id" DESC) WHERE ${PUBLIC}`,
    );
    await q.query(
      `CREATE INDEX "ideas_public_status_idx" ON "ideas" ("territory_id", "status", "created_at" DESC, "id" DESC) WHERE ${PUBLIC}`,
    );
    await q.query(
      `CREATE INDEX "ideas_public_theme_idx" ON "ideas" ("territory_id", "theme_id", "created_at" DESC, "id" DESC) WHERE ${PUBLIC}`,
    );
    // The two GIN indexes hold no territory_id key: with it, every search intersected the posting list
    // of the whole territory (100 000 entries) and took 100 ms even for a word nobody wrote. A
    // territory's rows are kept by the recheck; distributed by territory, each shard has its own index.
    await q.query(`CREATE INDEX "ideas_search_idx" ON "ideas" USING gin ("search_vector") WHERE ${PUBLIC}`);
    // Word statistics deep enough that a rare word is estimated rare: the planner then reads the GIN
    // index instead of walking the newest ideas one by one (300 ms for a word nobody wrote).
    await q.query('ALTER TABLE "ideas" ALTER COLUMN "search_vector" SET STATISTICS 1000');
    await q.query(`CREATE INDEX "ideas_title_trgm_idx" ON "ideas" USING gin ("title" gin_trgm_ops) WHERE ${PUBLIC}`);
    await q.query('CREATE INDEX "ideas_queue_idx" ON "ideas" ("territory_id", "created_at" DESC, "id" DESC)');
    await q.query('CREATE INDEX "ideas_author_idx" ON "ideas" ("territory_id", "author_id")');
    await q.query(
      'CREATE INDEX "ideas_merged_into_idx" ON "ideas" ("territory_id", "merged_into_id") WHERE merged_into_id IS NOT NULL',
    );
    await q.query(
      'CREATE UNIQUE INDEX "ideas_confirm_token_key" ON "ideas" ("territory_id", "confirm_token_hash") WHERE confirm_token_hash IS NOT NULL',
    );

    await q.query(`CREATE TABLE "idea_supports" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "idea_id" uuid NOT NULL, "origin_idea_id" uuid NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "idea_supports_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "idea_supports_idea_fkey" FOREIGN KEY ("territory_id", "idea_id") REFERENCES "ideas"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "idea_supports_origin_fkey" FOREIGN KEY ("territory_id", "origin_idea_id") REFERENCES "ideas"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "idea_supports_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    // One support per person and idea; erased people's supports (user_id NULL) still count.
    await q.query(
      'CREATE UNIQUE INDEX "idea_supports_person_key" ON "idea_supports" ("territory_id", "idea_id", "user_id")',
    );
    await q.query('CREATE INDEX "idea_supports_user_idx" ON "idea_supports" ("territory_id", "user_id")');
    await q.query('CREATE INDEX "idea_supports_origin_idx" ON "idea_supports" ("territory_id", "origin_idea_id")');

    await q.query(`CREATE TABLE "idea_comments" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "idea_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL,
      "publication" text NOT NULL, "hidden" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "idea_comments_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "idea_comments_publication_check" CHECK ("publication" IN ('PENDING', 'PUBLISHED', 'REJECTED')),
      CONSTRAINT "idea_comments_idea_fkey" FOREIGN KEY ("territory_id", "idea_id") REFERENCES "ideas"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "idea_comments_parent_fkey" FOREIGN KEY ("territory_id", "parent_id") REFERENCES "idea_comments"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "idea_comments_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    await q.query(
      'CREATE INDEX "idea_comments_idea_idx" ON "idea_comments" ("territory_id", "idea_id", "parent_id", "created_at", "id")',
    );
    await q.query('CREATE INDEX "idea_comments_author_idx" ON "idea_comments" ("territory_id", "author_id")');

    await q.query(`CREATE TABLE "idea_actions" ("territory_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "action_id" uuid NOT NULL,
      "linked_by" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "idea_actions_pkey" PRIMARY KEY ("territory_id", "idea_id", "action_id"),
      CONSTRAINT "idea_actions_idea_fkey" FOREIGN KEY ("territory_id", "idea_id") REFERENCES "ideas"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "idea_actions_action_fkey" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE,
      CONSTRAINT "idea_actions_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    await q.query('CREATE INDEX "idea_actions_action_idx" ON "idea_actions" ("territory_id", "action_id")');

    await q.query(`CREATE TABLE "idea_status_changes" ("territory_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "idea_id" uuid NOT NULL, "status" text NOT NULL, "answer" text, "actor_id" uuid NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "idea_status_changes_pkey" PRIMARY KEY ("territory_id", "id"),
      CONSTRAINT "idea_status_changes_idea_fkey" FOREIGN KEY ("territory_id", "idea_id") REFERENCES "ideas"("territory_id", "id") ON DELETE CASCADE,
      CONSTRAINT "idea_status_changes_territory_fkey" FOREIGN KEY ("territory_id") REFERENCES "territories"("id") ON DELETE CASCADE)`);
    await q.query(
      'CREATE INDEX "idea_status_changes_idea_idx" ON "idea_status_changes" ("territory_id", "idea_id", "at")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "idea_status_changes"');
    await q.query('DROP TABLE "idea_actions"');
    await q.query('DROP TABLE "idea_comments"');
    await q.query('DROP TABLE "idea_supports"');
    await q.query('DROP TABLE "ideas"');
    await q.query('DROP TABLE "idea_photos"');
  }
}
