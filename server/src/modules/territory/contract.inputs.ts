import { z } from 'zod';
import { calendarDate, uuidField } from '../../shared/validation.js';

/** Optional text: trimmed, and blank means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus`)
    .nullish()
    .transform((v) => v || null);
const requiredText = (max: number, missing: string) =>
  z.string().trim().min(1, missing).max(max, `${max} caractères au plus`);
const year = z
  .number()
  .int('année entière attendue')
  .min(1900, 'année trop ancienne')
  .max(2100, 'année trop lointaine');
const expectedVersion = z.number().int('version invalide').min(1, 'version invalide');

export const createContractInput = z
  .object({
    territoryId: uuidField,
    name: z.string().trim().min(3, 'nom trop court').max(200, '200 caractères au plus'),
    startYear: year,
    endYear: year,
    signedOn: calendarDate.nullish().transform((v) => v ?? null),
  })
  .refine((c) => c.endYear >= c.startYear, {
    path: ['endYear'],
    message: 'la dernière année ne peut pas précéder la première',
  });

export const draftAmendmentInput = z.object({ territoryId: uuidField, contractId: uuidField });

export const putInForceInput = z.object({
  territoryId: uuidField,
  contractId: uuidField,
  expectedVersion,
  inForceFrom: calendarDate,
});

const itemFields = {
  kind: requiredText(50, 'type obligatoire (axe, ambition, objectif…)'),
  code: optionalText(50),
  title: requiredText(500, 'intitulé obligatoire'),
};

export const createFrameworkItemInput = z.object({
  territoryId: uuidField,
  contractId: uuidField,
  parentId: uuidField.nullish().transform((v) => v ?? null),
  ...itemFields,
});

export const updateFrameworkItemInput = z.object({
  territoryId: uuidField,
  id: uuidField,
  expectedVersion,
  ...itemFields,
});

export const moveFrameworkItemInput = z.object({
  territoryId: uuidField,
  id: uuidField,
  expectedVersion,
  direction: z.enum(['UP', 'DOWN'], 'sens inconnu'),
});

export const removeFrameworkItemInput = z.object({ territoryId: uuidField, id: uuidField, expectedVersion });

const indicatorFields = z.object({
  name: requiredText(200, 'nom obligatoire'),
  scope: requiredText(100, 'échelle obligatoire (territoire, quartier…)'),
  value: z
    .number('nombre attendu')
    .finite('nombre attendu')
    .nullish()
    .transform((v) => v ?? null),
  valueText: optionalText(100),
  unit: optionalText(50),
  year: year.nullish().transform((v) => v ?? null),
  source: optionalText(300),
  quartierId: uuidField.nullish().transform((v) => v ?? null),
  approximate: z.boolean(),
  note: optionalText(2000),
});

export const createIndicatorInput = z.object({ territoryId: uuidField, indicator: indicatorFields });
export const updateIndicatorInput = z.object({
  territoryId: uuidField,
  id: uuidField,
  expectedVersion,
  indicator: indicatorFields,
});
