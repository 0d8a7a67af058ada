import { DomainError } from '../../shared/errors.js';
import { formatParis } from '../../shared/clock.js';
import type { Queryable } from '../../shared/sql.js';
import { lastAuditEntry } from '../audit/index.js';

/**
 * The refusal of a change made from an outdated version (optimistic concurrency): it names who
 * changed the object last and when, as the journal says, so that staff know whom to ask.
 * `changed` is the sentence's start, e.g. « Cet indicateur a été modifié ».
 */
export async function changedMeanwhile(
  db: Queryable,
  territoryId: string,
  target: { type: 'Contract' | 'FrameworkItem' | 'Indicator'; id: string },
  changed: string,
) {
  const last = await lastAuditEntry(db, territoryId, target.type, target.id);
  const who = last ? `par ${last.actorLabel} le ${formatParis(last.at)}` : 'par quelqu’un d’autre';
  return new DomainError('CONFLICT', `${changed} ${who} : rechargez la page pour repartir de sa version actuelle.`, {
    conflict: 'STALE',
  });
}
