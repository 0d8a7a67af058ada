import { formatEuros } from './format';

interface Props {
  value: { printed?: number | null; computed?: number | null; gap?: number | null };
}

/** A printed figure, with the sum of its lines when they disagree: gaps in the sources stay visible. */
export function CheckedAmount({ value }: Props) {
  const printed = value.printed ?? value.computed;
  if (value.gap) {
    return (
      <span>
        {formatEuros(printed)}{' '}
        <span className="gap">
          (somme des lignes : {formatEuros(value.computed)}, écart de {formatEuros(value.gap)})
        </span>
      </span>
    );
  }
  return <span>{formatEuros(printed)}</span>;
}
