import { useQuery } from '@apollo/client/react';
import { FormError, Notice, deviceName, useSubmission } from '@quartiers/ui-kit';
import { EndSessionDocument, MySessionsDocument } from '../../__generated__/graphql';

const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** The person's signed-in devices, to close one left open on a shared phone. */
export function Sessions() {
  const { data, error } = useQuery(MySessionsDocument, { fetchPolicy: 'network-only' });
  const ending = useSubmission(EndSessionDocument);
  return (
    <section>
      <h2>Mes appareils connectés</h2>
      <FormError error={error ?? ending.error} />
      {ending.data && <Notice>Session fermée : cet appareil devra se reconnecter.</Notice>}
      <ul>
        {data?.me?.sessions.map((s) => (
          <li key={s.id}>
            {deviceName(s.userAgent)} — connecté le {when.format(new Date(s.createdAt))}, dernière activité le{' '}
            {when.format(new Date(s.lastSeenAt))}
            {s.current ? (
              ' (cet appareil)'
            ) : (
              <>
                {' '}
                <button type="button" disabled={ending.pending} onClick={() => void ending.run({ sessionId: s.id })}>
                  Fermer cette session
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
