import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, Notice, eventWhen, isUnknownAddress, plural, useSubmission } from '@quartiers/ui-kit';
import {
  AdminCancelRegistrationDocument,
  AdminEventCheckInDocument,
  type AdminRegistrationRowFragment,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EventsNav } from './EventsNav';
import { StaffRegistration } from './StaffRegistration';
import { RegistrantRow } from './RegistrantRow';
import { WalkIns } from './WalkIns';
import { useChangeQueue } from './use-change-queue';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const digits = (s: string) => s.replace(/\D/g, '');

/** Whether a registrant matches every word typed in the search box (name, email or phone; accents ignored). */
function matches(r: AdminRegistrationRowFragment, query: string) {
  const haystack = fold([r.name, r.email ?? '', r.phone ?? ''].join(' '));
  const phone = digits(r.phone ?? '');
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word) || (digits(word).length > 1 && phone.includes(digits(word))));
}

/**
 * « Le jour J », made for a phone at the door: the registrants with a check-in toggle each, a search
 * box, the walk-ins counter and the attendance. Toggles and counts go through a queue kept in the
 * browser and retried, so a lost connection loses none. The search filters the list already loaded,
 * so that it keeps working offline.
 */
export function CheckIn() {
  const { code = '', eventId = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(AdminEventCheckInDocument, {
    variables: { code, id: eventId },
  });
  const t = data?.territory;
  const e = t?.event;
  const queue = useChangeQueue(eventId);
  // The server promotes the first person waiting: the list is asked again to show who.
  const cancel = useSubmission(AdminCancelRegistrationDocument, { refetchQueries: ['AdminEventCheckIn'] });
  const [search, setSearch] = useState('');
  const [cancelling, setCancelling] = useState<AdminRegistrationRowFragment | null>(null);
  if (error && !e && !isUnknownAddress(error, ['id'])) return <FormError error={error} />;
  if (loading && !e) return <p role="status">Chargement…</p>;
  if (!t || !e) return <p>Événement introuvable.</p>;

  const registrations = e.registrations.edges.map(({ node }) => node).filter((r) => r.status !== 'CANCELLED');
  const pendingCheckIn = new Map(
    queue.changes.flatMap((c) => (c.kind === 'checkIn' ? [[c.registrationId, c.checkedIn] as const] : [])),
  );
  const checkedIn = (r: AdminRegistrationRowFragment) => pendingCheckIn.get(r.id) ?? r.checkedIn;
  const pendingDelta = registrations.reduce((sum, r) => sum + Number(checkedIn(r)) - Number(r.checkedIn), 0);
  const walkInChange = queue.changes.find((c) => c.kind === 'walkIns');
  const walkIns = walkInChange?.kind === 'walkIns' ? walkInChange.walkIns : e.walkIns;
  const present = e.checkedInCount + pendingDelta;
  const shown = search.trim() ? registrations.filter((r) => matches(r, search)) : registrations;

  return (
    <section className="day">
      <h1>Le jour J — {e.title}</h1>
      <TerritoryTabs code={code} />
      <EventsNav code={code} eventId={e.id} />
      <p>{eventWhen(e)}</p>
      <div className="attendance card" aria-live="polite">
        <p>
          <strong>Participants : {present + walkIns}</strong> ({plural(present, 'inscrit pointé', 'inscrits pointés')} +{' '}
          {plural(walkIns, 'venu sans inscription', 'venus sans inscription')})
        </p>
        {queue.waiting && queue.changes.length > 0 && (
          <p className="offline" role="status">
            En attente de connexion ({plural(queue.changes.length, 'pointage', 'pointages')} à envoyer)
          </p>
        )}
      </div>
      {queue.refusal && (
        <p className="form-error" role="alert">
          Un pointage n’a pas été enregistré : {queue.refusal}
        </p>
      )}
      <WalkIns
        value={walkIns}
        onChange={(n) => queue.push({ kind: 'walkIns', key: 'walkIns', territoryId: t.id, eventId: e.id, walkIns: n })}
      />
      <p className="field">
        <label htmlFor="registrant-search">Rechercher un inscrit</label>
        <span id="registrant-search-hint" className="hint">
          Nom, email ou téléphone.
        </span>
        <input
          id="registrant-search"
          type="search"
          value={search}
          aria-describedby="registrant-search-hint"
          onChange={(ev) => setSearch(ev.currentTarget.value)}
        />
      </p>
      <h2 aria-live="polite">
        Inscrits (
        {shown.length === registrations.length ? registrations.length : `${shown.length} sur ${registrations.length}`})
      </h2>
      <FormError error={cancel.error} />
      {cancel.data && !cancel.error && <Notice keepFocus>{cancel.data.cancelEventRegistration.message}</Notice>}
      {registrations.length === 0 && <p>Personne n’est encore inscrit.</p>}
      {registrations.length > 0 && shown.length === 0 && <p>Aucun inscrit ne correspond à « {search} ».</p>}
      <ul className="registrants">
        {shown.map((r) => (
          <li key={r.id}>
            <RegistrantRow
              registration={r}
              checkedIn={checkedIn(r)}
              pending={pendingCheckIn.has(r.id)}
              onToggle={(value) =>
                queue.push({
                  kind: 'checkIn',
                  key: `checkIn:${r.id}`,
                  territoryId: t.id,
                  registrationId: r.id,
                  checkedIn: value,
                })
              }
              onCancel={() => setCancelling(r)}
            />
          </li>
        ))}
      </ul>
      {e.registrations.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() => void fetchMore({ variables: { after: e.registrations.pageInfo.endCursor } })}
        >
          Afficher plus d’inscrits
        </button>
      )}
      {e.status === 'PLANNED' && <StaffRegistration territoryId={t.id} eventId={e.id} />}
      <ConfirmDialog
        open={cancelling !== null}
        title="Annuler l’inscription ?"
        confirmLabel="Annuler l’inscription"
        onCancel={() => setCancelling(null)}
        onConfirm={() => {
          const r = cancelling;
          setCancelling(null);
          if (r) void cancel.run({ input: { territoryId: t.id, registrationId: r.id } });
        }}
      >
        <p>
          L’inscription de {cancelling?.name} sera annulée
          {cancelling?.status === 'CONFIRMED' ? ' ; la première personne en liste d’attente prendra sa place.' : '.'}
        </p>
      </ConfirmDialog>
    </section>
  );
}
