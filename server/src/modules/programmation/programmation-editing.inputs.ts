import { z } from 'zod';
import { calendarDate, uuidField } from '../../shared/validation.js';
import { isSiret } from '../../../../ui-kit/src/identifiers.js';

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
const optionalId = uuidField.nullish().transform((v) => v ?? null);
const optionalDate = calendarDate.nullish().transform((v) => v ?? null);
const version = z.number().int('nombre entier attendu').min(1, 'version inconnue');
const count = z.number().int('nombre entier attendu').min(0, 'le nombre ne peut pas être négatif');
/** The Decimal scalar has already made it "1250.50"; only its sign is left to check. */
const amount = z.string().refine((v) => !v.startsWith('-'), 'le montant ne peut pas être négatif');
const optionalAmount = amount.nullish().transform((v) => v ?? null);

/** A SIRET as people copy it (spaces between the groups), kept as its 14 digits. */
const siret = z
  .string()
  .nullish()
  .transform((v) => v?.replace(/[\s\u00a0]/g, '') || null)
  .refine((v) => v === null || /^\d{14}$/.test(v), 'un SIRET compte 14 chiffres')
  .refine((v) => v === null || isSiret(v), 'ce SIRET n’existe pas (clé de contrôle fausse)');
const rna = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || /^W\d{9}$/.test(v), 'un numéro RNA s’écrit W suivi de 9 chiffres');

export const createProgrammationInput = z.object({
  territoryId: uuidField,
  year: z.number().int('année attendue').min(2000, 'année trop ancienne').max(2100, 'année trop lointaine'),
  contractId: optionalId,
});

export const updateProgrammationInput = z.object({
  territoryId: uuidField,
  programmationId: uuidField,
  expectedVersion: version,
  totalCost: optionalAmount,
  specificCreditsTotal: optionalAmount,
  projectsSubmitted: count
    .max(100000, 'nombre trop grand')
    .nullish()
    .transform((v) => v ?? null),
  notes: z
    .array(requiredText(2000, 'note vide'))
    .max(50, '50 notes au plus')
    .nullish()
    .transform((v) => v ?? []),
});

export const programmationVersionInput = z.object({
  territoryId: uuidField,
  programmationId: uuidField,
  expectedVersion: version,
});

const fundingInput = z.object({
  funderId: uuidField,
  amount,
  creditType: z
    .enum(['SPECIFIC', 'DROIT_COMMUN'], 'type de crédits inconnu')
    .nullish()
    .transform((v) => v ?? null),
  fund: optionalText(100),
  conventionDate: optionalDate,
  decisionReference: optionalText(100),
  paymentConditions: optionalText(200),
  paymentPeriod: optionalText(21).refine(
    (v) => v === null || /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(v),
    'période attendue au format AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ',
  ),
});
export type FundingInput = z.infer<typeof fundingInput>;

const idSet = (max: number, what: string) =>
  z
    .array(uuidField)
    .max(max, `${max} ${what} au plus`)
    .transform((v) => [...new Set(v)]);

export const actionInput = z
  .object({
    title: requiredText(300, 'titre obligatoire'),
    reference: optionalText(50),
    operatorId: optionalId,
    communeIds: idSet(100, 'communes'),
    quartierIds: idSet(100, 'quartiers'),
    frameworkItemId: optionalId,
    status: z.enum(['SUBMITTED', 'FUNDED', 'REFUSED', 'ABANDONED'], 'statut inconnu'),
    startDate: optionalDate,
    endDate: optionalDate,
    description: optionalText(10000),
    fundings: z.array(fundingInput).max(50, '50 financements au plus'),
  })
  .superRefine((a, ctx) => {
    if (a.startDate && a.endDate && a.endDate < a.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'la fin ne peut pas précéder le début' });
    const seen = new Set<string>();
    a.fundings.forEach((f, index) => {
      if (seen.has(f.funderId))
        ctx.addIssue({
          code: 'custom',
          path: ['fundings', index, 'funderId'],
          message: 'un seul financement par financeur',
        });
      seen.add(f.funderId);
    });
  });
export type ActionInput = z.infer<typeof actionInput>;

export const createActionInput = z.object({ territoryId: uuidField, programmationId: uuidField, action: actionInput });
export const updateActionInput = z.object({
  territoryId: uuidField,
  actionId: uuidField,
  expectedVersion: version,
  action: actionInput,
});

export const bulkUpdateActionsInput = z
  .object({
    territoryId: uuidField,
    actionIds: z
      .array(uuidField)
      .min(1, 'aucune action choisie')
      .max(200, '200 actions au plus à la fois')
      .transform((v) => [...new Set(v)]),
    status: z.enum(['SUBMITTED', 'FUNDED', 'REFUSED', 'ABANDONED'], 'statut inconnu').nullish(),
    replaceFunder: z.object({ fromFunderId: uuidField, toFunderId: uuidField }).nullish(),
  })
  .superRefine((b, ctx) => {
    if (!b.status && !b.replaceFunder)
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'choisissez un statut ou un financeur à remplacer' });
    if (b.replaceFunder && b.replaceFunder.fromFunderId === b.replaceFunder.toFunderId)
      ctx.addIssue({ code: 'custom', path: ['replaceFunder', 'toFunderId'], message: 'choisissez un autre financeur' });
  });

const operatorInput = z.object({
  name: requiredText(200, 'nom obligatoire'),
  kind: z.enum(['ASSOCIATION', 'COMMUNE', 'EPCI', 'CONSEIL_CITOYEN', 'BAILLEUR', 'OTHER'], 'type inconnu'),
  subKind: optionalText(100),
  communeId: optionalId,
  siret,
  rna,
});
export type OperatorInput = z.infer<typeof operatorInput>;
export const createOperatorInput = z.object({ territoryId: uuidField, operator: operatorInput });
export const updateOperatorInput = z.object({
  territoryId: uuidField,
  operatorId: uuidField,
  expectedVersion: version,
  operator: operatorInput,
});

const funderInput = z.object({ name: requiredText(200, 'nom obligatoire'), legalName: optionalText(200), siret });
export type FunderInput = z.infer<typeof funderInput>;
export const createFunderInput = z.object({ territoryId: uuidField, funder: funderInput });
export const updateFunderInput = z.object({
  territoryId: uuidField,
  funderId: uuidField,
  expectedVersion: version,
  funder: funderInput,
});
