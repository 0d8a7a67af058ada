import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IntColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';

/** How a territory moderates one kind of item: before (PRE) or after (POST) publication. */
@Entity('moderation_settings')
export class ModerationSettingEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'text' }) kind: string;
  /** PRE | POST */
  @Column({ type: 'text' }) mode: string;
  /** Reports that hide a published item until a moderator decides. */
  @Column({ type: 'integer' }) reportThreshold: number;
}

/** Something a resident wrote, in any module, with its moderation state (the subject stays in its module). */
@Entity('moderation_items')
@Index('moderation_items_subject_key', ['territoryId', 'kind', 'subjectId'], { unique: true })
@Index('moderation_items_queue_idx', ['territoryId', 'status', 'hiddenAt', 'createdAt'])
export class ModerationItemEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @Column({ type: 'text' }) kind: string;
  @UuidColumn() subjectId: string;
  /** No foreign key: the author's account row stays, blanked, after erasure. */
  @UuidColumn() authorId: string;
  /** What the queue shows of the item, whatever its kind. */
  @Column({ type: 'text' }) excerpt: string;
  @Column({ type: 'text' }) context: string;
  /** PENDING | PUBLISHED | REJECTED */
  @Column({ type: 'text' }) status: string;
  @TextColumn() reasonCode: string | null;
  /** Free text of a refusal, for the author and the moderators only. */
  @TextColumn() reasonText: string | null;
  @IntColumn(false) reportCount: number;
  /** Set when reports reached the threshold; cleared by a decision. */
  @Column({ type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @UuidColumn(true) decidedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}

/** One signed-in person's report of an item, with its reason: one per person and item. */
@Entity('moderation_reports')
export class ModerationReportEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid' }) itemId: string;
  @PrimaryColumn({ type: 'uuid' }) reporterId: string;
  @Column({ type: 'text' }) reason: string;
  @TextColumn() comment: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}
