import type { ActionInput, AdminActionFieldsFragment, FundingInput } from '../../__generated__/graphql';

/** The action as updateAction takes it back: the same values, with one change laid over them. */
export function actionInputOf(a: AdminActionFieldsFragment, change: Partial<ActionInput> = {}): ActionInput {
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
