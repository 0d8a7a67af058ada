/** Row types of the events module; codegen mappers point here. */
import type { Queryable } from '../../shared/sql.js';

export const EVENT_KINDS = [
  'LABO',
  'TERRITORIAL_MEETING',
  'PARTICIPATORY_WORKSHOP',
  'THEMATIC_WORKING_GROUP',
  'GOVERNANCE_MEETING',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventDatePrecision = 'TIME' | 'DAY' | 'MONTH' | 'YEAR';
export const EVENT_OUTCOME_KINDS = ['DECISION', 'WORKSHOP_OUTPUT'] as const;
export type EventOutcomeKind = (typeof EVENT_OUTCOME_KINDS)[number];
export type EventRegistrationStatus = 'UNCONFIRMED' | 'CONFIRMED' | 'WAITING' | 'CANCELLED';
export type EventRegistrationChannel = 'ONLINE' | 'STAFF';

export interface EventRow {
  territoryId: string;
  id: string;
  kind: EventKind;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  datePrecision: EventDatePrecision;
  place: string | null;
  communeId: string | null;
  quartierId: string | null;
  topics: string[];
  organiser: string | null;
  sessions: number;
  capacity: number | null;
  registrationOpen: boolean;
  stepFreeAccess: boolean;
  childcare: boolean;
  interpretation: boolean;
  hearingLoop: boolean;
  accessibilityNote: string | null;
  status: EventStatus;
  cancelMessage: string | null;
  walkIns: number;
  participantsReported: number | null;
  participantsNote: string | null;
  minutes: string | null;
  importKey: string | null;
  source: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  contactsErasedAt: Date | null;
  version: number;
}

export interface EventOutcomeRow {
  territoryId: string;
  id: string;
  eventId: string;
  kind: EventOutcomeKind;
  text: string;
  position: number;
}

export interface EventThemeRow {
  territoryId: string;
  eventId: string;
  themeId: string;
}

export interface EventRegistrationRow {
  territoryId: string;
  id: string;
  eventId: string;
  userId: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: EventRegistrationStatus;
  channel: EventRegistrationChannel;
  /** bigint: pg returns it as a string. */
  arrival: string;
  recordedBy: string | null;
  checkedInAt: Date | null;
  remindedAt: Date | null;
  promotedAt: Date | null;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  contactErasedAt: Date | null;
  createdAt: Date;
}

/** Registrations of one event counted by state (one batched aggregate per request). */
export interface EventCountsRow {
  territoryId: string;
  eventId: string;
  confirmed: number;
  waiting: number;
  checkedIn: number;
}

export interface EventSettingsRow {
  territoryId: string;
  contactRetentionMonths: number;
}

export interface EventListFilter {
  time?: 'UPCOMING' | 'PAST' | null;
  kind?: EventKind | null;
  communeId?: string | null;
  quartierId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** EventCount in the SDL. */
export interface EventCountRow {
  key: string;
  label: string;
  events: number;
  participants: number;
}

/** EventFigures in the SDL. */
export interface EventFiguresRow {
  year: number | null;
  events: number;
  participants: number;
  byKind: EventCountRow[];
  byCommune: EventCountRow[];
  byYear: EventCountRow[];
  heldEvents: EventRow[];
}

/** What the events service asks of the registrations service (S2's), inside its own transactions. */
export interface EventRegistrationHooks {
  /** The event was cancelled: email every live registrant (with the staff's message). */
  notifyCancellation(tx: Queryable, event: EventRow, message: string | null): Promise<void>;
  /** Places were added (a larger capacity): promote waiting people in arrival order. */
  promoteWaiting(tx: Queryable, event: EventRow): Promise<void>;
}
