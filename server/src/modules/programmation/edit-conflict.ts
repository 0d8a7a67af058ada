import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { AUDIT_FIELD_LABELS } from '../../../../ui-kit/src/audit.js';
import { DomainError } from '../../shared/errors.js';
import { PARIS } from '../../shared/clock.js';
import type { Queryable } from '../../shared/sql.js';
import { auditEntriesSince } from '../audit/index.js';

/** What staff edit, as the journal names it, and how French speaks of it. */
export type EditedTarget = 'Programmation' | 'Action' | 'Operator' | 'Funder';
const SPOKEN: Record<EditedTarget, { changed: string; reload: string }> = {
  Programmation: { changed: 'Cette programmation a été modifiée', reload: 'rechargez-la' },
  Action: { changed: 'Cette action a été modifiée', reload: 'rechargez-la' },
  Operator: { changed: 'Ce porteur a été modifié', reload: 'rechargez-le' },
  Funder: { changed: 'Ce financeur a été modifié', reload: 'rechargez-le' },
};

/** The fields whose values differ, with their old and new values and the versions: a journal entry's before/after. */
export function changesBetween(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  versions: { from: number; to: number },
) {
  const fields = Object.keys(after).filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k]));
  const pick = (source: Record<string, unknown>) => Object.fromEntries(fields.map((k) => [k, source[k] ?? null]));
  return {
    fields,
    before: { ...pick(before), version: versions.from },
    after: { ...pick(after), version: versions.to },
  };
}

const spokenField = (key: string) => {
  const label = AUDIT_FIELD_LABELS[key] ?? key;
  // « État » → « état », « SIRET » stays.
  return /^.\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
};

/**
 * The error of an edit made on an older version: who changed the row since, when and what, from
 * the journal (the actor's pseudonymous display name, as the journal shows it). Nothing is written.
 */
export async function staleEdit(
  db: Queryable,
  target: { type: EditedTarget; territoryId: string; id: string; expectedVersion: number },
): Promise<DomainError> {
  const entries = await auditEntriesSince(db, target.territoryId, target.type, target.id, target.expectedVersion);
  const changedFields = [...new Set(entries.flatMap((e) => Object.keys(e.after ?? {}).filter((k) => k !== 'version')))];
  const last = entries.at(-1);
  const changedBy = last?.actorLabel || null;
  const changedAt = last?.at ?? null;
  const spoken = SPOKEN[target.type];
  const who = changedBy ? ` par ${changedBy}` : '';
  const when = changedAt ? ` le ${format(new TZDate(changedAt, PARIS), "d MMMM 'à' H 'h' mm", { locale: fr })}` : '';
  const what = changedFields.length ? ` (${changedFields.map(spokenField).join(', ')})` : '';
  return new DomainError(
    'CONFLICT',
    `${spoken.changed}${who}${last ? when : ' entre-temps'}${what} : ${spoken.reload} avant d’enregistrer.`,
    undefined,
    { conflict: 'STALE', changedFields, changedBy, changedAt: changedAt?.toISOString() ?? null },
  );
}
