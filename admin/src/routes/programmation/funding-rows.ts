import { parseEuros } from '@quartiers/ui-kit';
import type { AdminActionFieldsFragment, FundingInput } from '../../__generated__/graphql';

/** A funding line as typed in the form: every value a string, the amount as written (« 12 500,50 »). */
export interface FundingRow {
  key: number;
  funderId: string;
  amount: string;
  creditType: string;
  fund: string;
  conventionDate: string;
  decisionReference: string;
  paymentConditions: string;
  paymentPeriod: string;
}

let nextKey = 1;

export const emptyFundingRow = (): FundingRow => ({
  key: nextKey++,
  funderId: '',
  amount: '',
  creditType: '',
  fund: '',
  conventionDate: '',
  decisionReference: '',
  paymentConditions: '',
  paymentPeriod: '',
});

/** The action's fundings as rows of the form, amounts written the French way. */
export const fundingRowsOf = (a: AdminActionFieldsFragment | undefined): FundingRow[] =>
  (a?.fundings ?? []).map((f) => ({
    key: nextKey++,
    funderId: f.funder.id,
    amount: f.amount.replace('.', ','),
    creditType: f.creditType ?? '',
    fund: f.fund ?? '',
    conventionDate: f.conventionDate ?? '',
    decisionReference: f.decisionReference ?? '',
    paymentConditions: f.paymentConditions ?? '',
    paymentPeriod: f.paymentPeriod ?? '',
  }));

/** The problem of a typed amount, shown as it is typed; none while empty (a missing one is told on saving). */
export const amountProblem = (text: string) =>
  text.trim() && parseEuros(text) === null ? 'Montant illisible' : undefined;

/** The rows as the API's fundings, with each row's problems by field path (`fundings.0.amount`). */
export function readFundingRows(rows: readonly FundingRow[]): {
  fundings: FundingInput[];
  problems: Record<string, string>;
} {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  const fundings = rows.map((r, i): FundingInput => {
    const amount = parseEuros(r.amount);
    if (!r.funderId) problems[`fundings.${i}.funderId`] = 'Choisissez le financeur.';
    else if (seen.has(r.funderId)) problems[`fundings.${i}.funderId`] = 'Un seul financement par financeur.';
    seen.add(r.funderId);
    if (!r.amount.trim()) problems[`fundings.${i}.amount`] = 'Indiquez le montant.';
    else if (amount === null) problems[`fundings.${i}.amount`] = 'Montant illisible';
    else if (amount.startsWith('-')) problems[`fundings.${i}.amount`] = 'Le montant ne peut pas être négatif.';
    const blank = (v: string) => v.trim() || null;
    return {
      funderId: r.funderId,
      amount: amount ?? '0.00',
      creditType: r.creditType === 'SPECIFIC' || r.creditType === 'DROIT_COMMUN' ? r.creditType : null,
      fund: blank(r.fund),
      conventionDate: blank(r.conventionDate),
      decisionReference: blank(r.decisionReference),
      paymentConditions: blank(r.paymentConditions),
      paymentPeriod: blank(r.paymentPeriod),
    };
  });
  return { fundings, problems };
}
