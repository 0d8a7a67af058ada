import { z } from 'zod';
import { uuidField } from '../../shared/validation.js';
import { EVENT_KINDS, EVENT_OUTCOME_KINDS, EVENT_STATUSES } from './events.types.js';

/** Optional text: trimmed, and blank means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus`)
    .nullish()
    .transform((v) => v || null);
const instant = z.date('date et heure attendues');

export const eventInput = z.object({
  kind: z.enum(EVENT_KINDS, 'type d’événement inconnu'),
  title: z.string().trim().min(1, 'titre obligatoire').max(200, '200 caractères au plus'),
  description: optionalText(10000),
  startsAt: instant,
  endsAt: instant,
  place: optionalText(300),
  communeId: uuidField.nullish().transform((v) => v ?? null),
  quartierId: uuidField.nullish().transform((v) => v ?? null),
  themeIds: z
    .array(uuidField)
    .max(20, '20 thèmes au plus')
    .nullish()
    .transform((v) => [...new Set(v ?? [])]),
  organiser: optionalText(200),
  capacity: z
    .number()
    .int('nombre entier attendu')
    .min(0, 'le nombre de places ne peut pas être négatif')
    .max(100000, 'nombre de places trop grand')
    .nullish()
    .transform((v) => v ?? null),
  registrationOpen: z.boolean(),
  accessibility: z.object({
    stepFreeAccess: z.boolean(),
    childcare: z.boolean(),
    interpretation: z.boolean(),
    hearingLoop: z.boolean(),
    note: optionalText(500),
  }),
});
export type EventInput = z.infer<typeof eventInput>;

export const createEventInput = z.object({ territoryId: uuidField, event: eventInput });
export const updateEventInput = z.object({ territoryId: uuidField, eventId: uuidField, event: eventInput });
export const setEventStatusInput = z.object({
  territoryId: uuidField,
  eventId: uuidField,
  status: z.enum(EVENT_STATUSES, 'statut inconnu'),
  message: optionalText(2000),
});
export const recordOutcomesInput = z.object({
  territoryId: uuidField,
  eventId: uuidField,
  minutes: optionalText(50000),
  outcomes: z
    .array(
      z.object({
        kind: z.enum(EVENT_OUTCOME_KINDS, 'type de résultat inconnu'),
        text: z.string().trim().min(1, 'texte obligatoire').max(2000, '2000 caractères au plus'),
      }),
    )
    .max(100, '100 résultats au plus'),
});
export const setWalkInsInput = z.object({
  territoryId: uuidField,
  eventId: uuidField,
  walkIns: z
    .number()
    .int('nombre entier attendu')
    .min(0, 'le nombre ne peut pas être négatif')
    .max(100000, 'nombre trop grand'),
});
export const eventSettingsInput = z.object({
  territoryId: uuidField,
  contactRetentionMonths: z
    .number()
    .int('nombre entier de mois attendu')
    .min(1, 'au moins 1 mois')
    .max(36, 'au plus 36 mois'),
});

export const eventListFilter = z
  .object({
    time: z.enum(['UPCOMING', 'PAST']).nullish(),
    kind: z.enum(EVENT_KINDS).nullish(),
    communeId: uuidField.nullish(),
    quartierId: uuidField.nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .nullish();
