import { POSITION } from '@quartiers/ui-kit';
import type { OpinionInput, OpinionPosition } from '../../__generated__/graphql';
import { formatDay } from './dates';

/** The avis a body already filed, as the report page reads it. */
export interface FiledOpinion {
  position: OpinionPosition;
  text: string;
  deliberationOn?: string | null;
  revision: number;
  remarks: { text: string; section: { id: string; title: string } }[];
}

/**
 * What an amendment changes compared with the filed avis, one French sentence per point: the
 * position (before → after), the general text, the deliberation date and each section's remark.
 */
export function opinionChanges(filed: FiledOpinion, next: OpinionInput, sectionTitle: (id: string) => string) {
  const changes: string[] = [];
  changes.push(
    filed.position === next.position
      ? `Position inchangée : ${POSITION[next.position]}.`
      : `Position : ${POSITION[filed.position]} → ${POSITION[next.position]}.`,
  );
  changes.push(filed.text.trim() === next.text.trim() ? 'Avis général inchangé.' : 'Avis général modifié.');
  if ((filed.deliberationOn ?? null) !== (next.deliberationOn ?? null)) {
    changes.push(`Date de la délibération : ${formatDay(filed.deliberationOn)} → ${formatDay(next.deliberationOn)}.`);
  }
  const before = new Map(filed.remarks.map((r) => [r.section.id, r.text.trim()]));
  const after = new Map(next.remarks.map((r) => [String(r.sectionId), r.text.trim()]));
  const remarkChanges = [
    ...[...after].map(([id, text]) =>
      !before.has(id)
        ? `Remarque ajoutée sur « ${sectionTitle(id)} ».`
        : before.get(id) !== text
          ? `Remarque modifiée sur « ${sectionTitle(id)} ».`
          : null,
    ),
    ...[...before.keys()].filter((id) => !after.has(id)).map((id) => `Remarque retirée sur « ${sectionTitle(id)} ».`),
  ].filter((c): c is string => c !== null);
  changes.push(...(remarkChanges.length ? remarkChanges : ['Remarques par section inchangées.']));
  return changes;
}
