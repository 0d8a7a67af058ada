import { z } from 'zod';

/** The territory file format of the shared dataset (core keys); other keys pass through. */
const text = z.string().trim().min(1, 'texte vide');
const optText = z.string().nullish();
const optInt = z.number().int().nullish();
const optNum = z.number().nullish();
const optBool = z.boolean().nullish();
const names = z.array(text).nullish();
const code = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v == null ? null : String(v)));

export interface FrameworkNode {
  kind?: string | null;
  code?: string | null;
  title: string;
  titleIsParaphrase?: boolean | null;
  children?: FrameworkNode[] | null;
  [key: string]: unknown;
}
const frameworkNode: z.ZodType<FrameworkNode> = z.lazy(() =>
  z
    .object({
      kind: optText,
      code,
      title: text,
      titleIsParaphrase: optBool,
      children: z.array(frameworkNode).nullish(),
    })
    .passthrough(),
) as z.ZodType<FrameworkNode>;

export interface TotalLine {
  code?: string | null;
  title: string;
  amount?: number | null;
  amountDroitCommun?: number | null;
  amountSpecific?: number | null;
  share?: number | null;
  projectsSupported?: number | null;
  operators?: number | null;
  note?: string | null;
  children?: TotalLine[] | null;
  [key: string]: unknown;
}
const totalLine: z.ZodType<TotalLine> = z.lazy(() =>
  z
    .object({
      code,
      title: text,
      amount: optNum,
      amountDroitCommun: optNum,
      amountSpecific: optNum,
      share: optNum,
      projectsSupported: optInt,
      operators: optInt,
      note: optText,
      children: z.array(totalLine).nullish(),
    })
    .passthrough(),
) as z.ZodType<TotalLine>;

export const territoryFileSchema = z
  .object({
    territory: z
      .object({
        code: text.regex(/^[A-Za-z0-9_-]+$/, 'code attendu en lettres, chiffres, - ou _'),
        name: text,
        shortName: optText,
        kind: optText,
        epciType: optText,
        department: optText,
        region: optText,
        population: optInt,
        qpvPopulation: optInt,
      })
      .passthrough(),
    communes: z
      .array(
        z
          .object({ name: text, altNames: names, hasQpv: optBool, listedWithQpv: optBool, inContract: optBool })
          .passthrough(),
      )
      .nullish(),
    quartiers: z
      .array(
        z
          .object({
            name: text,
            communes: names,
            kind: optText,
            kindBasis: optText,
            population: optInt,
            note: optText,
            sharedWithEpci: names,
            indicators: z.record(z.string(), z.unknown()).nullish(),
          })
          .passthrough(),
      )
      .nullish(),
    contracts: z
      .array(
        z
          .object({
            name: text,
            localName: optText,
            start: code,
            end: code,
            signedOn: optText,
            status: optText,
            framework: z.array(frameworkNode).nullish(),
          })
          .passthrough(),
      )
      .nullish(),
    programmations: z
      .array(
        z
          .object({
            year: optInt,
            period: optText,
            contract: optText,
            totalCost: optNum,
            specificCreditsTotal: optNum,
            projectsSubmitted: optInt,
            actionsFunded: optInt,
            associativeProjects: optInt,
            byFrameworkItem: z.array(totalLine).nullish(),
            byFunder: z
              .array(
                z.object({ funder: text, amount: optNum, share: optNum, attributionCertain: optBool, note: optText }),
              )
              .nullish(),
          })
          .passthrough(),
      )
      .nullish(),
    actions: z
      .array(
        z
          .object({
            year: z.number().int(),
            title: text,
            operator: optText,
            operatorKind: optText,
            communes: names,
            quartiers: names,
            frameworkCode: code,
            pillar: optText,
            intercommunal: optBool,
            amountsByFunder: z.record(z.string(), z.number().nonnegative()).nullish(),
            note: optText,
            source: optText,
          })
          .passthrough(),
      )
      .nullish(),
    funds: z
      .array(
        z
          .object({
            program: text,
            year: optInt,
            commune: optText,
            quartier: optText,
            project: optText,
            amount: optNum,
            operationCost: optNum,
            aggregate: optBool,
            note: optText,
          })
          .passthrough(),
      )
      .nullish(),
    operators: z
      .array(z.object({ name: text, kind: optText, subKind: optText, commune: optText, note: optText }).passthrough())
      .nullish(),
    conseilsCitoyens: z
      .array(z.object({ name: text, commune: optText, quartier: optText, note: optText }).passthrough())
      .nullish(),
    urbanRenewal: z
      .array(
        z
          .object({
            program: text,
            quartier: optText,
            commune: optText,
            operation: text,
            status: optText,
            year: optInt,
            date: optText,
            amount: optNum,
            maitreOuvrage: optText,
            note: optText,
          })
          .passthrough(),
      )
      .nullish(),
    indicators: z
      .array(
        z
          .object({
            name: text,
            scope: text,
            value: z.union([z.number(), z.string()]).nullish(),
            unit: optText,
            year: optInt,
            source: optText,
            dataSource: optText,
            quartier: optText,
            approximate: optBool,
            note: optText,
          })
          .passthrough(),
      )
      .nullish(),
    governance: z
      .array(z.object({ body: text, role: optText, members: optText, frequency: optText }).passthrough())
      .nullish(),
    participationEvents: z
      .array(
        z
          .object({
            kind: text,
            title: text,
            /** YYYY-MM-DD or YYYY-MM; null with `year` for an event known to the year only. */
            date: optText,
            endDate: optText,
            year: optInt,
            place: optText,
            commune: optText,
            participants: z.number().int().nonnegative().nullish(),
            participantsScope: optText,
            participantsNote: optText,
            sessions: z.number().int().positive().nullish(),
            occurrences: z.number().int().positive().nullish(),
            themes: z.array(text).nullish(),
            organiser: optText,
            status: optText,
            source: optText,
          })
          .passthrough(),
      )
      .nullish(),
  })
  .passthrough();

export type TerritoryFile = z.infer<typeof territoryFileSchema>;

/** `actions[12].communes[0]`: the place of a problem, as the issue asks the message to name it. */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}
