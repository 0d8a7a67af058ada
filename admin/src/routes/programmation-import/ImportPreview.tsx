import { useEffect, useRef } from 'react';
import { plural } from '@quartiers/ui-kit';
import type { AdminImportActionFragment, AdminProgrammationImportFragment } from '../../__generated__/graphql';

export const NOTHING_CHANGES = 'Ce fichier ne change rien : la programmation est déjà à jour.';

/** A preview changes nothing when it has no problem and nothing to write (the server's `applicable`). */
export const changesNothing = (preview: AdminProgrammationImportFragment) =>
  preview.status === 'PREVIEW' && !preview.applicable && preview.problems.length === 0;

/** The problem's own words: its line and column have their cells in the table. */
const reasonOf = (message: string) => message.replace(/^Ligne \d+, colonne « [^»]* » : /, '');

/**
 * What a file would do to the year: the counts, every problem by line and column, then the actions
 * created and the values changed. Focus goes to what the person must read first: the problems when
 * there are some, else the outcome.
 */
export function ImportPreview({ preview }: { preview: AdminProgrammationImportFragment }) {
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLHeadingElement>(null);
  const rejectedLines = new Set(preview.problems.map((p) => p.line)).size;
  useEffect(() => {
    (preview.problems.length > 0 ? problemsHeading : summary).current?.focus();
  }, [preview.id, preview.problems.length]);

  return (
    <section aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1} ref={summary}>
        Aperçu de l’import de « {preview.filename} » ({preview.year})
      </h2>
      <p className="import-counts">
        {plural(preview.createdCount, 'action créée', 'actions créées')},{' '}
        {plural(preview.updatedCount, 'modifiée', 'modifiées')},{' '}
        {plural(preview.unchangedCount, 'inchangée', 'inchangées')},{' '}
        {plural(rejectedLines, 'ligne refusée', 'lignes refusées')}
      </p>
      {changesNothing(preview) && (
        <p className="notice" role="status">
          {NOTHING_CHANGES}
        </p>
      )}
      {preview.problems.length > 0 && (
        <>
          <h3 tabIndex={-1} ref={problemsHeading}>
            {plural(preview.problems.length, 'problème à corriger', 'problèmes à corriger')} dans le fichier
          </h3>
          <div className="import-scroll">
            <table>
              <caption className="visually-hidden">Problèmes du fichier, par ligne et colonne</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Colonne</th>
                  <th scope="col">Problème</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.map((p) => (
                  <tr key={`${p.line}|${p.column}|${p.message}`}>
                    <td className="num">{p.line}</td>
                    <td>{p.column}</td>
                    <td>{reasonOf(p.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {preview.created.length > 0 && <ActionList title="Actions créées" actions={preview.created} />}
      {preview.updated.length > 0 && <ActionList title="Actions modifiées" actions={preview.updated} withChanges />}
    </section>
  );
}

/** The actions of one kind, folded: a file of 150 actions would otherwise push the button far down. */
function ActionList(props: { title: string; actions: AdminImportActionFragment[]; withChanges?: boolean }) {
  return (
    <details className="import-actions">
      <summary>
        {props.title} ({props.actions.length})
      </summary>
      <ul>
        {props.actions.map((a) => (
          <li key={`${a.line}|${a.title}`}>
            <strong>{a.title}</strong> — {a.operator}
            {a.reference && <> (réf. {a.reference})</>} <span className="muted">ligne {a.line}</span>
            {props.withChanges && a.changes.length > 0 && (
              <ul>
                {a.changes.map((c) => (
                  <li key={c.field}>
                    {c.field} : {c.before ?? 'vide'} → {c.after ?? 'vide'}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
