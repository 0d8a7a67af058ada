/** Row types of the ideas module; codegen mappers point here. */

export const IDEA_STATUSES = ['NEW', 'UNDER_STUDY', 'RETAINED', 'NOT_RETAINED', 'CARRIED_OUT'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export type IdeaPublication = 'UNCONFIRMED' | 'PENDING' | 'PUBLISHED' | 'REJECTED';
export const IDEA_CHANNELS = ['ONLINE', 'MEETING', 'PAPER', 'PHONE'] as const;
export type IdeaChannel = (typeof IDEA_CHANNELS)[number];
export type IdeaSort = 'RECENT' | 'MOST_SUPPORTED' | 'RECENTLY_ANSWERED';

export interface IdeaRow {
  territoryId: string;
  id: string;
  title: string;
  body: string;
  quartierId: string | null;
  themeId: string | null;
  photoId: string | null;
  channel: IdeaChannel;
  authorId: string;
  onBehalfOf: string | null;
  councilId: string | null;
  publication: IdeaPublication;
  hidden: boolean;
  status: IdeaStatus;
  answer: string | null;
  answeredAt: Date | null;
  firstAnsweredAt: Date | null;
  mergedIntoId: string | null;
  mergedAt: Date | null;
  /** The participation event it was recorded at. */
  eventId: string | null;
  supportCount: number;
  commentCount: number;
  createdAt: Date;
  confirmedAt: Date | null;
  publishedAt: Date | null;
  version: number;
}

export interface IdeaCommentRow {
  territoryId: string;
  id: string;
  ideaId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  publication: Exclude<IdeaPublication, 'UNCONFIRMED'>;
  hidden: boolean;
  createdAt: Date;
}

export interface IdeaSupportRow {
  territoryId: string;
  id: string;
  ideaId: string;
  originIdeaId: string;
  userId: string | null;
  createdAt: Date;
}

export interface IdeaStatusChangeRow {
  territoryId: string;
  id: string;
  ideaId: string;
  status: IdeaStatus;
  answer: string | null;
  actorId: string;
  at: Date;
}

export interface IdeaActionLinkRow {
  territoryId: string;
  ideaId: string;
  actionId: string;
  linkedBy: string;
  linkedAt: Date;
}

export interface IdeaPhotoRow {
  territoryId: string;
  id: string;
  uploaderId: string | null;
  contentType: string;
  width: number;
  height: number;
  createdAt: Date;
}

export interface IdeaListFilter {
  status?: IdeaStatus | null;
  quartierId?: string | null;
  wholeTerritory?: boolean | null;
  themeId?: string | null;
  search?: string | null;
}

export interface IdeaQueueFilter {
  status?: IdeaStatus | null;
  publication?: IdeaPublication | null;
  quartierId?: string | null;
}

/** The console's figures (IdeaFigures in the SDL). */
export interface IdeaCountRow {
  key: string;
  label: string;
  count: number;
}
export interface IdeaMonthRow {
  month: string;
  submitted: number;
  answered: number;
  retained: number;
  notRetained: number;
  carriedOut: number;
}
export interface IdeaFiguresRow {
  total: number;
  byStatus: IdeaCountRow[];
  byQuartier: IdeaCountRow[];
  byTheme: IdeaCountRow[];
  byMonth: IdeaMonthRow[];
  medianDaysToFirstAnswer: number | null;
  answeredCount: number;
}
