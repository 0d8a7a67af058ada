import { Column, Entity, Index } from 'typeorm';
import { BoolColumn, IdColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity, CommuneEntity, QuartierEntity, FrameworkItemEntity } from '../../territory/index.js';
import { ProgrammationEntity } from './programmation.entity.js';
import { FunderEntity, OperatorEntity } from './operator.entity.js';

@Entity('actions')
@Index('actions_territory_year_title_idx', ['territoryId', 'year', 'title', 'id'])
@Index('actions_territory_title_idx', ['territoryId', 'title', 'id'])
@Index('actions_territory_programmation_idx', ['territoryId', 'programmationId'])
@Index('actions_territory_operator_idx', ['territoryId', 'operatorId'])
@Index('actions_territory_framework_item_idx', ['territoryId', 'frameworkItemId'])
@Index('actions_territory_programmation_status_idx', ['territoryId', 'programmationId', 'status', 'title', 'id'])
@Index('actions_territory_year_reference_key', ['territoryId', 'year', 'reference'], { unique: true })
@Index('actions_territory_programmation_title_idx', ['territoryId', 'programmationId', 'title', 'id'])
/** On (territory_id, programmation_id, coalesce(reference, ''), id): see its migration. */
@Index('actions_territory_programmation_reference_idx', { synchronize: false })
@Index('actions_search_idx', { synchronize: false })
export class ActionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn(true) programmationId: string | null;
  @Ref(() => ProgrammationEntity, 'programmation_id', 'SET NULL') programmation?: ProgrammationEntity;
  @Column({ type: 'integer' }) year: number;
  @Column({ type: 'text' }) title: string;
  @UuidColumn(true) operatorId: string | null;
  @Ref(() => OperatorEntity, 'operator_id', 'SET NULL') operator?: OperatorEntity;
  @UuidColumn(true) frameworkItemId: string | null;
  @Ref(() => FrameworkItemEntity, 'framework_item_id', 'SET NULL') frameworkItem?: FrameworkItemEntity;
  @TextColumn() frameworkCode: string | null;
  @TextColumn() pillar: string | null;
  @BoolColumn() intercommunal: boolean | null;
  @TextColumn() note: string | null;
  @TextColumn() source: string | null;
  /** SUBMITTED | FUNDED | REFUSED | ABANDONED: the public sees FUNDED actions only. */
  @Column({ type: 'text', default: 'FUNDED' }) status: string;
  /** The staff's own number for the application (dossier), unique in a year. */
  @TextColumn() reference: string | null;
  @TextColumn() description: string | null;
  @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Column({ type: 'date', nullable: true }) endDate: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
  /** French full-text vector of the title, accents folded (see the search migration). */
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: "to_tsvector('public.fr_unaccent'::regconfig, title)",
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;
}

@Entity('action_communes')
@Index('action_communes_territory_commune_idx', ['territoryId', 'communeId'])
export class ActionCommuneEntity {
  @Column({ type: 'uuid', primary: true }) territoryId: string;
  @Column({ type: 'uuid', primary: true }) actionId: string;
  @Column({ type: 'uuid', primary: true }) communeId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Ref(() => ActionEntity, 'action_id') action?: ActionEntity;
  @Ref(() => CommuneEntity, 'commune_id') commune?: CommuneEntity;
}

@Entity('action_quartiers')
@Index('action_quartiers_territory_quartier_idx', ['territoryId', 'quartierId'])
export class ActionQuartierEntity {
  @Column({ type: 'uuid', primary: true }) territoryId: string;
  @Column({ type: 'uuid', primary: true }) actionId: string;
  @Column({ type: 'uuid', primary: true }) quartierId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Ref(() => ActionEntity, 'action_id') action?: ActionEntity;
  @Ref(() => QuartierEntity, 'quartier_id') quartier?: QuartierEntity;
}

/** One funder's contribution to one action. */
@Entity('fundings')
@Index('fundings_territory_action_funder_key', ['territoryId', 'actionId', 'funderId'], { unique: true })
@Index('fundings_territory_funder_idx', ['territoryId', 'funderId'])
export class FundingEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() actionId: string;
  @Ref(() => ActionEntity, 'action_id') action?: ActionEntity;
  @UuidColumn() funderId: string;
  @Ref(() => FunderEntity, 'funder_id') funder?: FunderEntity;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount: string;
  /** SPECIFIC (crédits spécifiques politique de la ville) | DROIT_COMMUN; null when the source does not say. */
  @TextColumn() creditType: string | null;
  /** The fund it comes from: FCS, fonds de concours, BOP 147… */
  @TextColumn() fund: string | null;
  /** What the SCDL « Subventions » file needs of each grant. */
  @Column({ type: 'date', nullable: true }) conventionDate: string | null;
  @TextColumn() decisionReference: string | null;
  @TextColumn() paymentConditions: string | null;
  @TextColumn() paymentPeriod: string | null;
}
