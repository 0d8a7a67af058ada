/**
 * Why an item is refused or reported, with the French label its author, the people who report and
 * the moderators read. One list for the server (validation, emails) and both front ends.
 */
export const MODERATION_REASON_LABELS = {
  OFF_TOPIC: 'Hors sujet',
  PERSONAL_DATA: 'Données personnelles',
  ABUSIVE: 'Propos injurieux ou discriminatoires',
  ADVERTISING: 'Publicité ou propagande',
  DUPLICATE: 'Doublon',
  OTHER: 'Autre motif',
} as const;
export type ModerationReasonCode = keyof typeof MODERATION_REASON_LABELS;

export const MODERATION_STATUS_LABELS = {
  PENDING: 'à modérer',
  PUBLISHED: 'publiée',
  REJECTED: 'refusée',
} as const;

export const MODERATABLE_KIND_LABELS = {
  CONTRIBUTION: 'Contribution au rapport',
  IDEA: 'Idée',
  IDEA_COMMENT: 'Commentaire d’idée',
} as const;
