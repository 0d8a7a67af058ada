/** French labels of the consultation's states, shared by the portal and the console (mirrors schema/consultation.graphql). */
export type ReportStatus = 'DRAFT' | 'IN_CONSULTATION' | 'CLOSED' | 'APPROVED' | 'PUBLISHED';
export type OpinionPosition = 'FAVOURABLE' | 'FAVOURABLE_WITH_RESERVATIONS' | 'UNFAVOURABLE' | 'DEEMED_FAVOURABLE';
export type ConsultedBodyStatus = 'AWAITING' | 'SUBMITTED' | 'LATE' | 'TACIT';

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
