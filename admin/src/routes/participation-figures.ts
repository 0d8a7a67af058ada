import { EVENT_KIND_LABELS, plural } from '@quartiers/ui-kit';
import type { AdminReportParticipationQuery, EventKind } from '../__generated__/graphql';

type Figures = NonNullable<AdminReportParticipationQuery['territory']>['eventFigures'];

/** A table cell's text: a pipe would end the cell. */
const cell = (s: string) => s.replace(/\|/g, '\\|');

/**
 * The participation section's figures for the reference year, as staff would type them: a sentence,
 * then a Markdown table of events and participants by kind, with the total.
 */
export function participationMarkdown(year: number, f: Figures): string {
  if (f.events === 0) return `Aucune rencontre de participation tenue en ${year} n’est enregistrée sur la plateforme.`;
  const rows = f.byKind.map(
    (k) => `| ${cell(EVENT_KIND_LABELS[k.key as EventKind] ?? k.label)} | ${k.events} | ${k.participants} |`,
  );
  return [
    `En ${year}, ${plural(f.events, 'rencontre de participation a', 'rencontres de participation ont')} réuni ${plural(f.participants, 'participant', 'participants')}.`,
    '',
    '| Type de rencontre | Rencontres | Participants |',
    '| --- | ---: | ---: |',
    ...rows,
    `| **Total** | **${f.events}** | **${f.participants}** |`,
  ].join('\n');
}
