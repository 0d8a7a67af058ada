import { POSITION } from '@quartiers/ui-kit';
import type { PublishedOpinions_BodyFragment as Body } from '../../__generated__/graphql';
import { formatDay } from './dates';

/** The avis that say something (a text or remarks), and the suite given to each remark. */
export function PublishedOpinions({ bodies }: { bodies: Body[] }) {
  const withOpinion = bodies.flatMap((b) => (b.opinion ? [{ ...b, opinion: b.opinion }] : []));
  if (!withOpinion.some((b) => b.opinion.text || b.opinion.remarks.length)) return null;
  return (
    <section aria-labelledby="avis">
      <h2 id="avis">Les avis et les suites données</h2>
      {withOpinion.map(({ opinion, ...b }) => (
        <article key={b.id} className="card">
          <h3>{b.name}</h3>
          <p>
            <strong>{POSITION[opinion.position]}</strong>
            {opinion.late && ' — reçu après l’échéance'}
            {opinion.deliberationOn && ` — délibération du ${formatDay(opinion.deliberationOn)}`}
          </p>
          {opinion.text && <p>{opinion.text}</p>}
          {b.deliberationFile && (
            <p>
              <a href={b.deliberationFile.url}>Délibération du conseil municipal (PDF)</a>
            </p>
          )}
          {opinion.remarks.map((m) => (
            <div key={m.id} className="remark">
              <p>
                Sur « {m.section.title} » : {m.text}
              </p>
              {m.response && (
                <p className="response">
                  <strong>Suite donnée :</strong> {m.response}
                </p>
              )}
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
