import { useQuery } from '@apollo/client/react';
import { eventWhen } from '@quartiers/ui-kit';
import { AdminIdeaEventChoicesDocument } from '../../__generated__/graphql';
import { SelectField } from './FormControls';

/**
 * The meeting an idea recorded by staff comes from (the ideas form's `eventId`): the idea then shows
 * on the meeting's public page once published. Preselected when the form is opened from a meeting.
 */
export function IdeaEventSelect({ code, eventId, error }: { code: string; eventId: string; error?: string }) {
  const { data } = useQuery(AdminIdeaEventChoicesDocument, { variables: { code } });
  const t = data?.territory;
  const groups = [
    { label: 'En cours ou à venir', events: t?.upcoming.edges.map((e) => e.node) ?? [] },
    { label: 'Passés', events: t?.past.edges.map((e) => e.node) ?? [] },
  ];
  return (
    <SelectField
      // Remounted once the choices come, so that the preselected meeting is shown selected.
      key={t ? 'loaded' : 'loading'}
      label="Rencontre d’origine (facultatif)"
      name="eventId"
      defaultValue={eventId}
      error={error}
    >
      <option value="">Aucune rencontre enregistrée</option>
      {groups.map((g) =>
        g.events.length ? (
          <optgroup key={g.label} label={g.label}>
            {g.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} — {eventWhen(e)}
              </option>
            ))}
          </optgroup>
        ) : null,
      )}
    </SelectField>
  );
}
