import { IDEA_STATUS_LABELS } from '@quartiers/ui-kit';
import type { IdeaChannel, IdeaPublication, IdeaStatus } from '../../__generated__/graphql';

/** French words for the ideas' codes, as staff read them in the console. */

export { IDEA_STATUS_LABELS };

export const IDEA_PUBLICATION_LABELS: Record<IdeaPublication, string> = {
  UNCONFIRMED: 'lien email non suivi',
  PENDING: 'à modérer',
  PUBLISHED: 'publiée',
  REJECTED: 'refusée',
};

export const IDEA_CHANNEL_LABELS: Record<IdeaChannel, string> = {
  ONLINE: 'en ligne',
  MEETING: 'en réunion',
  PAPER: 'sur papier',
  PHONE: 'par téléphone',
};

/** The answers staff may give: every status but « sans réponse ». */
export const ANSWER_CHOICES = (['UNDER_STUDY', 'RETAINED', 'NOT_RETAINED', 'CARRIED_OUT'] as const).map(
  (s) => [s, IDEA_STATUS_LABELS[s]] as const,
);

/** The channels of an idea recorded by staff on behalf of a resident. */
export const RECORD_CHANNELS = (['MEETING', 'PAPER', 'PHONE'] as const).map(
  (c) => [c, c === 'MEETING' ? 'Réunion' : c === 'PAPER' ? 'Papier' : 'Téléphone'] as const,
);

export const STATUS_CHOICES = Object.entries(IDEA_STATUS_LABELS) as [IdeaStatus, string][];
export const PUBLICATION_CHOICES = Object.entries(IDEA_PUBLICATION_LABELS) as [IdeaPublication, string][];
