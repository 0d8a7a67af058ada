import { FieldProblems } from '@quartiers/ui-kit';
import type { IndicatorFields } from '../../__generated__/graphql';

/** A number as typed in France: « 12,5 » or « 12.5 »; blank is none, anything else is not a number. */
const number = (text: string | undefined) => {
  const t = (text ?? '').trim().replace(/\s/g, '').replace(',', '.');
  return t === '' ? null : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};

/** The form's values as the API takes them, or the fields to correct, with French messages. */
export function readIndicatorForm(v: Record<string, string>): IndicatorFields | FieldProblems {
  const problems: Record<string, string> = {};
  if (!v.name?.trim()) problems.name = 'Indiquez le nom de l’indicateur.';
  if (!v.scope?.trim()) problems.scope = 'Indiquez l’échelle (territoire, quartier, commune…).';
  const value = number(v.value);
  if (Number.isNaN(value)) problems.value = 'Indiquez un nombre, par exemple 12,5.';
  const year = number(v.year);
  if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100)) {
    problems.year = 'Indiquez une année entre 1900 et 2100.';
  }
  if (Object.keys(problems).length) return new FieldProblems(problems);
  const text = (name: string) => v[name]?.trim() || null;
  return {
    name: v.name!.trim(),
    scope: v.scope!.trim(),
    value,
    valueText: text('valueText'),
    unit: text('unit'),
    year,
    source: text('source'),
    quartierId: v.quartierId || null,
    approximate: v.approximate === 'on',
    note: text('note'),
  };
}

/** The server names fields by their path in the input (`indicator.year`); the form by their name. */
export const formFieldName = (path: string) => path.replace(/^indicator\./, '');
