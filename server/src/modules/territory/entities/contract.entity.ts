import { Column, Entity, Index } from 'typeorm';
import { BoolColumn, IdColumn, IntColumn, JsonColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from './territory.entity.js';

@Entity('contracts')
@Index('contracts_territory_idx', ['territoryId', 'startYear'])
export class ContractEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) name: string;
  @TextColumn() localName: string | null;
  @IntColumn() startYear: number | null;
  @IntColumn() endYear: number | null;
  @Column({ type: 'date', nullable: true }) signedOn: string | null;
  /** The status as the source published it (« signé »…); `contractStatus` is the version's own. */
  @TextColumn() status: string | null;
  @JsonColumn() details: Record<string, unknown>;
  /** The original contract this version amends (null for the original itself). */
  @UuidColumn(true) versionOf: string | null;
  @Ref(() => ContractEntity, 'version_of', 'CASCADE', true) original?: ContractEntity;
  @Column({ type: 'integer', default: 0 }) amendmentNumber: number;
  /** DRAFT | IN_FORCE | SUPERSEDED */
  @Column({ type: 'text', default: 'IN_FORCE' }) contractStatus: string;
  @Column({ type: 'date', nullable: true }) inForceFrom: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** One node of a strategy tree; `position` keeps the published depth-first order. */
@Entity('framework_items')
@Index('framework_items_territory_contract_idx', ['territoryId', 'contractId', 'position'])
export class FrameworkItemEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() contractId: string;
  @Ref(() => ContractEntity, 'contract_id') contract?: ContractEntity;
  @UuidColumn(true) parentId: string | null;
  @Ref(() => FrameworkItemEntity, 'parent_id', 'CASCADE', true) parent?: FrameworkItemEntity;
  @Column({ type: 'text' }) kind: string;
  @TextColumn() code: string | null;
  @Column({ type: 'text' }) title: string;
  @BoolColumn(false) titleIsParaphrase: boolean;
  @Column({ type: 'integer' }) depth: number;
  @Column({ type: 'integer' }) position: number;
  @JsonColumn() details: Record<string, unknown>;
  @Column({ type: 'integer', default: 1 }) version: number;
}
