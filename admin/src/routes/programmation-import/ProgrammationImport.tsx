import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import {
  Field,
  FieldProblems,
  FormError,
  Notice,
  Submit,
  plural,
  useFieldErrors,
  useSubmission,
} from '@quartiers/ui-kit';
import {
  AdminApplyImportDocument,
  AdminImportPageDocument,
  AdminImportPreviewDocument,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportPreview, changesNothing } from './ImportPreview';
import { UploadRefused, fileProblem, uploadSpreadsheet } from './upload';
import './import.css';

type Sending = { step: 'idle' } | { step: 'upload'; share: number } | { step: 'analysis' };

const yearProblem = (year: number) =>
  Number.isInteger(year) && year >= 2000 && year <= 2100 ? null : 'Indiquez une année entre 2000 et 2100.';

/**
 * Import of a year's programmation from a spreadsheet: the file is sent with its progress shown, the
 * server answers with a preview (created, updated, unchanged, every problem by line and column),
 * and staff apply it, confirmed, in one transaction. The template carries the expected columns.
 */
export function ProgrammationImport() {
  const { code = '' } = useParams();
  const page = useQuery(AdminImportPageDocument, { variables: { code } });
  const form = useRef<HTMLFormElement>(null);
  const [sending, setSending] = useState<Sending>({ step: 'idle' });
  const [refusal, setRefusal] = useState<FieldProblems | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fields = useFieldErrors(refusal, form);
  const preview = useQuery(AdminImportPreviewDocument, {
    variables: { code, id: importId ?? '' },
    skip: !importId,
    fetchPolicy: 'network-only',
  });
  const apply = useSubmission(AdminApplyImportDocument);

  const t = page.data?.territory;
  if (page.error && !t) return <FormError error={page.error} />;
  if (page.loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  if (!t.viewerPermissions.includes('PROGRAMMATION_MANAGE')) return <NotAllowed />;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const year = Number(data.get('year'));
    const file = data.get('file');
    const problems = Object.entries({
      year: yearProblem(year),
      file: fileProblem(file instanceof File ? file : undefined),
    }).filter((entry): entry is [string, string] => entry[1] !== null);
    if (problems.length) return setRefusal(new FieldProblems(Object.fromEntries(problems)));
    setRefusal(null);
    setImportId(null);
    apply.reset();
    setSending({ step: 'upload', share: 0 });
    uploadSpreadsheet({ code, year }, file as File, (share) =>
      setSending(share < 1 ? { step: 'upload', share } : { step: 'analysis' }),
    ).then(
      ({ id }) => {
        setSending({ step: 'idle' });
        setImportId(id);
      },
      (error: unknown) => {
        setSending({ step: 'idle' });
        const message = error instanceof UploadRefused ? error.message : 'Envoi impossible. Réessayez.';
        setRefusal(new FieldProblems({ file: message }));
      },
    );
  };

  const current = preview.data?.territory?.programmationImport;
  const applied = apply.data?.applyProgrammationImport;
  const busy = sending.step !== 'idle';
  return (
    <section>
      <h1>{t.name} — importer une programmation</h1>
      <TerritoryTabs code={code} />
      <p>
        Un tableur (.xlsx ou .csv) d’une ligne par action et par financeur. L’import montre d’abord ce qu’il ferait ;
        rien n’est enregistré avant votre confirmation.{' '}
        <a href={`/api/programmation/import-template.xlsx?territory=${encodeURIComponent(code)}`} download>
          Télécharger le modèle (XLSX)
        </a>
      </p>
      <form ref={form} onSubmit={onSubmit} noValidate className="import-form">
        <FormError error={refusal} />
        <Field
          label="Année de la programmation"
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          defaultValue={new Date().getFullYear()}
          required
          error={fields.year}
        />
        <Field
          label="Fichier (.xlsx ou .csv, 5 Mo au plus)"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          required
          error={fields.file}
        />
        <Submit busy={busy} busyLabel="Envoi en cours…">
          Envoyer et prévisualiser
        </Submit>
      </form>
      <SendingProgress sending={sending} />
      {preview.error && <FormError error={preview.error} />}
      {importId && preview.loading && <p role="status">Chargement de l’aperçu…</p>}
      {current && !busy && (
        <>
          <ImportPreview preview={current} />
          {current.status === 'PREVIEW' && !changesNothing(current) && (
            <p>
              <button
                type="button"
                className="primary"
                disabled={!current.applicable || apply.pending}
                aria-describedby={current.applicable ? undefined : 'import-blocked'}
                onClick={() => setConfirming(true)}
              >
                Appliquer l’import
              </button>
              {!current.applicable && (
                <span id="import-blocked" className="hint">
                  {' '}
                  Corrigez le fichier puis envoyez-le de nouveau : un fichier qui comporte des problèmes n’est pas
                  appliqué.
                </span>
              )}
            </p>
          )}
          {apply.pending && (
            <p className="import-progress" role="status">
              <label htmlFor="import-applying">Application de l’import en cours…</label>
              <progress id="import-applying" />
            </p>
          )}
          <FormError error={apply.error} />
          {applied && (
            <Notice>
              {applied.message}{' '}
              <Link to={`/${code}/programmation/${current.year}`}>Voir les actions de {current.year}</Link> ·{' '}
              <a href={`/${encodeURIComponent(code)}/programmation/${current.year}`}>
                Voir la page du portail (après publication)
              </a>
            </Notice>
          )}
          <ConfirmDialog
            open={confirming}
            title="Appliquer l’import ?"
            confirmLabel="Appliquer l’import"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void apply.run({ input: { territoryId: t.id, importId: current.id } });
            }}
          >
            <p>
              {plural(current.createdCount, 'action créée', 'actions créées')} et{' '}
              {plural(current.updatedCount, 'action modifiée', 'actions modifiées')} dans la programmation{' '}
              {current.year}, en une seule fois.
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

/**
 * The upload's real progress, then the server's analysis (its length unknown). The status says it in
 * steps of 10 %, so a screen reader is not told every byte.
 */
function SendingProgress({ sending }: { sending: Sending }) {
  const percent = sending.step === 'upload' ? Math.round(sending.share * 100) : null;
  const said =
    sending.step === 'upload'
      ? `Envoi du fichier : ${Math.floor((percent ?? 0) / 10) * 10} %`
      : sending.step === 'analysis'
        ? 'Fichier envoyé, analyse en cours…'
        : '';
  return (
    <div className="import-progress">
      {sending.step !== 'idle' && (
        <>
          <label htmlFor="import-sending">
            {sending.step === 'upload' ? 'Envoi du fichier' : 'Analyse du fichier'}
          </label>
          {percent === null ? (
            <progress id="import-sending" />
          ) : (
            <progress id="import-sending" value={percent} max={100}>
              {percent} %
            </progress>
          )}
        </>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </div>
  );
}

/** The refusal SectionGate gives, for a console user without PROGRAMMATION_MANAGE here. */
function NotAllowed() {
  return (
    <section>
      <h1>Page non accessible</h1>
      <p>
        L’import de la programmation est réservé à l’équipe du contrat de ville.{' '}
        <Link to="/">Revenir à vos territoires</Link>.
      </p>
    </section>
  );
}
