import type { ContractStatus } from '../../__generated__/graphql';

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: 'Projet',
  IN_FORCE: 'En vigueur',
  SUPERSEDED: 'Remplacée',
};

/** « Contrat initial » for amendment 0, then « Avenant n° 1 »… */
export const versionLabel = (amendmentNumber: number) =>
  amendmentNumber === 0 ? 'Contrat initial' : `Avenant n° ${amendmentNumber}`;

/** The version with its article: « le contrat initial », « l’avenant n° 2 ». */
export const theVersion = (amendmentNumber: number) =>
  amendmentNumber === 0 ? 'le contrat initial' : `l’avenant n° ${amendmentNumber}`;
