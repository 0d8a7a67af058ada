import { Column, Entity, Index } from 'typeorm';
import { BoolColumn, IdColumn, IntColumn, JsonColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';
import { QuartierEntity } from './quartier.entity.js';

@Entity('indicators')
@Index('indicators_territory_scope_idx', ['territoryId', 'scope', 'year'])
@Index('indicators_territory_quartier_idx', ['territoryId', 'quartierId'])
export class IndicatorEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn(true) quartierId: string | null;
  @Ref(() => QuartierEntity, 'quartier_id', 'SET NULL') quartier?: QuartierEntity;
  @TextColumn() quartierLabel: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) scope: string;
  @Column({ type: 'double precision', nullable: true }) value: number | null;
  @TextColumn() valueText: string | null;
  @TextColumn() unit: string | null;
  @IntColumn() year: number | null;
  @TextColumn() source: string | null;
  @BoolColumn(false) approximate: boolean;
  @TextColumn() note: string | null;
  @JsonColumn() details: Record<string, unknown>;
  @Column({ type: 'integer', default: 1 }) version: number;
}
