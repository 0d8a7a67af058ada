import { Column, Entity, Index } from 'typeorm';
import { IdColumn, IntColumn, JsonColumn, Ref, TextArrayColumn, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';
import { CommuneEntity } from './commune.entity.js';

@Entity('quartiers')
@Index('quartiers_territory_name_key', ['territoryId', 'name'], { unique: true })
export class QuartierEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  /** QPV | QIC | VEILLE | UNKNOWN */
  @Column({ type: 'text', default: 'UNKNOWN' }) kind: string;
  @TextColumn() kindBasis: string | null;
  @IntColumn() population: number | null;
  @TextColumn() note: string | null;
  @TextArrayColumn() externalCommunes: string[];
  @TextArrayColumn() sharedWithEpci: string[];
  @JsonColumn() indicators: Record<string, unknown>;
  @JsonColumn() details: Record<string, unknown>;
}

/** A quartier may straddle several communes. */
@Entity('quartier_communes')
@Index('quartier_communes_territory_commune_idx', ['territoryId', 'communeId'])
export class QuartierCommuneEntity {
  @Column({ type: 'uuid', primary: true }) territoryId: string;
  @Column({ type: 'uuid', primary: true }) quartierId: string;
  @Column({ type: 'uuid', primary: true }) communeId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Ref(() => QuartierEntity, 'quartier_id') quartier?: QuartierEntity;
  @Ref(() => CommuneEntity, 'commune_id') commune?: CommuneEntity;
}
