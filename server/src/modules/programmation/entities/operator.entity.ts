import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity, CommuneEntity } from '../../territory/index.js';

/** The body that runs actions (porteur): association, commune, EPCI, conseil citoyen, bailleur. */
@Entity('operators')
@Index('operators_territory_name_key', ['territoryId', 'name'], { unique: true })
export class OperatorEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  /** ASSOCIATION | COMMUNE | EPCI | CONSEIL_CITOYEN | BAILLEUR | OTHER */
  @Column({ type: 'text' }) kind: string;
  @TextColumn() subKind: string | null;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'SET NULL') commune?: CommuneEntity;
  @TextColumn() note: string | null;
  @JsonColumn() details: Record<string, unknown>;
  @TextColumn() siret: string | null;
  /** Répertoire national des associations: W and 9 digits. */
  @TextColumn() rna: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}

@Entity('funders')
@Index('funders_territory_name_key', ['territoryId', 'name'], { unique: true })
export class FunderEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  /** Official name for the SCDL file (« nomAttribuant »), when it differs from the usual one. */
  @TextColumn() legalName: string | null;
  @TextColumn() siret: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}
