import { Link } from 'wouter';
import { OPERATOR_KIND_LABELS } from '@quartiers/ui-kit';
import type { IdeaActions_ActionFragment } from '../../__generated__/graphql';
import { FunderAmounts } from '../../ui/FunderAmounts';
import { formatEuros } from '../../ui/format';

/** The actions of a programmation that carry the idea out: from a voice to money to a quartier. */
export function IdeaActions({ code, actions }: { code: string; actions: readonly IdeaActions_ActionFragment[] }) {
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="idea-actions">
      <h2 id="idea-actions">{actions.length > 1 ? 'Les actions qui la réalisent' : 'L’action qui la réalise'}</h2>
      {actions.map((a) => {
        const places = [...a.quartiers.map((q) => q.name), ...a.communes.map((c) => c.name)];
        return (
          <article key={a.id} className="card">
            <h3>
              <Link to={`/${code}/actions/${a.id}`}>{a.title}</Link>
            </h3>
            <dl>
              <dt>Programmation</dt>
              <dd>{a.year}</dd>
              <dt>Porteur</dt>
              <dd>{a.operator ? `${a.operator.name} (${OPERATOR_KIND_LABELS[a.operator.kind]})` : 'Non précisé'}</dd>
              <dt>Où</dt>
              <dd>
                {a.quartiers.length > 0
                  ? a.quartiers.map((q, i) => (
                      <span key={q.id}>
                        {i > 0 && ', '}
                        <Link to={`/${code}/quartiers/${q.id}`}>{q.name}</Link>
                      </span>
                    ))
                  : places.join(', ') || 'Non précisé'}
              </dd>
            </dl>
            {a.fundings.length > 0 ? (
              <FunderAmounts
                caption={`Financements de « ${a.title} » (total ${formatEuros(a.totalAmount)})`}
                rows={a.fundings}
              />
            ) : (
              <p>Montant total : {formatEuros(a.totalAmount)} (détail par financeur non publié).</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
