import { type FormEvent } from 'react';
import { Field, FormError, Notice, Submit, formValues, useSubmission } from '@quartiers/ui-kit';
import { AdminUpdateSectionDocument, type ReportSections_ReportFragment } from '../__generated__/graphql';
import { Block } from '../ui/Block';

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
        <SectionEditor key={s.id} section={s} reportRef={reportRef} />
      ))}
    </Block>
  );
}

function SectionEditor({
  section,
  reportRef,
}: {
  section: ReportSections_ReportFragment['sections'][number];
  reportRef: ReportRef;
}) {
  const save = useSubmission(AdminUpdateSectionDocument);
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
          <textarea id={`body-${section.id}`} name="body" rows={10} defaultValue={section.body} />
        </p>
        <Submit busy={save.pending}>Enregistrer la section</Submit>
      </form>
    </details>
  );
}
