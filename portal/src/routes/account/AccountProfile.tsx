import { type FormEvent } from 'react';
import { Field, FormError, Notice, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import { UpdateNotificationPreferencesDocument, UpdateProfileDocument } from '../../__generated__/graphql';

// Both answers carry `me` with its id: the cache updates the page's MeQuery.

export function Profile({ displayName }: { displayName: string }) {
  const { run: update, pending: loading, error, data } = useSubmission(UpdateProfileDocument);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void update({ input: { displayName: formValues(e.currentTarget).displayName! } });
  };
  return (
    <section>
      <h2>Mon pseudonyme</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={error} />
        {data && <Notice>Pseudonyme enregistré.</Notice>}
        <Field label="Pseudonyme" name="displayName" defaultValue={displayName} required autoComplete="nickname" />
        <Submit busy={loading}>Enregistrer</Submit>
      </form>
    </section>
  );
}

const PREFERENCES = [
  { key: 'roleChanges', label: 'Quand un rôle m’est attribué ou retiré' },
  { key: 'consultations', label: 'Les rappels des consultations auxquelles mon conseil ou ma commune doit répondre' },
  { key: 'moderation', label: 'Les publications à modérer et celles masquées après des signalements (modérateurs)' },
  { key: 'ideas', label: 'Réponses aux idées que j’ai proposées ou soutenues' },
] as const;

export function Notifications({ preferences }: { preferences: Record<(typeof PREFERENCES)[number]['key'], boolean> }) {
  const { run: update, pending: loading, error, data } = useSubmission(UpdateNotificationPreferencesDocument);
  return (
    <section>
      <h2>Emails que je reçois</h2>
      <FormError error={error} />
      {data && <Notice keepFocus>Préférences enregistrées.</Notice>}
      {PREFERENCES.map(({ key, label }) => (
        <p className="check" key={key}>
          <input
            id={`pref-${key}`}
            type="checkbox"
            defaultChecked={preferences[key]}
            disabled={loading}
            onChange={(e) => void update({ input: { [key]: e.currentTarget.checked } })}
          />
          <label htmlFor={`pref-${key}`}>{label}</label>
        </p>
      ))}
      <p className="muted">Les liens de connexion et de confirmation que vous demandez sont toujours envoyés.</p>
    </section>
  );
}
