import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';
import { UserEntity } from '../../identity/index.js';
import { ReportEntity, ReportSectionEntity } from './report.entity.js';

/**
 * A resident's comment on one section of the draft report, during its consultation. Not an avis:
 * moderated before publication (the author sees the reason of a refusal), shown apart.
 */
@Entity('contributions')
@Index('contributions_territory_report_status_idx', ['territoryId', 'reportId', 'status', 'createdAt'])
@Index('contributions_author_idx', ['authorId'])
export class ContributionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() reportId: string;
  @Ref(() => ReportEntity, 'report_id') report?: ReportEntity;
  @UuidColumn() sectionId: string;
  @Ref(() => ReportSectionEntity, 'section_id') section?: ReportSectionEntity;
  /** Kept after erasure: the account row remains, blanked, and the author shows as anonymised. */
  @UuidColumn() authorId: string;
  @Ref(() => UserEntity, 'author_id') author?: UserEntity;
  @Column({ type: 'text' }) text: string;
  /** PENDING | PUBLISHED | REJECTED */
  @Column({ type: 'text', default: 'PENDING' }) status: string;
  @TextColumn() rejectionReason: string | null;
  @UuidColumn(true) moderatedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) moderatedAt: Date | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}
