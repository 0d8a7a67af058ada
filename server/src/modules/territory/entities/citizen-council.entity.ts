import { Column, Entity, Index } from 'typeorm';
import { BoolColumn, IdColumn, JsonColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';
import { CommuneEntity } from './commune.entity.js';
import { QuartierEntity } from './quartier.entity.js';

@Entity('citizen_councils')
@Index('citizen_councils_territory_quartier_idx', ['territoryId', 'quartierId'])
export class CitizenCouncilEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'SET NULL') commune?: CommuneEntity;
  @UuidColumn(true) quartierId: string | null;
  @Ref(() => QuartierEntity, 'quartier_id', 'SET NULL') quartier?: QuartierEntity;
  @TextColumn() quartierLabel: string | null;
  @BoolColumn(true) active: boolean;
  @TextColumn() note: string | null;
  @JsonColumn() details: Record<string, unknown>;
}
