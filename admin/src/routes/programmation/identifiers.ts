import { isSiret } from '@quartiers/ui-kit';

/**
 * The SIRET and RNA numbers staff type for operators and funders, checked as they type: the SCDL
 * file requires `^\d{14}$` and `^W\d{9}$`. Spaces are allowed while typing and dropped when saved.
 */

/** The number without its spaces (« 130 005 481 00010 » → "13000548100010"); null when empty. */
export const compactIdentifier = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '').toUpperCase() || null;

/** The French problem of a typed SIRET, or undefined when it is empty or valid. */
export function siretProblem(text: string): string | undefined {
  const siret = compactIdentifier(text);
  if (!siret) return undefined;
  if (!/^\d{14}$/.test(siret)) return 'Le SIRET compte 14 chiffres.';
  if (!isSiret(siret)) return 'Ce SIRET n’existe pas : un chiffre est sans doute mal saisi.';
  return undefined;
}

/** The French problem of a typed RNA number, or undefined when it is empty or valid. */
export function rnaProblem(text: string): string | undefined {
  const rna = compactIdentifier(text);
  if (!rna) return undefined;
  return /^W\d{9}$/.test(rna) ? undefined : 'Le numéro RNA est un W suivi de 9 chiffres (W123456789).';
}
