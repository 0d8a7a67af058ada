import { z } from 'zod';

export { emailField } from '../../shared/validation.js';

/** A pseudonym, shown publicly: never an email address. */
export const displayNameField = z
  .string()
  .trim()
  .min(2, 'le pseudonyme doit compter au moins 2 caractères')
  .max(40, 'le pseudonyme doit compter au plus 40 caractères')
  .refine((v) => !v.includes('@'), 'le pseudonyme ne doit pas être une adresse email');

export const tokenField = z.string().min(20, 'lien invalide').max(100, 'lien invalide');
