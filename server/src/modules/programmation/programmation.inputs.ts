import { z } from 'zod';
import { uuidField } from '../../shared/validation.js';

export const applyProgrammationImportInput = z.object({ territoryId: uuidField, importId: uuidField });

/** The year a spreadsheet is imported into. */
export const importYear = z.coerce
  .number('année attendue')
  .int('année attendue')
  .min(2000, 'année entre 2000 et 2100')
  .max(2100, 'année entre 2000 et 2100');
