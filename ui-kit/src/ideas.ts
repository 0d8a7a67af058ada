import type { IdeaStatus } from './__generated__/catalogue';

/**
 * What staff made of an idea, in the words of a sentence (« l’idée est retenue »): one list for the
 * server (figures, exports, emails), the portal and the console; `ideaStatusTitle` starts it with a
 * capital for badges and table cells.
 */
export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  NEW: 'sans réponse',
  UNDER_STUDY: 'à l’étude',
  RETAINED: 'retenue',
  NOT_RETAINED: 'non retenue',
  CARRIED_OUT: 'réalisée',
};

export const ideaStatusTitle = (status: IdeaStatus) => {
  const label = IDEA_STATUS_LABELS[status];
  return label.charAt(0).toUpperCase() + label.slice(1);
};
