export { formatEuros } from '@quartiers/ui-kit';

const numbers = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

export const formatNumber = (v: number | null | undefined) => (v == null ? '—' : numbers.format(v));
export const formatShare = (v: number | null | undefined) => (v == null ? '—' : percent.format(v));

export const QUARTIER_KIND: Record<string, string> = {
  QPV: 'Quartier prioritaire (QPV)',
  QIC: 'Quartier d’intérêt communautaire',
  VEILLE: 'Quartier de veille',
  UNKNOWN: 'Statut non précisé',
};
