import type { AuditAction } from './__generated__/catalogue';

/**
 * French labels of the journal: one per `enum AuditAction` of schema/audit.graphql (a missing one is
 * a type error), and per kind of object acted on.
 */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  INVITATION_CREATE: 'Invitation envoyée',
  INVITATION_ACCEPT: 'Invitation acceptée',
  ROLE_GRANT: 'Rôle attribué',
  ROLE_REVOKE: 'Rôle retiré',
  COUNCIL_CREATE: 'Conseil citoyen créé',
  COUNCIL_UPDATE: 'Conseil citoyen modifié',
  TERRITORY_THEME: 'Couleurs du territoire modifiées',
  TERRITORY_LOGO: 'Logo du territoire déposé',
  REPORT_CREATE: 'Rapport annuel créé',
  REPORT_TERMS: 'Calendrier de la consultation enregistré',
  REPORT_SECTION_UPDATE: 'Section du rapport modifiée',
  REPORT_BODY_ADD: 'Instance consultée ajoutée',
  REPORT_BODY_REMOVE: 'Instance consultée retirée',
  REPORT_BODY_TRANSMISSION: 'Transmission d’une instance enregistrée',
  REPORT_IN_CONSULTATION: 'Consultation ouverte',
  REPORT_APPROVED: 'Rapport approuvé',
  REPORT_PUBLISHED: 'Rapport publié',
  REPORT_REMIND: 'Rappel envoyé aux instances sans avis',
  OPINION_RECORD_LATE: 'Avis tardif enregistré',
  REMARK_ANSWER: 'Suite donnée à une observation',
  CONTRIBUTION_PUBLISH: 'Contribution publiée',
  CONTRIBUTION_REJECT: 'Contribution refusée',
  CONTRIBUTION_HIDE: 'Contribution masquée après des signalements',
  MODERATION_SETTINGS: 'Réglages de modération modifiés',
  IDEA_PUBLISH: 'Idée publiée',
  IDEA_REJECT: 'Idée refusée',
  IDEA_HIDE: 'Idée masquée après des signalements',
  IDEA_COMMENT_PUBLISH: 'Commentaire d’idée publié',
  IDEA_COMMENT_REJECT: 'Commentaire d’idée refusé',
  IDEA_COMMENT_HIDE: 'Commentaire d’idée masqué après des signalements',
  IDEA_RECORD: 'Idée enregistrée pour un habitant',
  IDEA_ANSWER: 'Réponse à une idée',
  IDEA_LINK_ACTION: 'Idée reliée à une action',
  IDEA_UNLINK_ACTION: 'Idée déliée d’une action',
  IDEA_MERGE: 'Idées fusionnées',
};

export const auditActionLabel = (action: AuditAction) => AUDIT_ACTION_LABELS[action];

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  Invitation: 'Invitation',
  Membership: 'Rôle',
  CitizenCouncil: 'Conseil citoyen',
  Territory: 'Territoire',
  Report: 'Rapport annuel',
  Opinion: 'Avis',
  OpinionRemark: 'Observation',
  Contribution: 'Contribution',
  ModerationSetting: 'Réglage de modération',
  Idea: 'Idée',
  IdeaComment: 'Commentaire d’idée',
};

export const auditTargetLabel = (targetType: string) => AUDIT_TARGET_LABELS[targetType] ?? 'Autre objet';

/** The fields the server writes in an entry's « before » and « after », in French. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  status: 'État',
  role: 'Rôle',
  userId: 'Personne',
  citizenCouncilId: 'Conseil citoyen',
  communeId: 'Commune',
  revokedAt: 'Retiré le',
  name: 'Nom',
  quartierId: 'Quartier',
  active: 'Actif',
  primaryColor: 'Couleur principale',
  size: 'Taille (octets)',
  accentColor: 'Couleur d’accent',
  referenceYear: 'Année de référence',
  title: 'Titre',
  body: 'Texte',
  adoptedOn: 'Adoption du projet',
  transmittedOn: 'Transmission',
  deadline: 'Échéance des avis',
  approvedOn: 'Approbation',
  publishedAt: 'Publication',
  bodies: 'Instances',
  emails: 'Emails envoyés',
  bodyId: 'Instance',
  position: 'Position',
  revision: 'Version de l’avis',
  response: 'Suite donnée',
  reason: 'Motif',
  recipientEmail: 'Adresse du maire ou de la présidence',
  postedOn: 'Envoi par courrier',
  hidden: 'Masquée',
  reports: 'Signalements',
  mode: 'Modération (avant ou après publication)',
  reportThreshold: 'Seuil de signalements',
};

export const auditFieldLabel = (key: string) => AUDIT_FIELD_LABELS[key] ?? 'Autre donnée';
