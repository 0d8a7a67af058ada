import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';
import { ConsultedBodyEntity } from './opinion.entity.js';

/**
 * The deliberation of a conseil municipal (PDF, 5 MB at most), attached to its commune's avis. Kept in
 * PostgreSQL with the avis, so a backup holds the whole procedure and every server instance serves it.
 */
@Entity('deliberation_files')
@Index('deliberation_files_body_key', ['bodyId'], { unique: true })
@Index('deliberation_files_territory_idx', ['territoryId'])
export class DeliberationFileEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() bodyId: string;
  @Ref(() => ConsultedBodyEntity, 'body_id') body?: ConsultedBodyEntity;
  @Column({ type: 'text' }) filename: string;
  @Column({ type: 'bytea' }) content: Buffer;
  @Column({ type: 'integer' }) size: number;
  @UuidColumn() uploadedBy: string;
  @Column({ type: 'timestamptz' }) uploadedAt: Date;
}
