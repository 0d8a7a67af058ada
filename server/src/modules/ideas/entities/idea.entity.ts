import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BoolColumn, IntColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';

/**
 * A resident's idea. `publication` and `hidden` mirror its moderation item (the moderation module
 * decides; this copy lets public lists filter in one index). Indexes beyond the primary key are
 * partial or GIN, written in the migration.
 */
@Entity('ideas')
export class IdeaEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  /** Null: the whole territory. */
  @UuidColumn(true) quartierId: string | null;
  /** A framework item of the contract's strategy tree. */
  @UuidColumn(true) themeId: string | null;
  @UuidColumn(true) photoId: string | null;
  /** ONLINE | MEETING | PAPER | PHONE */
  @Column({ type: 'text', default: 'ONLINE' }) channel: string;
  /** Who submitted it (staff, for an idea recorded on behalf of a resident). No foreign key: erased accounts stay. */
  @UuidColumn() authorId: string;
  @TextColumn() onBehalfOf: string | null;
  @UuidColumn(true) councilId: string | null;
  /** UNCONFIRMED | PENDING | PUBLISHED | REJECTED */
  @Column({ type: 'text' }) publication: string;
  @BoolColumn(false) hidden: boolean;
  /** sha256 of the emailed confirmation token, while UNCONFIRMED. */
  @TextColumn() confirmTokenHash: string | null;
  /** NEW | UNDER_STUDY | RETAINED | NOT_RETAINED | CARRIED_OUT */
  @Column({ type: 'text', default: 'NEW' }) status: string;
  @TextColumn() answer: string | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) firstAnsweredAt: Date | null;
  @UuidColumn(true) mergedIntoId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) mergedAt: Date | null;
  /** The participation event it was recorded at (channel MEETING). */
  @UuidColumn(true) eventId: string | null;
  @IntColumn(false) supportCount: number;
  @IntColumn(false) commentCount: number;
  /** Generated from title (weight A) and body (B) with fr_unaccent. */
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression:
      "setweight(to_tsvector('public.fr_unaccent'::regconfig, title), 'A') || setweight(to_tsvector('public.fr_unaccent'::regconfig, body), 'B')",
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}

/** One person's support of an idea; after a merge it counts for the target (origin keeps where it was given). */
@Entity('idea_supports')
@Index('idea_supports_person_key', ['territoryId', 'ideaId', 'userId'], { unique: true })
@Index('idea_supports_user_idx', ['territoryId', 'userId'])
@Index('idea_supports_origin_idx', ['territoryId', 'originIdeaId'])
export class IdeaSupportEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @UuidColumn() ideaId: string;
  @UuidColumn() originIdeaId: string;
  /** Null once the person's account is erased: the support still counts. */
  @UuidColumn(true) userId: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}

/** A comment on an idea, or a reply to a top-level one; moderated like the idea. */
@Entity('idea_comments')
@Index('idea_comments_idea_idx', ['territoryId', 'ideaId', 'parentId', 'createdAt', 'id'])
@Index('idea_comments_author_idx', ['territoryId', 'authorId'])
export class IdeaCommentEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @UuidColumn() ideaId: string;
  @UuidColumn(true) parentId: string | null;
  @UuidColumn() authorId: string;
  @Column({ type: 'text' }) body: string;
  /** PENDING | PUBLISHED | REJECTED, mirrored from its moderation item. */
  @Column({ type: 'text' }) publication: string;
  @BoolColumn(false) hidden: boolean;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}

/** A photo re-encoded on upload (no EXIF, no GPS), attached to an idea at submission. */
@Entity('idea_photos')
@Index('idea_photos_created_idx', ['territoryId', 'createdAt'])
export class IdeaPhotoEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @UuidColumn(true) uploaderId: string | null;
  @Column({ type: 'text' }) contentType: string;
  @Column({ type: 'integer' }) width: number;
  @Column({ type: 'integer' }) height: number;
  @Column({ type: 'bytea', select: false }) bytes: Buffer;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}

/** A retained idea carried out by an action of a programmation. */
@Entity('idea_actions')
@Index('idea_actions_action_idx', ['territoryId', 'actionId'])
export class IdeaActionEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid' }) ideaId: string;
  @PrimaryColumn({ type: 'uuid' }) actionId: string;
  @UuidColumn() linkedBy: string;
  @Column({ type: 'timestamptz' }) linkedAt: Date;
}

/** Staff's status changes with their public answer: the idea's history and the figures over time. */
@Entity('idea_status_changes')
@Index('idea_status_changes_idea_idx', ['territoryId', 'ideaId', 'at'])
export class IdeaStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @UuidColumn() ideaId: string;
  @Column({ type: 'text' }) status: string;
  @TextColumn() answer: string | null;
  @UuidColumn() actorId: string;
  @Column({ type: 'timestamptz' }) at: Date;
}
