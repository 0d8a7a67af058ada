import { Column, Entity, Index } from 'typeorm';
import {
  BoolColumn,
  IdColumn,
  IntColumn,
  JsonColumn,
  MoneyColumn,
  Ref,
  TextColumn,
  UuidColumn,
} from '../../../db/columns.js';
import { TerritoryEntity, CommuneEntity, QuartierEntity } from '../../territory/index.js';

/** A line of a fund: Fonds de cohésion sociale, fonds de concours Politique de la Ville or NPNRU. */
@Entity('funds')
@Index('funds_territory_year_idx', ['territoryId', 'year', 'program'])
export class FundEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) program: string;
  @IntColumn() year: number | null;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'SET NULL') commune?: CommuneEntity;
  @UuidColumn(true) quartierId: string | null;
  @Ref(() => QuartierEntity, 'quartier_id', 'SET NULL') quartier?: QuartierEntity;
  @TextColumn() project: string | null;
  @MoneyColumn() amount: string | null;
  @MoneyColumn() operationCost: string | null;
  @BoolColumn(false) aggregate: boolean;
  @TextColumn() note: string | null;
  @JsonColumn() details: Record<string, unknown>;
}

/** An urban renewal (NPNRU) operation or decision. */
@Entity('urban_renewal_operations')
@Index('urban_renewal_operations_territory_quartier_idx', ['territoryId', 'quartierId', 'year'])
export class UrbanRenewalOperationEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) program: string;
  @UuidColumn(true) quartierId: string | null;
  @Ref(() => QuartierEntity, 'quartier_id', 'SET NULL') quartier?: QuartierEntity;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'SET NULL') commune?: CommuneEntity;
  @Column({ type: 'text' }) operation: string;
  @TextColumn() status: string | null;
  @IntColumn() year: number | null;
  @Column({ type: 'date', nullable: true }) date: string | null;
  @MoneyColumn() amount: string | null;
  @TextColumn() contractingAuthority: string | null;
  @TextColumn() note: string | null;
  @JsonColumn() details: Record<string, unknown>;
}
