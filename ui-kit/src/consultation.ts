import type { ConsultedBodyStatus, ContributionStatus, OpinionPosition, ReportStatus } from './__generated__/catalogue';

/** French labels of the consultation's states, shared by the portal and the console (enums of schema/consultation.graphql). */

export const REPORT_STATUS: Record<ReportStatus, string> = {
  DRAFT: 'En préparation',
  IN_CONSULTATION: 'En consultation',
  CLOSED: 'Consultation close',
  APPROVED: 'Approuvé par le conseil communautaire',
  PUBLISHED: 'Publié',
};

export const POSITION: Record<OpinionPosition, string> = {
  FAVOURABLE: 'Favorable',
  FAVOURABLE_WITH_RESERVATIONS: 'Favorable avec réserves',
  UNFAVOURABLE: 'Défavorable',
  DEEMED_FAVOURABLE: 'Réputé favorable (pas de réponse à l’échéance)',
};

export const BODY_STATUS: Record<ConsultedBodyStatus, string> = {
  AWAITING: 'En attente',
  SUBMITTED: 'Avis rendu',
  LATE: 'Avis reçu après l’échéance',
  TACIT: 'Avis tacite (réputé favorable)',
};

/** A contribution's state, as the console names it (and its journal, for `contribution.*` entries). */
export const CONTRIBUTION_STATUS: Record<ContributionStatus, string> = {
  PENDING: 'En attente de modération',
  PUBLISHED: 'Publiée',
  REJECTED: 'Refusée',
};
