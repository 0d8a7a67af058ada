import type { AdminRegistrationRowFragment } from '../../__generated__/graphql';
import { registrationStatusLabel } from '@quartiers/ui-kit';

/** One registrant at the door: who, how to reach them, and a toggle as large as a thumb. */
export function RegistrantRow(props: {
  registration: AdminRegistrationRowFragment;
  checkedIn: boolean;
  pending: boolean;
  onToggle: (checkedIn: boolean) => void;
  onCancel: () => void;
}) {
  const { registration: r, checkedIn } = props;
  return (
    <article className={checkedIn ? 'registrant present' : 'registrant'}>
      <div className="who">
        <h3>{r.name}</h3>
        <p>
          <span className="tag">{registrationStatusLabel(r)}</span>
          {r.channel === 'STAFF' && <span className="tag">inscrit par l’équipe</span>}
          {props.pending && <span className="tag">à envoyer</span>}
        </p>
        {(r.email || r.phone) && (
          <p className="contact">
            {r.email}
            {r.email && r.phone && ' · '}
            {r.phone && <a href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>{r.phone}</a>}
          </p>
        )}
      </div>
      <label className="toggle">
        <input type="checkbox" checked={checkedIn} onChange={(ev) => props.onToggle(ev.currentTarget.checked)} />
        <span>
          Présent<span className="visually-hidden"> : {r.name}</span>
        </span>
      </label>
      <button type="button" className="link" onClick={props.onCancel}>
        Annuler l’inscription<span className="visually-hidden"> de {r.name}</span>
      </button>
    </article>
  );
}
