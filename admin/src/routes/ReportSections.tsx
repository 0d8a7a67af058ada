import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useParams } from 'wouter';
import { Field, FormError, Notice, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import {
  AdminReportParticipationDocument,
  AdminUpdateSectionDocument,
  type ReportSections_ReportFragment,
} from '../__generated__/graphql';
import { Block } from '../ui/Block';
import { participationMarkdown } from './participation-figures';

type ReportRef = { territoryId: string; reportId: string };

/** Each section's title and Markdown text, editable while the report is a draft or once it is closed. */
export function ReportSections({
  report: r,
  reportRef,
}: {
  report: ReportSections_ReportFragment;
  reportRef: ReportRef;
}) {
  return (
    <Block title="Sections du rapport (Markdown)">
      {r.sections.map((s) => (
        <SectionEditor key={s.id} section={s} year={r.referenceYear} reportRef={reportRef} />
      ))}
    </Block>
  );
}

function SectionEditor({
  section,
  year,
  reportRef,
}: {
  section: ReportSections_ReportFragment['sections'][number];
  year: number;
  reportRef: ReportRef;
}) {
  const save = useSubmission(AdminUpdateSectionDocument);
  const body = useRef<HTMLTextAreaElement>(null);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void save.run({ input: { ...reportRef, sectionId: section.id, title: v.title!, body: v.body! } });
  };
  return (
    <details>
      <summary>
        {section.position}. {section.title}
      </summary>
      <form onSubmit={onSubmit} noValidate>
        <FormError error={save.error} />
        {save.data && <Notice>Section enregistrée.</Notice>}
        <Field label="Titre de la section" name="title" defaultValue={section.title} required />
        <p className="field">
          <label htmlFor={`body-${section.id}`}>Texte (Markdown)</label>
          <textarea id={`body-${section.id}`} name="body" rows={10} defaultValue={section.body} ref={body} />
        </p>
        <InsertParticipation year={year} body={body} />
        <Submit busy={save.pending}>Enregistrer la section</Submit>
      </form>
    </details>
  );
}

/**
 * Inserts the reference year's participation figures (from the events' data) where the cursor is in
 * the section's text, so that staff do not retype them; saving the section stays their decision.
 */
function InsertParticipation({ year, body }: { year: number; body: RefObject<HTMLTextAreaElement | null> }) {
  const { code = '' } = useParams();
  const client = useApolloClient();
  const [state, setState] = useState<{ busy: boolean; error?: unknown; done?: boolean }>({ busy: false });
  const insert = () => {
    setState({ busy: true });
    client
      .query({ query: AdminReportParticipationDocument, variables: { code, year }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        const area = body.current;
        const figures = data?.territory?.eventFigures;
        if (!area || !figures) return setState({ busy: false });
        const text = participationMarkdown(year, figures);
        const before = area.value.slice(0, area.selectionStart);
        const gap = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
        area.setRangeText(`${gap}${text}\n`, area.selectionStart, area.selectionEnd, 'end');
        area.focus();
        setState({ busy: false, done: true });
      })
      .catch((error: unknown) => setState({ busy: false, error }));
  };
  return (
    <>
      <FormError error={state.error} />
      {state.done && (
        <Notice keepFocus>
          Chiffres de participation {year} insérés dans le texte : relisez-les, puis enregistrez la section.
        </Notice>
      )}
      <p>
        <button type="button" onClick={insert} disabled={state.busy} aria-busy={state.busy}>
          Insérer les chiffres de participation {year}
        </button>
      </p>
    </>
  );
}
