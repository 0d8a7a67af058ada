import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';

@Entity('governance_bodies')
@Index('governance_bodies_territory_idx', ['territoryId', 'name'])
export class GovernanceBodyEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  @TextColumn() role: string | null;
  @TextColumn() members: string | null;
  @TextColumn() frequency: string | null;
  @JsonColumn() details: Record<string, unknown>;
}
