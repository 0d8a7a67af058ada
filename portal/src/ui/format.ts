const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const numbers = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

export const formatEuros = (v: number | null | undefined) => (v == null ? '—' : euros.format(v));
export const formatNumber = (v: number | null | undefined) => (v == null ? '—' : numbers.format(v));
export const formatShare = (v: number | null | undefined) => (v == null ? '—' : percent.format(v));

export const QUARTIER_KIND: Record<string, string> = {
  QPV: 'Quartier prioritaire (QPV)',
  QIC: 'Quartier d’intérêt communautaire',
  VEILLE: 'Quartier de veille',
  UNKNOWN: 'Statut non précisé',
};
