import { Column, Entity, Index } from 'typeorm';
import { BoolColumn, IdColumn, IntColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { CitizenCouncilEntity, CommuneEntity, TerritoryEntity } from '../../territory/index.js';
import { ReportEntity, ReportSectionEntity } from './report.entity.js';

/** A body consulted on a report: a conseil municipal, a conseil citoyen, or another signatory. */
@Entity('consulted_bodies')
@Index('consulted_bodies_territory_report_idx', ['territoryId', 'reportId'])
@Index('consulted_bodies_report_council_key', ['reportId', 'citizenCouncilId'], { unique: true })
@Index('consulted_bodies_report_commune_key', ['reportId', 'communeId'], { unique: true })
export class ConsultedBodyEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() reportId: string;
  @Ref(() => ReportEntity, 'report_id') report?: ReportEntity;
  /** CITIZEN_COUNCIL | COMMUNE | SIGNATORY */
  @Column({ type: 'text' }) kind: string;
  @UuidColumn(true) citizenCouncilId: string | null;
  @Ref(() => CitizenCouncilEntity, 'citizen_council_id', 'CASCADE', true) citizenCouncil?: CitizenCouncilEntity;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'CASCADE', true) commune?: CommuneEntity;
  @Column({ type: 'text' }) name: string;
  /** When the last reminder was emailed (automatic 7 days before the deadline, or on demand). */
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  /** An address recorded for the mayor or the council's president, emailed with the people holding its roles. */
  @Column({ type: 'text', nullable: true }) recipientEmail: string | null;
  /** Staff record a transmission by post, with its date. */
  @Column({ type: 'date', nullable: true }) postedOn: string | null;
  /** The transmission the platform knows of (set at opening): the period and the tacit avis run from it. */
  @Column({ type: 'date', nullable: true }) transmittedOn: string | null;
  /** EMAIL | POST */
  @Column({ type: 'text', nullable: true }) transmissionChannel: string | null;
}

/**
 * The formal avis of a body: at most one per body (unique), amended in place until the deadline,
 * every state kept in opinion_revisions. A tacit avis is written by the deadline job, once.
 */
@Entity('opinions')
@Index('opinions_territory_report_idx', ['territoryId', 'reportId'])
@Index('opinions_body_key', ['bodyId'], { unique: true })
export class OpinionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() reportId: string;
  @Ref(() => ReportEntity, 'report_id') report?: ReportEntity;
  @UuidColumn() bodyId: string;
  @Ref(() => ConsultedBodyEntity, 'body_id') body?: ConsultedBodyEntity;
  /** FAVOURABLE | FAVOURABLE_WITH_RESERVATIONS | UNFAVOURABLE | DEEMED_FAVOURABLE */
  @Column({ type: 'text' }) position: string;
  @Column({ type: 'text', default: '' }) text: string;
  /** For a commune: the date of the conseil municipal's deliberation. */
  @Column({ type: 'date', nullable: true }) deliberationOn: string | null;
  @BoolColumn(false) tacit: boolean;
  /** Received on paper after the deadline and recorded by staff. */
  @BoolColumn(false) late: boolean;
  @IntColumn(false) revision: number;
  @UuidColumn(true) submittedBy: string | null;
  @Column({ type: 'timestamptz' }) submittedAt: Date;
}

/** Every submitted state of an avis, in order. */
@Entity('opinion_revisions')
@Index('opinion_revisions_territory_opinion_idx', ['territoryId', 'opinionId', 'revision'], { unique: true })
export class OpinionRevisionEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() opinionId: string;
  @Ref(() => OpinionEntity, 'opinion_id') opinion?: OpinionEntity;
  @IntColumn(false) revision: number;
  @Column({ type: 'jsonb' }) content: Record<string, unknown>;
  @UuidColumn(true) submittedBy: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

/** A remark of an avis on one section, and the suite donnée staff write for it. */
@Entity('opinion_remarks')
@Index('opinion_remarks_territory_opinion_idx', ['territoryId', 'opinionId'])
@Index('opinion_remarks_territory_section_idx', ['territoryId', 'sectionId'])
export class OpinionRemarkEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() opinionId: string;
  @Ref(() => OpinionEntity, 'opinion_id') opinion?: OpinionEntity;
  @UuidColumn() sectionId: string;
  @Ref(() => ReportSectionEntity, 'section_id') section?: ReportSectionEntity;
  @IntColumn(false) position: number;
  @Column({ type: 'text' }) text: string;
  @TextColumn() response: string | null;
  @UuidColumn(true) respondedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt: Date | null;
}

/** A body's avis in preparation: its members write it together, the référent submits it. */
@Entity('opinion_drafts')
@Index('opinion_drafts_body_key', ['bodyId'], { unique: true })
export class OpinionDraftEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() bodyId: string;
  @Ref(() => ConsultedBodyEntity, 'body_id') body?: ConsultedBodyEntity;
  @Column({ type: 'jsonb' }) content: Record<string, unknown>;
  @UuidColumn() updatedBy: string;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}
