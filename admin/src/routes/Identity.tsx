import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, HEX_COLOUR, MIN_CONTRAST, Notice, Submit, contrastWithWhite, formatRatio } from '@quartiers/ui-kit';
import {
  AdminIdentityDocument,
  AdminUpdateThemeDocument,
  type ThemeForm_TerritoryFragment as Territory,
} from '../__generated__/graphql';
import { TerritoryTabs } from '../ui/TerritoryTabs';
import { LogoUpload } from './LogoUpload';

/** The territory's look on the portal, set by its admins: colours previewed with their contrast. */
export function Identity() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminIdentityDocument, { variables: { code } });
  const t = data?.territory;
  if (error) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  return (
    <section>
      <h1>{t.name} — identité sur le portail</h1>
      <TerritoryTabs code={code} />
      <ThemeForm territory={t} />
      {/* The logo goes by an HTTP upload, not a mutation: its new URL is asked for again. */}
      <LogoUpload code={t.code} logoUrl={t.theme.logoUrl ?? null} onUploaded={() => void refetch()} />
    </section>
  );
}

function ThemeForm({ territory: t }: { territory: Territory }) {
  const [primaryColor, setPrimary] = useState(t.theme.primaryColor);
  const [accentColor, setAccent] = useState(t.theme.accentColor);
  const [save, saving] = useMutation(AdminUpdateThemeDocument);
  const [saved, setSaved] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void save({ variables: { input: { territoryId: t.id, primaryColor, accentColor } } }).then(
      () => setSaved(true),
      () => setSaved(false),
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      <h2>Couleurs</h2>
      <p className="hint">
        Le portail écrit en blanc sur ces deux couleurs (bandeau, boutons) : le contraste doit atteindre 4,5:1 au moins.
      </p>
      <FormError error={saving.error} />
      {saved && <Notice>Couleurs enregistrées : le portail les affiche.</Notice>}
      <ColourField
        id="theme-primary"
        label="Couleur principale (bandeau, liens)"
        value={primaryColor}
        onChange={setPrimary}
      />
      <ColourField
        id="theme-accent"
        label="Couleur d’accent (appels à agir)"
        value={accentColor}
        onChange={setAccent}
      />
      <h3>Aperçu du bandeau</h3>
      <div className="theme-preview" aria-label="Aperçu du bandeau du portail" role="img">
        <div style={{ background: primaryColor, color: '#fff' }} className="theme-preview-header">
          {t.theme.logoUrl && <img src={t.theme.logoUrl} alt="" width={32} height={32} />}
          <strong>{t.shortName ?? t.name}</strong>
          <span>Contrat de ville · Quartiers</span>
        </div>
        <div className="theme-preview-body">
          <span style={{ background: accentColor, color: '#fff' }} className="theme-preview-button">
            Donner son avis
          </span>
        </div>
      </div>
      <Submit busy={saving.loading}>Enregistrer les couleurs</Submit>
    </form>
  );
}

function ColourField(props: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const valid = HEX_COLOUR.test(props.value);
  const ratio = valid ? contrastWithWhite(props.value) : null;
  const enough = ratio != null && ratio >= MIN_CONTRAST;
  return (
    <p className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <span className="colour-row">
        <input
          id={props.id}
          type="color"
          value={valid ? props.value : '#000000'}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={`${props.id}-ratio`}
        />
        <input
          aria-label={`${props.label}, code hexadécimal`}
          value={props.value}
          maxLength={7}
          size={8}
          onChange={(e) => props.onChange(e.target.value.trim())}
        />
      </span>
      <span id={`${props.id}-ratio`} className={enough ? 'hint' : 'field-error'} aria-live="polite">
        {ratio == null
          ? 'Couleur attendue au format #RRVVBB.'
          : `Contraste avec le texte blanc : ${formatRatio(ratio)}${enough ? ' (suffisant)' : ' — insuffisant, 4,5:1 au moins'}`}
      </span>
    </p>
  );
}
