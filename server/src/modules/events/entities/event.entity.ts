import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BoolColumn, IntColumn, Ref, TextArrayColumn, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';

/**
 * A participation event (Labo meeting, workshop, governance meeting…). Indexes all lead with
 * territory_id; they are written in migration 1795500000000.
 */
@Entity('participation_events')
@Index('participation_events_starts_idx', ['territoryId', 'startsAt', 'id'])
@Index('participation_events_ends_idx', ['territoryId', 'endsAt', 'id'])
export class ParticipationEventEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  /** LABO | TERRITORIAL_MEETING | PARTICIPATORY_WORKSHOP | THEMATIC_WORKING_GROUP | GOVERNANCE_MEETING | OTHER */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) title: string;
  @TextColumn() description: string | null;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  /** TIME | DAY | MONTH | YEAR */
  @Column({ type: 'text', default: 'TIME' }) datePrecision: string;
  @TextColumn() place: string | null;
  @UuidColumn(true) communeId: string | null;
  @UuidColumn(true) quartierId: string | null;
  @TextArrayColumn() topics: string[];
  @TextColumn() organiser: string | null;
  @Column({ type: 'integer', default: 1 }) sessions: number;
  @IntColumn() capacity: number | null;
  @BoolColumn(false) registrationOpen: boolean;
  @BoolColumn(false) stepFreeAccess: boolean;
  @BoolColumn(false) childcare: boolean;
  @BoolColumn(false) interpretation: boolean;
  @BoolColumn(false) hearingLoop: boolean;
  @TextColumn() accessibilityNote: string | null;
  /** PLANNED | HELD | CANCELLED */
  @Column({ type: 'text', default: 'PLANNED' }) status: string;
  @TextColumn() cancelMessage: string | null;
  @Column({ type: 'integer', default: 0 }) walkIns: number;
  /** The count of an imported event (the data files give it). */
  @IntColumn() participantsReported: number | null;
  @TextColumn() participantsNote: string | null;
  @TextColumn() minutes: string | null;
  /** Stable key of an imported event: re-importing updates it. */
  @TextColumn() importKey: string | null;
  @TextColumn() source: string | null;
  @UuidColumn(true) createdBy: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) contactsErasedAt: Date | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}

/** An item of the contract's strategy tree an event is about. */
@Entity('event_themes')
export class EventThemeEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid' }) eventId: string;
  @PrimaryColumn({ type: 'uuid' }) themeId: string;
}

/** A decision or workshop output of a held event, in the order staff typed them. */
@Entity('event_outcomes')
@Index('event_outcomes_event_idx', ['territoryId', 'eventId', 'position'])
export class EventOutcomeEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @UuidColumn() eventId: string;
  /** DECISION | WORKSHOP_OUTPUT */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'integer' }) position: number;
}

/** One person's registration; `arrival` (a sequence) orders the waiting list across transactions. */
@Entity('event_registrations')
@Index('event_registrations_event_idx', ['territoryId', 'eventId', 'status', 'arrival'])
@Index('event_registrations_user_idx', ['territoryId', 'userId'])
export class EventRegistrationEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id: string;
  @UuidColumn() eventId: string;
  @UuidColumn(true) userId: string | null;
  @TextColumn() name: string | null;
  @TextColumn() email: string | null;
  @TextColumn() phone: string | null;
  /** UNCONFIRMED | CONFIRMED | WAITING | CANCELLED */
  @Column({ type: 'text' }) status: string;
  /** ONLINE | STAFF */
  @Column({ type: 'text', default: 'ONLINE' }) channel: string;
  @Column({ type: 'bigint', default: () => "nextval('event_registrations_arrival_seq')" }) arrival: string;
  @TextColumn() confirmTokenHash: string | null;
  @TextColumn() cancelTokenHash: string | null;
  @UuidColumn(true) recordedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) checkedInAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) promotedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) contactErasedAt: Date | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}

/** Per-territory settings of events: how long registrants' contact details are kept. */
@Entity('event_settings')
export class EventSettingsEntity {
  @PrimaryColumn({ type: 'uuid' }) territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'integer', default: 6 }) contactRetentionMonths: number;
}
