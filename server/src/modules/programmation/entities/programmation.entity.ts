import { Column, Entity, Index } from 'typeorm';
import {
  IdColumn,
  IntColumn,
  JsonColumn,
  MoneyColumn,
  Ref,
  TextArrayColumn,
  TextColumn,
  UuidColumn,
} from '../../../db/columns.js';
import { TerritoryEntity, ContractEntity } from '../../territory/index.js';
import { FunderEntity } from './operator.entity.js';

@Entity('programmations')
@Index('programmations_territory_year_idx', ['territoryId', 'year'])
export class ProgrammationEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn(true) contractId: string | null;
  @Ref(() => ContractEntity, 'contract_id', 'SET NULL') contract?: ContractEntity;
  @TextColumn() contractLabel: string | null;
  @IntColumn() year: number | null;
  /** For multi-year summaries such as "2015-2023". */
  @TextColumn() period: string | null;
  @MoneyColumn() totalCost: string | null;
  @MoneyColumn() specificCreditsTotal: string | null;
  @IntColumn() projectsSubmitted: number | null;
  @IntColumn() actionsFunded: number | null;
  @IntColumn() associativeProjects: number | null;
  @TextArrayColumn() notes: string[];
  @JsonColumn() details: Record<string, unknown>;
  /** DRAFT until staff publish it; the public sees PUBLISHED ones only. */
  @Column({ type: 'text', default: 'PUBLISHED' }) status: string;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** Bumped by every edit: an edit made on an older version is refused (optimistic concurrency). */
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** One line of a programmation's table by framework item; lines nest (pilier → thème). */
@Entity('programmation_totals')
@Index('programmation_totals_territory_programmation_idx', ['territoryId', 'programmationId', 'position'])
export class ProgrammationTotalEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() programmationId: string;
  @Ref(() => ProgrammationEntity, 'programmation_id') programmation?: ProgrammationEntity;
  @UuidColumn(true) parentId: string | null;
  @Ref(() => ProgrammationTotalEntity, 'parent_id', 'CASCADE', true) parent?: ProgrammationTotalEntity;
  @UuidColumn(true) frameworkItemId: string | null;
  @TextColumn() code: string | null;
  @Column({ type: 'text' }) title: string;
  @MoneyColumn() amount: string | null;
  @MoneyColumn() amountDroitCommun: string | null;
  @MoneyColumn() amountSpecific: string | null;
  @Column({ type: 'double precision', nullable: true }) share: number | null;
  @IntColumn() projects: number | null;
  @IntColumn() operators: number | null;
  @TextColumn() note: string | null;
  @Column({ type: 'integer' }) position: number;
}

@Entity('funder_totals')
@Index('funder_totals_territory_programmation_idx', ['territoryId', 'programmationId', 'position'])
export class FunderTotalEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() programmationId: string;
  @Ref(() => ProgrammationEntity, 'programmation_id') programmation?: ProgrammationEntity;
  @UuidColumn() funderId: string;
  @Ref(() => FunderEntity, 'funder_id') funder?: FunderEntity;
  @MoneyColumn() amount: string | null;
  @Column({ type: 'double precision', nullable: true }) share: number | null;
  @Column({ type: 'boolean', nullable: true }) attributionCertain: boolean | null;
  @TextColumn() note: string | null;
  @Column({ type: 'integer' }) position: number;
}
