import { Link } from 'wouter';
import { CalendarClock, Megaphone, PiggyBank } from 'lucide-react';
import type { OpenNow_TerritoryFragment as Territory } from '../__generated__/graphql';
import { formatEuros, formatNumber } from './format';

const daysLeftText = (days: number | null | undefined) =>
  days == null ? null : days <= 0 ? 'Dernier jour' : days === 1 ? 'Plus qu’un jour' : `Plus que ${days} jours`;

const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * What a resident can do or see right now, at the top of the territory home: the report in
 * consultation, if any, and the latest programmation with its key figures.
 */
export function OpenNow({ territory: t }: { territory: Territory }) {
  const open = t.reports.edges.map((e) => e.node).find((r) => r.acceptingOpinions);
  const latest = t.programmations.edges
    .map((e) => e.node)
    .filter((p) => p.year != null)
    .sort((a, b) => b.year! - a.year!)[0];
  if (!open && !latest) return null;
  return (
    <section aria-labelledby="en-ce-moment">
      <h2 id="en-ce-moment" className="visually-hidden">
        En ce moment
      </h2>
      <div className="now">
        {open && (
          <div className="now-card open">
            <p className="eyebrow">
              <Megaphone aria-hidden="true" size={18} /> Consultation ouverte
            </p>
            <h3>{open.title}</h3>
            <p>
              <CalendarClock aria-hidden="true" size={18} /> <strong>{daysLeftText(open.daysLeft)}</strong>
              {open.deadline && <> pour donner son avis, jusqu’au {longDate.format(new Date(open.deadline))}.</>}
            </p>
            <p>
              <Link className="button-link" to={`/${t.code}/rapports/${open.referenceYear}`}>
                Donner son avis<span className="visually-hidden"> sur le {open.title}</span>
              </Link>
            </p>
          </div>
        )}
        {latest && (
          <div className="now-card">
            <p className="eyebrow">
              <PiggyBank aria-hidden="true" size={18} /> Dernière programmation
            </p>
            <h3>Programmation {latest.year}</h3>
            <ul className="now-figures" aria-label={`Chiffres clés de la programmation ${latest.year}`}>
              <li>
                <strong>{formatEuros(latest.totalCost.printed ?? latest.totalCost.computed)}</strong> coût total
              </li>
              <li>
                <strong>{formatNumber(latest.actionsFunded ?? latest.recordedActionCount)}</strong> actions financées
              </li>
              {(latest.specificCredits.printed ?? latest.specificCredits.computed) != null && (
                <li>
                  <strong>{formatEuros(latest.specificCredits.printed ?? latest.specificCredits.computed)}</strong>{' '}
                  crédits politique de la ville
                </li>
              )}
            </ul>
            <p>
              <Link to={`/${t.code}/programmation/${latest.year}`}>
                Voir les actions et leurs financements<span className="visually-hidden"> en {latest.year}</span>
              </Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
