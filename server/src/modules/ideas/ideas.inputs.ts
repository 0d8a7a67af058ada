import { z } from 'zod';
import { emailField, uuidField } from '../../shared/validation.js';
import { IDEA_CHANNELS } from './ideas.types.js';

/** An optional text field: blank means not given. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((v) => v || null);

/** submitIdea's input, parsed once; the messages name what to fix, in French. */
export const submitIdeaInput = z.object({
  territoryId: uuidField,
  title: z
    .string()
    .trim()
    .min(3, 'le titre doit compter au moins 3 caractères')
    .max(140, 'le titre doit compter au plus 140 caractères'),
  text: z
    .string()
    .trim()
    .min(10, 'décrivez votre idée en 10 caractères au moins')
    .max(5000, 'le texte doit compter au plus 5 000 caractères'),
  quartierId: uuidField.nullish(),
  themeId: uuidField.nullish(),
  photoId: uuidField.nullish(),
  email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), emailField.nullish()),
  pseudonym: optionalText(40, 'le pseudonyme doit compter au plus 40 caractères'),
  councilId: uuidField.nullish(),
  channel: z.enum(IDEA_CHANNELS, 'canal inconnu').nullish(),
  onBehalfOf: optionalText(80, 'le nom doit compter au plus 80 caractères'),
  eventId: uuidField.nullish(),
});
export type SubmitIdeaInput = z.infer<typeof submitIdeaInput>;

export const confirmIdeaInput = z.object({ territoryId: uuidField, token: z.string().max(100, 'lien invalide') });

/** What every read of a list parses (the search is trimmed; blank means none). */
export const ideaSearch = z
  .string()
  .trim()
  .max(100, 'recherche trop longue')
  .nullish()
  .transform((v) => v || null);
