/**
 * Every email the platform sends, in French. `ACCOUNT` emails (links asked for by the person) are
 * always sent; the others belong to a category the person can turn off.
 */
export const NOTIFICATION_CATEGORIES = ['roleChanges', 'consultations', 'moderation', 'ideas'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

const ROLE_LABELS: Record<string, string> = {
  RESIDENT: 'habitant·e',
  COUNCIL_MEMBER: 'membre de conseil citoyen',
  COUNCIL_REFERENT: 'référent·e de conseil citoyen',
  COMMUNE_REPRESENTATIVE: 'représentant·e de commune',
  STAFF: 'chargé·e de mission',
  MODERATOR: 'modérateur·rice',
  ADMIN: 'administrateur·rice',
};
export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;

interface Email {
  subject: string;
  body: string;
  category: NotificationCategory | 'ACCOUNT';
}

const sign = '\n\n— Quartiers, la plateforme du contrat de ville';

/** What the opening and the reminder of a consultation tell one person of a consulted body. */
interface BodyConsultation {
  name: string;
  body: string;
  report: string;
  deadline: string;
  link: string;
}

/** What every email about one person's registration to an event says. */
interface EventRegistrationEmail {
  name: string;
  territory: string;
  title: string;
  /** « le 14/03/2026 à 18:30 » (Paris). */
  when: string;
  place: string;
  link: string;
  cancelLink: string;
}

const eventFacts = (p: Omit<EventRegistrationEmail, 'cancelLink'>) =>
  `« ${p.title} », ${p.when}${p.place ? `, ${p.place}` : ''}.\n\nL’événement :\n${p.link}`;
const eventCancel = (p: EventRegistrationEmail) =>
  `\n\nSi vous ne pouvez pas venir, annulez votre inscription pour libérer votre place :\n${p.cancelLink}\n\nLe fichier joint ajoute l’événement à votre agenda.`;

export const templates = {
  'verify-email': (p: { name: string; link: string; territory: string }): Email => ({
    category: 'ACCOUNT',
    subject: 'Confirmez votre adresse email',
    body: `Bonjour ${p.name},\n\nVous venez de créer un compte sur Quartiers (${p.territory}). Pour confirmer votre adresse et vous connecter, ouvrez ce lien (valable 24 heures) :\n${p.link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.${sign}`,
  }),
  'sign-in-link': (p: { name: string; link: string }): Email => ({
    category: 'ACCOUNT',
    subject: 'Votre lien de connexion',
    body: `Bonjour ${p.name},\n\nPour vous connecter à Quartiers, ouvrez ce lien (valable 15 minutes, une seule fois) :\n${p.link}\n\nSi vous n'avez rien demandé, ignorez ce message : personne ne peut se connecter sans ce lien.${sign}`,
  }),
  'reset-password': (p: { name: string; link: string }): Email => ({
    category: 'ACCOUNT',
    subject: 'Choisir un nouveau mot de passe',
    body: `Bonjour ${p.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, une seule fois) :\n${p.link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.${sign}`,
  }),
  invitation: (p: { role: string; scope: string; territory: string; inviter: string; link: string }): Email => ({
    category: 'ACCOUNT',
    subject: `Invitation : ${roleLabel(p.role)} sur Quartiers (${p.territory})`,
    body: `Bonjour,\n\n${p.inviter} vous invite à rejoindre Quartiers (${p.territory}) en tant que ${roleLabel(p.role)}${p.scope ? ` (${p.scope})` : ''}.\n\nPour accepter, ouvrez ce lien (valable 14 jours) :\n${p.link}${sign}`,
  }),
  'role-granted': (p: { name: string; role: string; scope: string; territory: string }): Email => ({
    category: 'roleChanges',
    subject: `Nouveau rôle : ${roleLabel(p.role)}`,
    body: `Bonjour ${p.name},\n\nVous êtes désormais ${roleLabel(p.role)}${p.scope ? ` (${p.scope})` : ''} sur Quartiers (${p.territory}).${sign}`,
  }),
  'role-revoked': (p: { name: string; role: string; scope: string; territory: string; reason: string }): Email => ({
    category: 'roleChanges',
    subject: `Rôle retiré : ${roleLabel(p.role)}`,
    body: `Bonjour ${p.name},\n\nVotre rôle de ${roleLabel(p.role)}${p.scope ? ` (${p.scope})` : ''} sur Quartiers (${p.territory}) a pris fin.\nMotif : ${p.reason}${sign}`,
  }),
  'consultation-opened': (p: BodyConsultation): Email => ({
    category: 'consultations',
    subject: `Consultation : avis de ${p.body} attendu avant le ${p.deadline}`,
    body: `Bonjour ${p.name},\n\nLe projet de « ${p.report} » est transmis pour avis à ${p.body}. L’avis peut être déposé jusqu’au ${p.deadline} à minuit ; sans réponse, il sera réputé favorable.\n\nLe projet de rapport et le formulaire d’avis :\n${p.link}${sign}`,
  }),
  'consultation-reminder': (p: BodyConsultation): Email => ({
    category: 'consultations',
    subject: `Rappel : avis attendu avant le ${p.deadline}`,
    body: `Bonjour ${p.name},\n\n${p.body} n’a pas encore rendu son avis sur « ${p.report} ». Les avis sont reçus jusqu’au ${p.deadline} à minuit ; sans réponse, l’avis sera réputé favorable.\n\nLe projet de rapport et le formulaire d’avis :\n${p.link}${sign}`,
  }),
  'moderation-pending': (p: {
    name: string;
    territory: string;
    context: string;
    excerpt: string;
    link: string;
  }): Email => ({
    category: 'moderation',
    subject: `À modérer : nouvelle publication (${p.territory})`,
    body: `Bonjour ${p.name},\n\nUne nouvelle publication attend votre décision avant d’être visible (${p.context}) :\n« ${p.excerpt} »\n\nLa file de modération :\n${p.link}${sign}`,
  }),
  'moderation-hidden': (p: {
    name: string;
    territory: string;
    context: string;
    excerpt: string;
    reports: number;
    link: string;
  }): Email => ({
    category: 'moderation',
    subject: `Publication masquée après ${p.reports} signalements (${p.territory})`,
    body: `Bonjour ${p.name},\n\nUne publication a reçu ${p.reports} signalements : elle est masquée jusqu’à votre décision (${p.context}) :\n« ${p.excerpt} »\n\nLa file de modération :\n${p.link}${sign}`,
  }),
  'idea-confirm': (p: { name: string; territory: string; title: string; link: string }): Email => ({
    category: 'ACCOUNT',
    subject: 'Confirmez votre idée',
    body: `Bonjour ${p.name},\n\nVous avez proposé une idée sur Quartiers (${p.territory}) :\n« ${p.title} »\n\nPour la confirmer, ouvrez ce lien (valable 7 jours, une seule fois) :\n${p.link}\n\nElle sera ensuite relue avant d’être publiée. Si vous n'êtes pas à l'origine de cette idée, ignorez ce message : elle ne sera pas publiée.${sign}`,
  }),
  'idea-status': (p: {
    name: string;
    territory: string;
    title: string;
    status: string;
    answer: string;
    link: string;
    supporter: boolean;
  }): Email => ({
    category: 'ideas',
    subject: `Idée « ${p.title} » : ${p.status}`,
    body: `Bonjour ${p.name},\n\nL’idée ${p.supporter ? 'que vous soutenez' : 'que vous avez proposée'} sur Quartiers (${p.territory}) a un nouveau statut : ${p.status}.${p.answer ? `\n\nLa réponse de la collectivité :\n${p.answer}` : ''}\n\nL’idée :\n${p.link}\n\nVous pouvez ne plus recevoir ces messages depuis « Mon compte ».${sign}`,
  }),
  'event-confirm': (p: Omit<EventRegistrationEmail, 'cancelLink'> & { confirmLink: string }): Email => ({
    category: 'ACCOUNT',
    subject: `Confirmez votre inscription : ${p.title}`,
    body: `Bonjour ${p.name},\n\nVous demandez à vous inscrire sur Quartiers (${p.territory}) à ${eventFacts(p)}\n\nPour confirmer votre inscription, ouvrez ce lien (valable 7 jours, une seule fois) :\n${p.confirmLink}\n\nVotre place n’est retenue qu’une fois ce lien ouvert. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.${sign}`,
  }),
  'event-registered': (p: EventRegistrationEmail): Email => ({
    category: 'ACCOUNT',
    subject: `Inscription confirmée : ${p.title}`,
    body: `Bonjour ${p.name},\n\nVotre inscription est confirmée, votre place est retenue : ${eventFacts(p)}${eventCancel(p)}${sign}`,
  }),
  'event-waiting': (p: EventRegistrationEmail & { rank: number }): Email => ({
    category: 'ACCOUNT',
    subject: `Liste d’attente : ${p.title}`,
    body: `Bonjour ${p.name},\n\nL’événement est complet : vous êtes inscrit·e sur la liste d’attente, en position ${p.rank}. Si une place se libère, elle vous est attribuée automatiquement et vous recevez un email. ${eventFacts(p)}${eventCancel(p)}${sign}`,
  }),
  'event-promoted': (p: EventRegistrationEmail): Email => ({
    category: 'ACCOUNT',
    subject: `Une place s’est libérée : ${p.title}`,
    body: `Bonjour ${p.name},\n\nBonne nouvelle : une place s’est libérée et elle est pour vous. Votre inscription est confirmée : ${eventFacts(p)}${eventCancel(p)}${sign}`,
  }),
  'event-reminder': (p: EventRegistrationEmail): Email => ({
    category: 'ACCOUNT',
    subject: `Rappel : ${p.title}, ${p.when}`,
    body: `Bonjour ${p.name},\n\nPetit rappel : vous êtes inscrit·e à ${eventFacts(p)}${eventCancel(p)}${sign}`,
  }),
  'event-cancelled': (p: Omit<EventRegistrationEmail, 'cancelLink'> & { message: string }): Email => ({
    category: 'ACCOUNT',
    subject: `Événement annulé : ${p.title}`,
    body: `Bonjour ${p.name},\n\nNous sommes désolés : l’événement auquel vous étiez inscrit·e est annulé : ${eventFacts(p)}${p.message ? `\n\nLe message de l’équipe :\n${p.message}` : ''}\n\nLe fichier joint met à jour votre agenda.${sign}`,
  }),
} satisfies Record<string, (p: never) => Email>;

export type TemplateName = keyof typeof templates;
export type TemplateParams<K extends TemplateName> = Parameters<(typeof templates)[K]>[0];
