import type { Permission, Role } from './__generated__/catalogue';
import { deOf } from './french';

/** French labels of `enum Role` and `enum Permission` (schema/identity.graphql). */
export const ROLE_LABELS: Record<Role, string> = {
  RESIDENT: 'Habitant·e',
  COUNCIL_MEMBER: 'Membre de conseil citoyen',
  COUNCIL_REFERENT: 'Référent·e de conseil citoyen',
  COMMUNE_REPRESENTATIVE: 'Représentant·e de commune',
  STAFF: 'Chargé·e de mission',
  MODERATOR: 'Modérateur·rice',
  ADMIN: 'Administrateur·rice',
};

export const PERMISSION_LABELS: Record<Permission, string> = {
  MEMBERS_READ: 'voir les personnes qui ont un rôle sur le territoire',
  PARTICIPATION_ROLES_MANAGE: 'inviter et nommer les membres des conseils citoyens et les représentants des communes',
  STAFF_ROLES_MANAGE: 'nommer les chargés de mission, modérateurs et administrateurs',
  COUNCILS_MANAGE: 'créer et modifier les conseils citoyens',
  AUDIT_READ: 'consulter le journal des actions',
  OUTBOX_READ: 'consulter la boîte d’envoi des emails',
  TERRITORY_SETTINGS_MANAGE: 'choisir les couleurs du territoire sur le portail',
  REPORTS_MANAGE: 'rédiger le rapport annuel, conduire sa consultation et répondre aux avis',
  OPINIONS_PREPARE: 'lire et préparer l’avis de son instance sur le rapport annuel',
  OPINIONS_SUBMIT: 'déposer l’avis de son instance avant l’échéance',
  CONTRIBUTIONS_SUBMIT: 'commenter le projet de rapport pendant sa consultation',
  CONTRIBUTIONS_MODERATE: 'modérer ce qu’écrivent les habitants (contributions, idées, commentaires)',
  IDEAS_MANAGE: 'répondre aux idées des habitants, les relier aux actions, fusionner les doublons',
  EVENTS_MANAGE: 'organiser les rencontres, voir les inscrits, pointer les présences, publier les comptes rendus',
  PROGRAMMATION_MANAGE: 'saisir le contrat et la programmation, importer les tableaux, publier les données ouvertes',
};

/** What every signed-in person can do, whatever their roles, told to that person (« vous pouvez aussi… »). */
export const EVERYONE_CAN = [
  'modifier votre pseudonyme et vos préférences de notification',
  'télécharger toutes vos données et supprimer votre compte',
];

/**
 * A role with the council or commune it is held for: « Représentant·e de la commune d’Auchel »,
 * « Membre de conseil citoyen — Conseil citoyen Lens Sud ».
 */
export function heldRoleLabel(
  role: Role,
  scope: { citizenCouncil?: { name: string } | null; commune?: { name: string } | null },
): string {
  if (role === 'COMMUNE_REPRESENTATIVE' && scope.commune)
    return `Représentant·e de la commune ${deOf(scope.commune.name)}`;
  if (scope.citizenCouncil) return `${ROLE_LABELS[role]} — ${scope.citizenCouncil.name}`;
  return ROLE_LABELS[role];
}
