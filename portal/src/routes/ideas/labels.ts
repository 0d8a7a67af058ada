import { IDEA_STATUS_LABELS as SHARED_STATUS_LABELS, ideaStatusTitle } from '@quartiers/ui-kit';
import type { IdeaPublication, IdeaSort, IdeaStatus } from '../../__generated__/graphql';

/** What staff made of an idea, as residents read it on cards, filters and the idea page. */
export const IDEA_STATUS_LABELS = Object.fromEntries(
  (Object.keys(SHARED_STATUS_LABELS) as IdeaStatus[]).map((s) => [s, ideaStatusTitle(s)]),
) as Record<IdeaStatus, string>;

/** Where one's own idea or comment stands before it is public. */
export const IDEA_PUBLICATION_LABELS: Record<IdeaPublication, string> = {
  UNCONFIRMED: 'En attente de confirmation par email',
  PENDING: 'En attente de modération',
  PUBLISHED: 'Publiée',
  REJECTED: 'Refusée',
};

export const IDEA_SORT_LABELS: Record<IdeaSort, string> = {
  RECENT: 'Les plus récentes',
  MOST_SUPPORTED: 'Les plus soutenues',
  RECENTLY_ANSWERED: 'Récemment répondues',
};

/** The idea page's address, and the ideas list's. */
export const ideaPath = (code: string, id: string) => `/${code}/idees/${id}`;
export const ideasPath = (code: string, query?: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return `/${code}/idees${search ? `?${search}` : ''}`;
};
