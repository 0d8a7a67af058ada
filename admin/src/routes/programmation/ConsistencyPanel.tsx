import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormError, formatEuros, plural } from '@quartiers/ui-kit';
import { AdminProgrammationChecksDocument, type AdminProgrammationChecksQuery } from '../../__generated__/graphql';

type Checks = NonNullable<NonNullable<AdminProgrammationChecksQuery['territory']>['programmation']>;
type AdminCheckedAmountFragment = Checks['totalCost'];
type Line = { id: string; code?: string | null; title: string; amount: AdminCheckedAmountFragment; children?: Line[] };

/** A gap in words: none, or how much the printed figure exceeds (or falls short of) its lines. */
function gapText(c: AdminCheckedAmountFragment): string {
  if (c.printed == null) return 'Aucun total déclaré';
  if (c.computed == null) return 'Aucune ligne';
  if (c.gap == null || /^-?0\.00$/.test(c.gap)) return 'Concorde';
  return `Écart de ${formatEuros(c.gap.replace(/^-/, ''))} (${c.gap.startsWith('-') ? 'lignes au-dessus' : 'lignes en dessous'} du total)`;
}

const hasGap = (c: AdminCheckedAmountFragment) => c.gap != null && !/^-?0\.00$/.test(c.gap);

function Row({ label, amount, depth = 0 }: { label: string; amount: AdminCheckedAmountFragment; depth?: number }) {
  return (
    <tr>
      <th scope="row" style={depth ? { paddingLeft: `${depth + 0.5}rem` } : undefined}>
        {label}
      </th>
      <td className="num">{formatEuros(amount.printed)}</td>
      <td className="num">{formatEuros(amount.computed)}</td>
      <td className={hasGap(amount) ? 'gap' : undefined}>{gapText(amount)}</td>
    </tr>
  );
}

/** A table of declared figures next to the sums of their lines, and the gap in words. */
function ChecksTable(props: { id: string; caption: string; head: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={props.id} tabIndex={0}>
      <table>
        <caption id={props.id}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <th scope="col" className="num">
              Déclaré
            </th>
            <th scope="col" className="num">
              Somme des lignes
            </th>
            <th scope="col">Écart</th>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

const flatten = (lines: readonly Line[], depth = 0): { line: Line; depth: number }[] =>
  lines.flatMap((line) => [{ line, depth }, ...flatten(line.children ?? [], depth + 1)]);

/**
 * Where a declared total (the programmation's cost, its specific credits, an axe) disagrees with the
 * sum of its lines, staff read the difference and the lines behind it (each line's own check).
 */
export function ConsistencyPanel({ code, year }: { code: string; year: number }) {
  const { data, error } = useQuery(AdminProgrammationChecksDocument, { variables: { code, year } });
  const p = data?.territory?.programmation;
  if (error && !p) return <FormError error={error} />;
  if (!p) return <p role="status">Chargement des totaux…</p>;
  const axes = flatten(p.totalsByFrameworkItem);
  const gaps = [
    p.totalCost,
    p.specificCredits,
    ...axes.map((a) => a.line.amount),
    ...p.fundChecks.map((f) => f.amount),
  ].filter(hasGap).length;
  return (
    <section className="card" aria-labelledby="checks-title">
      <h2 id="checks-title">Cohérence des totaux</h2>
      <p>
        {gaps === 0
          ? 'Chaque total déclaré concorde avec la somme de ses lignes.'
          : `${gaps === 1 ? 'Un total déclaré diffère' : `${gaps} totaux déclarés diffèrent`} de la somme de ses lignes.`}
      </p>
      <ChecksTable id="checks-axes" caption="Coût total et lignes par axe" head="Ligne">
        <Row label="Coût total de la programmation" amount={p.totalCost} />
        {axes.map(({ line, depth }) => (
          <Row
            key={line.id}
            label={line.code ? `${line.code} — ${line.title}` : line.title}
            amount={line.amount}
            depth={depth + 1}
          />
        ))}
      </ChecksTable>
      <div className="table-scroll" role="region" aria-labelledby="checks-funders" tabIndex={0}>
        <table>
          <caption id="checks-funders">Crédits spécifiques et lignes par financeur</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col" className="num">
                Montant
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Crédits spécifiques déclarés</th>
              <td className="num">{formatEuros(p.specificCredits.printed)}</td>
            </tr>
            {p.totalsByFunder.map((f) => (
              <tr key={f.id}>
                <th scope="row" style={{ paddingLeft: '1.5rem' }}>
                  {f.funder.name}
                </th>
                <td className="num">{formatEuros(f.amount)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Somme des financeurs</th>
              <td className="num">{formatEuros(p.specificCredits.computed)}</td>
            </tr>
            <tr>
              <th scope="row">Écart</th>
              <td className={hasGap(p.specificCredits) ? 'gap num' : 'num'}>{gapText(p.specificCredits)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {p.fundChecks.length > 0 && (
        <ChecksTable id="checks-funds" caption="Fonds de l’année : enveloppe et projets financés" head="Fonds">
          {p.fundChecks.map((f) => (
            <Row
              key={f.program}
              label={`${f.program} (${plural(f.lineCount, 'projet', 'projets')})`}
              amount={f.amount}
            />
          ))}
        </ChecksTable>
      )}
    </section>
  );
}
