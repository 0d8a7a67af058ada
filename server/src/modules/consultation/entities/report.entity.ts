import { Column, Entity, Index } from 'typeorm';
import { IdColumn, IntColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';

/**
 * The yearly report on the politique de la ville (décret n° 2015-1118) and its consultation.
 * Dates of the procedure are calendar dates in Europe/Paris.
 */
@Entity('reports')
@Index('reports_territory_year_key', ['territoryId', 'referenceYear'], { unique: true })
export class ReportEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @IntColumn(false) referenceYear: number;
  @Column({ type: 'text' }) title: string;
  /** DRAFT | IN_CONSULTATION | CLOSED | APPROVED | PUBLISHED */
  @Column({ type: 'text', default: 'DRAFT' }) status: string;
  /** Plain-French summary for residents, written by staff. */
  @TextColumn() easyReadSummary: string | null;
  @Column({ type: 'date', nullable: true }) adoptedOn: string | null;
  @Column({ type: 'date', nullable: true }) transmittedOn: string | null;
  /** Last day on which an avis may be given (until midnight, Paris time). */
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ type: 'date', nullable: true }) approvedOn: string | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** A section of the report, in the décret's plan; Markdown, sanitised when rendered. */
@Entity('report_sections')
@Index('report_sections_territory_report_idx', ['territoryId', 'reportId', 'position'])
export class ReportSectionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() reportId: string;
  @Ref(() => ReportEntity, 'report_id') report?: ReportEntity;
  @IntColumn(false) position: number;
  /** ORIENTATIONS | QPV_SITUATION | ACTIONS | URBAN_RENEWAL | PERSPECTIVES | OTHER */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) body: string;
}

/** Each adopted or amended state of the report, kept whole so two states can be compared. */
@Entity('report_versions')
@Index('report_versions_territory_report_idx', ['territoryId', 'reportId', 'number'], { unique: true })
export class ReportVersionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() reportId: string;
  @Ref(() => ReportEntity, 'report_id') report?: ReportEntity;
  @IntColumn(false) number: number;
  @Column({ type: 'text' }) label: string;
  @Column({ type: 'jsonb' }) sections: { kind: string; title: string; body: string }[];
  /** The programmation's figures frozen at approval (ProgrammationFigures); null when none were. */
  @Column({ type: 'jsonb', nullable: true }) programmationFigures: object | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @UuidColumn() createdBy: string;
}

/** Every change of state of a report: who, when, from what to what. */
@Entity('report_transitions')
@Index('report_transitions_territory_report_idx', ['territoryId', 'reportId', 'at'])
export class ReportTransitionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() reportId: string;
  @Ref(() => ReportEntity, 'report_id') report?: ReportEntity;
  @Column({ type: 'text' }) fromStatus: string;
  @Column({ type: 'text' }) toStatus: string;
  @Column({ type: 'timestamptz' }) at: Date;
  /** Null when the platform itself moved it (the deadline passing). */
  @UuidColumn(true) by: string | null;
}
