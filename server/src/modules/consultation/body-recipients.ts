import type { Queryable } from '../../shared/sql.js';
import { holdersOfScopes } from '../identity/index.js';
import type { Recipient } from '../notifications/index.js';
import type { BodyRow } from './consultation.types.js';

export type BodyRecipient = Recipient & { name: string | null };

/**
 * Who a body's emails go to, for each of these bodies, in one statement: the people holding its roles
 * (référent and members of a council, representatives of a commune), then the address recorded for
 * its mayor or president unless one of them already has it.
 */
export async function recipientsOfBodies(
  db: Queryable,
  territoryId: string,
  bodies: readonly BodyRow[],
): Promise<Map<string, BodyRecipient[]>> {
  const holders = bodies.length
    ? await holdersOfScopes(
        db,
        territoryId,
        bodies.flatMap((b) => (b.citizenCouncilId ? [b.citizenCouncilId] : [])),
        bodies.flatMap((b) => (b.communeId ? [b.communeId] : [])),
      )
    : [];
  return new Map(
    bodies.map((body) => {
      const recipients = holders
        .filter(
          (h) =>
            (body.citizenCouncilId && h.citizenCouncilId === body.citizenCouncilId) ||
            (body.communeId && h.communeId === body.communeId),
        )
        .map((h): BodyRecipient => ({
          email: h.email,
          userId: h.userId,
          preferences: h.notificationPreferences,
          name: h.displayName,
        }));
      if (body.recipientEmail && !recipients.some((r) => r.email === body.recipientEmail))
        recipients.push({ email: body.recipientEmail, name: null });
      return [body.id, recipients];
    }),
  );
}
