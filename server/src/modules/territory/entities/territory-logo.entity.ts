import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';

/**
 * The territory's logo as the server re-encoded it (PNG, 256×256 at most, no metadata). Kept in
 * PostgreSQL so that a backup holds it and every server instance serves it.
 */
@Entity('territory_logos')
export class TerritoryLogoEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'territory_logos_pkey' }) territoryId: string;
  @OneToOne(() => TerritoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'territory_logos_territory_fk' })
  territory?: TerritoryEntity;
  @Column({ type: 'bytea' }) content: Buffer;
  @Column({ type: 'integer' }) size: number;
  @UuidColumn() uploadedBy: string;
  @Column({ type: 'timestamptz' }) uploadedAt: Date;
}
