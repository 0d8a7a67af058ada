import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';
import { UserEntity } from '../../identity/index.js';
import { ReportEntity, ReportSectionEntity } from './report.entity.js';

/**
 * A resident's comment on one section of the draft report, during its consultation. Not an avis:
 * moderated through the moderation module (its item holds the status and a refusal's reason), shown apart.
 */
@Entity('contributions')
@Index('contributions_territory_report_idx', ['territoryId', 'reportId', 'createdAt'])
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
  @Column({ type: 'timestamptz' }) createdAt: Date;
}
