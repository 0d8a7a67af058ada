import { type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Field,
  FormError,
  MODERATABLE_KIND_LABELS,
  Notice,
  Submit,
  formValues,
  useSubmission,
} from '@quartiers/ui-kit';
import {
  AdminModerationSettingsDocument,
  AdminUpdateModerationSettingDocument,
  type ModerationMode,
  type ModerationSettings_SettingFragment,
} from '../__generated__/graphql';

const MODES: Record<ModerationMode, string> = {
  PRE: 'Avant publication : rien n’est public avant qu’un modérateur l’accepte',
  POST: 'Après publication : public tout de suite, modéré ensuite',
};

/** Pre- or post-moderation and the report threshold of each kind, for the territory's admins. */
export function ModerationSettings({ code }: { code: string }) {
  const { data, error } = useQuery(AdminModerationSettingsDocument, { variables: { code } });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (!t) return null;
  return (
    <section aria-labelledby="moderation-settings">
      <h2 id="moderation-settings">Réglages de la modération</h2>
      {t.moderationSettings.map((s) => (
        <SettingForm key={s.kind} setting={s} territoryId={t.id} code={code} canEdit={t.viewerCan.manageSettings} />
      ))}
    </section>
  );
}

function SettingForm(props: {
  setting: ModerationSettings_SettingFragment;
  territoryId: string;
  code: string;
  canEdit: boolean;
}) {
  const { setting, territoryId, code, canEdit } = props;
  // The payload carries the setting: the territory's list is updated in place, without a refetch.
  const { run, pending, error, data } = useSubmission(AdminUpdateModerationSettingDocument, {
    update(cache, { data: answer }) {
      const saved = answer?.updateModerationSetting.setting;
      if (!saved) return;
      cache.updateQuery({ query: AdminModerationSettingsDocument, variables: { code } }, (cached) =>
        cached?.territory
          ? {
              territory: {
                ...cached.territory,
                moderationSettings: cached.territory.moderationSettings.map((s) =>
                  s.kind === saved.kind ? { ...s, ...saved } : s,
                ),
              },
            }
          : cached,
      );
    },
  });
  const label = MODERATABLE_KIND_LABELS[setting.kind];
  if (!canEdit) {
    return (
      <p>
        {label} : {MODES[setting.mode].split(' :')[0]!.toLowerCase()}, masquée après {setting.reportThreshold}{' '}
        signalements. Seuls les administrateurs du territoire changent ces réglages.
      </p>
    );
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void run({
      input: {
        territoryId,
        kind: setting.kind,
        mode: v.mode as ModerationMode,
        reportThreshold: Number(v.reportThreshold),
      },
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      {data && <Notice>Réglages enregistrés.</Notice>}
      <fieldset>
        <legend>{label}</legend>
        {(Object.keys(MODES) as ModerationMode[]).map((mode) => (
          <p className="check" key={mode}>
            <input
              type="radio"
              id={`mode-${setting.kind}-${mode}`}
              name="mode"
              value={mode}
              defaultChecked={setting.mode === mode}
            />
            <label htmlFor={`mode-${setting.kind}-${mode}`}>{MODES[mode]}</label>
          </p>
        ))}
        <Field
          label="Signalements qui masquent une publication jusqu’à la décision d’un modérateur"
          name="reportThreshold"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          required
          defaultValue={setting.reportThreshold}
        />
      </fieldset>
      <Submit busy={pending}>Enregistrer</Submit>
    </form>
  );
}
