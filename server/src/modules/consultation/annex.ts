import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { stringify } from 'csv-stringify/sync';
import { frenchDate } from '../../shared/clock.js';
import { neutraliseCell } from '../../shared/spreadsheet.js';
import type { Queryable } from '../../shared/sql.js';
import { displayNamesOf } from '../identity/index.js';
import { isPublic, moderationItemsOf } from '../moderation/index.js';
import { createConsultationStore } from './consultation.store.js';
import { withItems } from './contribution-items.js';
import type { ReportRow } from './consultation.types.js';

const POSITION_FR: Record<string, string> = {
  FAVOURABLE: 'Favorable',
  FAVOURABLE_WITH_RESERVATIONS: 'Favorable avec réserves',
  UNFAVOURABLE: 'Défavorable',
  DEEMED_FAVOURABLE: 'Réputé favorable (sans réponse à l’échéance)',
};
const KIND_FR: Record<string, string> = {
  COMMUNE: 'Commune',
  CITIZEN_COUNCIL: 'Conseil citoyen',
  SIGNATORY: 'Signataire',
};
/** DejaVu Sans, embedded: the standard PDF fonts lack French characters such as « œ » (Nœux-les-Mines). */
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

const fr = (d: string | null) => (d ? frenchDate(d) : '');

/** The annex « Avis des communes et des conseils citoyens »: one entry per consulted body. */
export async function annexEntries(db: Queryable, report: ReportRow) {
  const rows = await createConsultationStore(db).annexRows(report.territoryId, report.id);
  return rows.map((r) => ({
    body: r.body,
    kind: KIND_FR[r.kind] ?? r.kind,
    position: r.position ? POSITION_FR[r.position]! : 'Sans avis',
    text: r.text ?? '',
    deliberationOn: fr(r.deliberationOn),
    late: Boolean(r.late),
    remarks: r.remarks,
  }));
}
type Entries = Awaited<ReturnType<typeof annexEntries>>;

/** Residents' published contributions, annexed beside the avis (they are not avis), by section. */
export async function annexContributions(db: Queryable, report: ReportRow) {
  const stored = await createConsultationStore(db).contributionsForAnnex(report.territoryId, report.id);
  const subjects = stored.map((c) => ({ territoryId: c.territoryId, subjectId: c.id }));
  const shown = withItems(stored, await moderationItemsOf(db, subjects)).filter(isPublic);
  const names = await displayNamesOf(
    db,
    shown.map((c) => c.authorId),
  );
  return shown.map((c) => ({
    author: names.get(c.authorId) ?? 'contributeur anonymisé',
    section: c.section,
    text: c.text,
  }));
}
type Contributions = Awaited<ReturnType<typeof annexContributions>>;

const title = (report: ReportRow) => `Annexe : avis des communes et des conseils citoyens — ${report.title}`;
const terms = (report: ReportRow) =>
  `Projet adopté le ${fr(report.adoptedOn)}, transmis le ${fr(report.transmittedOn)}, avis attendus jusqu’au ${fr(report.deadline)}` +
  (report.approvedOn ? ` ; rapport approuvé le ${fr(report.approvedOn)}.` : '.');

export function annexPdf(report: ReportRow, entries: Entries, contributions: Contributions = []): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title(report), Author: 'Quartiers' },
    lang: 'fr-FR',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(FONT);
  doc.fontSize(16).text(title(report)).moveDown(0.5);
  doc.fontSize(10).fillColor('#444').text(terms(report)).fillColor('#000').moveDown();
  for (const e of entries) {
    doc.fontSize(13).text(`${e.body} (${e.kind})`);
    doc
      .fontSize(11)
      .text(
        `Avis : ${e.position}${e.late ? ' — reçu après l’échéance' : ''}${e.deliberationOn ? ` — délibération du ${e.deliberationOn}` : ''}`,
      );
    if (e.text) doc.text(e.text);
    for (const r of e.remarks) {
      doc.moveDown(0.3).text(`Sur « ${r.section} » : ${r.text}`, { indent: 12 });
      doc
        .fillColor('#1d4f91')
        .text(`Suite donnée : ${r.response ?? 'en attente'}`, { indent: 12 })
        .fillColor('#000');
    }
    doc.moveDown();
  }
  if (contributions.length) {
    doc.fontSize(14).text('Contributions des habitants (publiées après modération)').moveDown(0.5);
    for (const c of contributions) doc.fontSize(11).text(`${c.author}, sur « ${c.section} » : ${c.text}`).moveDown(0.3);
  }
  doc.end();
  return done;
}

export function annexDocx(report: ReportRow, entries: Entries, contributions: Contributions = []): Promise<Buffer> {
  const children = [
    new Paragraph({ text: title(report), heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: terms(report), italics: true })] }),
    ...entries.flatMap((e) => [
      new Paragraph({ text: `${e.body} (${e.kind})`, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun({ text: 'Avis : ', bold: true }),
          new TextRun(`${e.position}${e.late ? ' — reçu après l’échéance' : ''}`),
        ],
      }),
      ...(e.deliberationOn ? [new Paragraph(`Délibération du ${e.deliberationOn}`)] : []),
      ...(e.text ? [new Paragraph(e.text)] : []),
      ...e.remarks.flatMap((r) => [
        new Paragraph({
          children: [new TextRun({ text: `Sur « ${r.section} » : `, bold: true }), new TextRun(r.text)],
        }),
        new Paragraph({
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text: `Suite donnée : ${r.response ?? 'en attente'}`, color: '1D4F91' })],
        }),
      ]),
    ]),
    ...(contributions.length
      ? [new Paragraph({ text: 'Contributions des habitants', heading: HeadingLevel.HEADING_2 })]
      : []),
    ...contributions.map((c) => new Paragraph(`${c.author}, sur « ${c.section} » : ${c.text}`)),
  ];
  return Packer.toBuffer(new Document({ creator: 'Quartiers', title: title(report), sections: [{ children }] }));
}

/**
 * One row per avis and per remark, for spreadsheets (UTF-8 with BOM so Excel reads the accents). Names,
 * avis and remarks are written by people: no cell may run as a formula.
 */
export function annexCsv(entries: Entries): string {
  const rows = entries.flatMap((e) =>
    (e.remarks.length ? e.remarks : [null]).map((r) => ({
      instance: e.body,
      type: e.kind,
      avis: e.position,
      recu_apres_echeance: e.late ? 'oui' : 'non',
      date_deliberation: e.deliberationOn,
      texte: e.text,
      section: r?.section ?? '',
      remarque: r?.text ?? '',
      suite_donnee: r?.response ?? '',
    })),
  );
  return '\uFEFF' + stringify(rows, { header: true, cast: { string: (value) => neutraliseCell(value) } });
}
