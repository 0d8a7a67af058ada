/** The plan of the report set by décret n° 2015-1118 (art. 1), as the sections of a new draft. */
export const REPORT_PLAN: { kind: string; title: string; body: string }[] = [
  {
    kind: 'ORIENTATIONS',
    title: 'Les principales orientations du contrat de ville',
    body: 'Rappel des orientations et des engagements du contrat.',
  },
  {
    kind: 'QPV_SITUATION',
    title: 'L’évolution de la situation dans les quartiers prioritaires',
    body: 'Indicateurs de l’année de référence, par quartier.',
  },
  {
    kind: 'ACTIONS',
    title: 'Les actions menées en faveur des habitants',
    body: 'Actions de l’intercommunalité et des communes. Les chiffres de la programmation sont insérés depuis les données.',
  },
  {
    kind: 'URBAN_RENEWAL',
    title: 'L’articulation avec le renouvellement urbain',
    body: 'État d’avancement des opérations ANRU / NPNRU.',
  },
  {
    kind: 'PERSPECTIVES',
    title: 'Perspectives et améliorations',
    body: 'Droit commun, coordination, participation des habitants, évaluation.',
  },
];
