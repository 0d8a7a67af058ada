import { Column, Entity, Index } from 'typeorm';
import { BoolColumn, IdColumn, JsonColumn, Ref, TextArrayColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';

@Entity('communes')
@Index('communes_territory_name_key', ['territoryId', 'name'], { unique: true })
export class CommuneEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  @TextArrayColumn() altNames: string[];
  @BoolColumn() hasQpv: boolean | null;
  @BoolColumn() inContract: boolean | null;
  @JsonColumn() details: Record<string, unknown>;
}
