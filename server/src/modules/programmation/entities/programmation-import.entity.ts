import { Column, Entity, Index } from 'typeorm';
import { IdColumn, IntColumn, JsonColumn, Ref, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';

/** A spreadsheet import: its checked plan waits here between the preview and staff's confirmation. */
@Entity('programmation_imports')
@Index('programmation_imports_territory_year_idx', ['territoryId', 'year', 'createdAt'])
export class ProgrammationImportEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @IntColumn(false) year: number;
  @Column({ type: 'text' }) filename: string;
  /** sha256 of the file: the same file imported twice is recognised. */
  @Column({ type: 'text' }) fileHash: string;
  /** PREVIEW | APPLIED | DISCARDED */
  @Column({ type: 'text', default: 'PREVIEW' }) status: string;
  @JsonColumn() plan: Record<string, unknown>;
  @JsonColumn() summary: Record<string, unknown>;
  @UuidColumn(true) createdBy: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) appliedAt: Date | null;
}
