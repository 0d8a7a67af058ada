import { z } from 'zod';
import { emailField, uuidField } from '../../shared/validation.js';

/** Blank means not given. */
const blankAsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optionalEmail = z.preprocess(blankAsNull, emailField.nullish());
const tokenField = z.string().trim().min(20, 'lien invalide').max(100, 'lien invalide');

/** The mutations' inputs, parsed once; the messages name what to fix, in French. */
export const registerInput = z.object({
  territoryId: uuidField,
  eventId: uuidField,
  email: optionalEmail,
  pseudonym: z.preprocess(
    blankAsNull,
    z.string().trim().max(40, 'le pseudonyme compte au plus 40 caractères').nullish(),
  ),
});

export const confirmInput = z.object({ territoryId: uuidField, token: tokenField });

export const cancelInput = z
  .object({ territoryId: uuidField, registrationId: uuidField.nullish(), token: tokenField.nullish() })
  .refine((i) => (i.registrationId ? 1 : 0) + (i.token ? 1 : 0) === 1, {
    message: 'indiquez l’inscription ou le lien d’annulation',
    path: ['registrationId'],
  });

export const recordInput = z
  .object({
    territoryId: uuidField,
    eventId: uuidField,
    name: z
      .string()
      .trim()
      .min(2, 'indiquez le nom de la personne (2 caractères au moins)')
      .max(80, 'le nom compte au plus 80 caractères'),
    email: optionalEmail,
    phone: z.preprocess(
      blankAsNull,
      z
        .string()
        .trim()
        .max(30, 'le numéro compte au plus 30 caractères')
        .regex(/^\+?[\d\s.()-]{6,}$/, 'numéro de téléphone invalide')
        .nullish(),
    ),
  })
  .transform((i) => ({ ...i, email: i.email ?? null, phone: i.phone ?? null }));

export const checkInInput = z.object({ territoryId: uuidField, registrationId: uuidField, checkedIn: z.boolean() });
