import type { z } from 'zod';
import { DomainError } from './errors.js';

/** Parses a mutation's input, or refuses it whole with one French message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'input'] ??= issue.message;
  throw new DomainError('BAD_USER_INPUT', `Saisie invalide : ${Object.values(fields).join(' ; ')}`, fields);
}
