import type { ModerationReason, ModerationStatus } from '../moderation/index.js';

export const REPORT_STATUSES = ['DRAFT', 'IN_CONSULTATION', 'CLOSED', 'APPROVED', 'PUBLISHED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const POSITIONS = ['FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE'] as const;
export type Position = (typeof POSITIONS)[number] | 'DEEMED_FAVOURABLE';
export type BodyKind = 'CITIZEN_COUNCIL' | 'COMMUNE' | 'SIGNATORY';

export interface ReportRow {
  id: string;
  territoryId: string;
  referenceYear: number;
  title: string;
  status: ReportStatus;
  easyReadSummary: string | null;
  adoptedOn: string | null;
  transmittedOn: string | null;
  deadline: string | null;
  approvedOn: string | null;
  publishedAt: Date | null;
  createdAt: Date;
}

export interface SectionRow {
  id: string;
  territoryId: string;
  reportId: string;
  position: number;
  kind: string;
  title: string;
  body: string;
}

export interface VersionRow {
  id: string;
  territoryId: string;
  reportId: string;
  number: number;
  label: string;
  sections: { kind: string; title: string; body: string }[];
  createdAt: Date;
  createdBy: string;
}

export interface TransitionRow {
  id: string;
  territoryId: string;
  reportId: string;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  at: Date;
  by: string | null;
}

export interface BodyRow {
  id: string;
  territoryId: string;
  reportId: string;
  kind: BodyKind;
  citizenCouncilId: string | null;
  communeId: string | null;
  name: string;
  remindedAt: Date | null;
  recipientEmail: string | null;
  postedOn: string | null;
  transmittedOn: string | null;
  transmissionChannel: 'EMAIL' | 'POST' | null;
}

export interface OpinionRow {
  id: string;
  territoryId: string;
  reportId: string;
  bodyId: string;
  position: Position;
  text: string;
  deliberationOn: string | null;
  tacit: boolean;
  late: boolean;
  revision: number;
  submittedBy: string | null;
  submittedAt: Date;
}

export interface RemarkRow {
  id: string;
  territoryId: string;
  opinionId: string;
  sectionId: string;
  position: number;
  text: string;
  response: string | null;
  respondedBy: string | null;
  respondedAt: Date | null;
}

export interface RevisionRow {
  id: string;
  territoryId: string;
  opinionId: string;
  revision: number;
  content: Record<string, unknown>;
  submittedBy: string | null;
  at: Date;
}

/** What a body submits: the avis and its remarks, section by section. */
export interface OpinionContent {
  position: (typeof POSITIONS)[number];
  text: string;
  deliberationOn: string | null;
  remarks: { sectionId: string; text: string }[];
}

/** A contribution as the consultation module stores it. */
export interface StoredContribution {
  id: string;
  territoryId: string;
  reportId: string;
  sectionId: string;
  authorId: string;
  text: string;
  createdAt: Date;
}

/** A contribution with the moderation state of its item (moderation module), merged by the service. */
export interface ContributionRow extends StoredContribution {
  status: ModerationStatus;
  reasonCode: ModerationReason | null;
  reasonText: string | null;
  /** Hidden by reports until a moderator decides. */
  hiddenAt: Date | null;
  moderatedBy: string | null;
  moderatedAt: Date | null;
}
