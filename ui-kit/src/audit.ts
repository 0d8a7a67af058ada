/**
 * French labels of the journal: one per action the server writes (see `recordAudit` calls under
 * server/src/modules; audit.test.ts checks both lists match), and per kind of object acted on.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'invitation.create': 'Invitation envoyée',
  'invitation.accept': 'Invitation acceptée',
  'role.grant': 'Rôle attribué',
  'role.revoke': 'Rôle retiré',
  'council.create': 'Conseil citoyen créé',
  'council.update': 'Conseil citoyen modifié',
  'territory.theme': 'Couleurs du territoire modifiées',
  'territory.logo': 'Logo du territoire déposé',
  'report.create': 'Rapport annuel créé',
  'report.terms': 'Calendrier de la consultation enregistré',
  'report.section.update': 'Section du rapport modifiée',
  'report.body.add': 'Instance consultée ajoutée',
  'report.body.remove': 'Instance consultée retirée',
  'report.body.transmission': 'Transmission d’une instance enregistrée',
  'report.in_consultation': 'Consultation ouverte',
  'report.approved': 'Rapport approuvé',
  'report.published': 'Rapport publié',
  'report.remind': 'Rappel envoyé aux instances sans avis',
  'opinion.record-late': 'Avis tardif enregistré',
  'remark.answer': 'Suite donnée à une observation',
  'contribution.publish': 'Contribution publiée',
  'contribution.reject': 'Contribution refusée',
  'contribution.hide': 'Contribution masquée après des signalements',
  'moderation.settings': 'Réglages de modération modifiés',
};

/** The label of an action; one the console does not know yet is never shown as its raw code. */
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? 'Autre action';

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
