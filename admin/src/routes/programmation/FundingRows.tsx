import { Field, formatEuros, parseEuros, sumEuros } from '@quartiers/ui-kit';
import { SelectField } from '../events/FormControls';
import { amountProblem, emptyFundingRow, type FundingRow } from './funding-rows';
import { CREDIT_TYPE_CHOICES } from './labels';

const FUNDS = ['FCS', 'Fonds de concours', 'BOP 147'];
const CONDITIONS = ['unique', 'échelonné'];

/**
 * The action's fundings, one editable group a funder, and their exact total as typed (added in
 * cents, never through floats). An amount that cannot be read says so at once, on its field.
 */
export function FundingRows(props: {
  rows: readonly FundingRow[];
  onChange: (rows: FundingRow[]) => void;
  funders: readonly (readonly [string, string])[];
  errors: Record<string, string>;
}) {
  const { rows, onChange, funders, errors } = props;
  const set = (key: number, change: Partial<FundingRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const readable = rows.map((r) => parseEuros(r.amount));
  const unreadable = rows.filter((r, i) => r.amount.trim() && readable[i] === null).length;
  return (
    <fieldset>
      <legend>Financements</legend>
      <datalist id="funding-funds">
        {FUNDS.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <datalist id="funding-conditions">
        {CONDITIONS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {rows.length === 0 && <p>Aucun financement.</p>}
      {rows.map((r, i) => {
        const name = funders.find(([id]) => id === r.funderId)?.[1];
        const error = (field: string) => errors[`fundings.${i}.${field}`];
        return (
          <fieldset key={r.key} className="funding-row">
            <legend>
              Financement {i + 1}
              {name ? ` — ${name}` : ''}
            </legend>
            <SelectField
              label="Financeur"
              required
              value={r.funderId}
              error={error('funderId')}
              onChange={(e) => set(r.key, { funderId: e.currentTarget.value })}
            >
              <option value="">Choisir…</option>
              {funders.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </SelectField>
            <Field
              label="Montant (€)"
              required
              inputMode="decimal"
              autoComplete="off"
              value={r.amount}
              hint="Par exemple 12 500,50"
              error={amountProblem(r.amount) ?? error('amount')}
              onChange={(e) => set(r.key, { amount: e.currentTarget.value })}
            />
            <SelectField
              label="Type de crédits"
              value={r.creditType}
              error={error('creditType')}
              onChange={(e) => set(r.key, { creditType: e.currentTarget.value })}
            >
              <option value="">Non précisé</option>
              {CREDIT_TYPE_CHOICES.map(([c, label]) => (
                <option key={c} value={c}>
                  {label}
                </option>
              ))}
            </SelectField>
            <Field
              label="Fonds"
              list="funding-funds"
              maxLength={100}
              value={r.fund}
              hint="FCS, fonds de concours, BOP 147…"
              error={error('fund')}
              onChange={(e) => set(r.key, { fund: e.currentTarget.value })}
            />
            <Field
              label="Date de la convention"
              type="date"
              value={r.conventionDate}
              error={error('conventionDate')}
              onChange={(e) => set(r.key, { conventionDate: e.currentTarget.value })}
            />
            <Field
              label="Référence de la décision"
              maxLength={100}
              value={r.decisionReference}
              hint="Numéro de délibération, d’arrêté…"
              error={error('decisionReference')}
              onChange={(e) => set(r.key, { decisionReference: e.currentTarget.value })}
            />
            <Field
              label="Conditions de versement"
              list="funding-conditions"
              maxLength={200}
              value={r.paymentConditions}
              hint="unique, échelonné, ou un court texte"
              error={error('paymentConditions')}
              onChange={(e) => set(r.key, { paymentConditions: e.currentTarget.value })}
            />
            <Field
              label="Période de versement"
              maxLength={21}
              value={r.paymentPeriod}
              hint="AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ"
              error={error('paymentPeriod')}
              onChange={(e) => set(r.key, { paymentPeriod: e.currentTarget.value })}
            />
            <button type="button" onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
              Retirer le financement {i + 1}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button type="button" onClick={() => onChange([...rows, emptyFundingRow()])}>
          Ajouter un financement
        </button>
      </p>
      <p aria-live="polite" className="attendance">
        <strong>Total : {formatEuros(sumEuros(readable))}</strong>
        {unreadable > 0 &&
          ` (sans ${unreadable === 1 ? 'le montant illisible' : `les ${unreadable} montants illisibles`})`}
      </p>
    </fieldset>
  );
}
