import { eurosValue, frameworkItemLabel, plural } from '@quartiers/ui-kit';
import type { ReportFigures_ReportFragment } from '../../__generated__/graphql';
import { ChartWithTable } from '../../ui/ChartWithTable';
import { ComparedTable, gapNote, type ComparedRow } from '../../ui/ComparedFigures';
import { formatEuros } from '../../ui/format';

type Line = NonNullable<ReportFigures_ReportFragment['programmationFigures']>['byFunder'][number];

const rowsOf = (lines: (Line & { code?: string | null })[]): ComparedRow[] =>
  lines.map((l) => ({
    key: l.refId ?? 'none',
    label: frameworkItemLabel({ code: l.code, title: l.label }),
    computed: l.amount,
    actionCount: l.actionCount,
  }));

/**
 * The published programmation's figures in the report: live while it is prepared and consulted,
 * those frozen with the approved version afterwards (a later edit of the programmation leaves them).
 */
export function ReportFigures({ report: r }: { report: ReportFigures_ReportFragment }) {
  const f = r.programmationFigures;
  if (!f || f.actionCount === 0) return null;
  const axes = rowsOf(f.byFrameworkItem);
  const funders = rowsOf(f.byFunder);
  const note = gapNote(f.totalCost.printed, f.actionTotal);
  const chart = (rows: ComparedRow[]) => rows.map((row) => ({ label: row.label, value: eurosValue(row.computed) }));
  return (
    <section aria-labelledby="chiffres">
      <h3 id="chiffres">Chiffres de la programmation {r.referenceYear}</h3>
      <p>
        {plural(f.actionCount, 'action financée', 'actions financées')} pour {formatEuros(f.actionTotal)}.{' '}
        <span className="muted">
          {f.frozen
            ? 'Chiffres arrêtés à l’approbation du rapport.'
            : 'Chiffres tirés de la programmation publiée : ils suivent ses mises à jour jusqu’à l’approbation du rapport.'}
        </span>
      </p>
      {note && <p className="total-note">{note}</p>}
      <ChartWithTable
        title={`Programmation ${r.referenceYear} par axe du contrat`}
        data={chart(axes)}
        table={<ComparedTable caption="Montants des actions par axe" head="Axe" rows={axes} />}
      />
      <ChartWithTable
        title={`Programmation ${r.referenceYear} par financeur`}
        data={chart(funders)}
        table={<ComparedTable caption="Montants des actions par financeur" head="Financeur" rows={funders} />}
      />
    </section>
  );
}
