import type { ActionStatus, CreditType, ProgrammationStatus } from '@quartiers/ui-kit';

/** French words of the programmation's codes, as staff read them in the console. */
export const PROGRAMMATION_STATUS_LABELS: Record<ProgrammationStatus, string> = {
  DRAFT: 'Brouillon',
  PUBLISHED: 'Publiée',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  SUBMITTED: 'Déposée',
  FUNDED: 'Financée',
  REFUSED: 'Refusée',
  ABANDONED: 'Abandonnée',
};

export const CREDIT_TYPE_LABELS: Record<CreditType, string> = {
  SPECIFIC: 'Crédits spécifiques',
  DROIT_COMMUN: 'Droit commun',
};

export const STATUS_CHOICES = Object.entries(ACTION_STATUS_LABELS) as [ActionStatus, string][];
export const CREDIT_TYPE_CHOICES = Object.entries(CREDIT_TYPE_LABELS) as [CreditType, string][];
