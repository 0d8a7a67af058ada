import type { ActionInput, AdminActionFieldsFragment, FundingInput } from '../../__generated__/graphql';

type Funding = Omit<AdminActionFieldsFragment['fundings'][number], 'id' | 'funder'> & { funder: { id: string } };

/** What an action must hold to be sent back whole (updateAction replaces it): ids, not names. */
export type EditableAction = Pick<
  AdminActionFieldsFragment,
  'id' | 'title' | 'reference' | 'status' | 'startDate' | 'endDate' | 'description' | 'version'
> & {
  operator?: { id: string } | null;
  frameworkItem?: { id: string } | null;
  communes: { id: string }[];
  quartiers: { id: string }[];
  fundings: Funding[];
};

/** The action as updateAction takes it back: the same values, with one change laid over them. */
export function actionInputOf(a: EditableAction, change: Partial<ActionInput> = {}): ActionInput {
  return {
    title: a.title,
    reference: a.reference ?? null,
    operatorId: a.operator?.id ?? null,
    communeIds: a.communes.map((c) => c.id),
    quartierIds: a.quartiers.map((q) => q.id),
    frameworkItemId: a.frameworkItem?.id ?? null,
    status: a.status,
    startDate: a.startDate ?? null,
    endDate: a.endDate ?? null,
    description: a.description ?? null,
    fundings: a.fundings.map((f): FundingInput => ({
      funderId: f.funder.id,
      amount: f.amount,
      creditType: f.creditType ?? null,
      fund: f.fund ?? null,
      conventionDate: f.conventionDate ?? null,
      decisionReference: f.decisionReference ?? null,
      paymentConditions: f.paymentConditions ?? null,
      paymentPeriod: f.paymentPeriod ?? null,
    })),
    ...change,
  };
}
