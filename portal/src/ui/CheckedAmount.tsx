import { formatEuros } from './format';

interface Props {
  value: { printed?: string | null; computed?: string | null; gap?: string | null };
}

/** A printed figure, with the sum of its lines when they disagree: gaps in the sources stay visible. */
export function CheckedAmount({ value }: Props) {
  const printed = value.printed ?? value.computed;
  if (value.gap && Number(value.gap) !== 0) {
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
