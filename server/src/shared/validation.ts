import { z } from 'zod';
import { DomainError } from './errors.js';

/** Parses a mutation's input, or refuses it whole with one French message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'input'] ??= issue.message;
  throw new DomainError('BAD_USER_INPUT', `Saisie invalide : ${Object.values(fields).join(' ; ')}`, fields);
}

/**
 * A calendar date (YYYY-MM-DD). The `Date` scalar hands resolvers a Date at UTC midnight; services
 * work on the calendar date itself, as the procedure's dates are days in Paris, not instants.
 */
export const calendarDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ'),
);

/** An id given in a mutation's input. */
export const uuidField = z.string().uuid('identifiant invalide');

/** An email address, as people type it (spaces around, capitals). */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'adresse trop longue')
  .email('adresse email invalide');
