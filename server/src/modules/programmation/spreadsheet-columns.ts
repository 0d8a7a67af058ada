/**
 * The programmation spreadsheet: one row per action and funder (an action without funding has one
 * row with the funder cells empty). The export writes these columns in this order, the template
 * carries them, and the import reads them by header, so a file exported and re-imported changes
 * nothing. Headers are matched without regard to case, accents or surrounding spaces.
 */
export const SPREADSHEET_COLUMNS = [
  {
    key: 'reference',
    header: 'Référence',
    required: false,
    help: 'Identifiant de l’action ; vide pour une nouvelle action',
  },
  { key: 'title', header: 'Action', required: true, help: 'Intitulé de l’action (300 caractères au plus)' },
  { key: 'operator', header: 'Porteur', required: true, help: 'Nom de la structure qui porte l’action' },
  { key: 'operatorSiret', header: 'SIRET du porteur', required: false, help: '14 chiffres' },
  { key: 'operatorRna', header: 'RNA du porteur', required: false, help: 'W suivi de 9 chiffres' },
  { key: 'frameworkCode', header: 'Axe', required: false, help: 'Code de l’axe ou de l’objectif du contrat' },
  { key: 'communes', header: 'Communes', required: false, help: 'Noms séparés par des points-virgules' },
  { key: 'quartiers', header: 'Quartiers', required: false, help: 'Noms ou codes QPV séparés par des points-virgules' },
  {
    key: 'status',
    header: 'Statut',
    required: false,
    help: 'Déposée, Financée, Refusée ou Abandonnée (Financée si vide)',
  },
  { key: 'startDate', header: 'Date de début', required: false, help: 'JJ/MM/AAAA ou AAAA-MM-JJ' },
  { key: 'endDate', header: 'Date de fin', required: false, help: 'JJ/MM/AAAA ou AAAA-MM-JJ' },
  { key: 'description', header: 'Description', required: false, help: 'Texte libre' },
  {
    key: 'funder',
    header: 'Financeur',
    required: false,
    help: 'Nom du financeur ; vide si l’action n’a pas de financement',
  },
  { key: 'amount', header: 'Montant', required: false, help: 'En euros, virgule ou point décimal (ex. 12500,50)' },
  { key: 'creditType', header: 'Type de crédit', required: false, help: 'Crédits spécifiques ou Droit commun' },
  { key: 'fund', header: 'Fonds', required: false, help: 'FCS, fonds de concours, BOP 147…' },
  { key: 'conventionDate', header: 'Date de convention', required: false, help: 'JJ/MM/AAAA ou AAAA-MM-JJ' },
  {
    key: 'decisionReference',
    header: 'Référence de la décision',
    required: false,
    help: 'N° de délibération ou d’arrêté',
  },
  { key: 'paymentConditions', header: 'Conditions de versement', required: false, help: 'unique, échelonné ou autre' },
  {
    key: 'paymentPeriod',
    header: 'Période de versement',
    required: false,
    help: 'AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ',
  },
] as const;

export type SpreadsheetColumnKey = (typeof SPREADSHEET_COLUMNS)[number]['key'];

/** A row of the spreadsheet as text, by column key (empty cells are empty strings). */
export type SpreadsheetRow = Record<SpreadsheetColumnKey, string>;

/** How statuses and credit types are written in the spreadsheet, and back. */
export const ACTION_STATUS_LABELS = {
  SUBMITTED: 'Déposée',
  FUNDED: 'Financée',
  REFUSED: 'Refusée',
  ABANDONED: 'Abandonnée',
} as const;
export const CREDIT_TYPE_LABELS = { SPECIFIC: 'Crédits spécifiques', DROIT_COMMUN: 'Droit commun' } as const;
