import type { Harness } from './harness.js';

/**
 * An event written straight into its table (the registrations tests need one; events are created
 * through createEvent elsewhere): planned, open, starting in `inDays` days at 18:00 UTC for 2 hours.
 */
export async function insertEventRow(
  h: Pick<Harness, 'dataSource' | 'clock'>,
  territoryId: string,
  o: { capacity?: number | null; inDays?: number; registrationOpen?: boolean; title?: string; startsAt?: Date } = {},
) {
  const start =
    o.startsAt ??
    new Date(
      Date.UTC(
        h.clock.now().getUTCFullYear(),
        h.clock.now().getUTCMonth(),
        h.clock.now().getUTCDate() + (o.inDays ?? 10),
        18,
      ),
    );
  const [row] = (await h.dataSource.query(
    `INSERT INTO participation_events (territory_id, kind, title, starts_at, ends_at, place, capacity, registration_open,
       created_at, updated_at)
     VALUES ($1, 'LABO', $2, $3, $4, 'Salle des fêtes', $5, $6, now(), now()) RETURNING id`,
    [
      territoryId,
      o.title ?? 'Rencontre du Labo',
      start,
      new Date(start.getTime() + 2 * 3600_000),
      o.capacity === undefined ? 10 : o.capacity,
      o.registrationOpen ?? true,
    ],
  )) as { id: string }[];
  return row!.id;
}

/** The outbox rows sent to an address, oldest first. */
export const outboxOf = async (h: Pick<Harness, 'dataSource'>, email: string) =>
  (await h.dataSource.query(
    `SELECT kind, subject, body, ARRAY(SELECT a->>'filename' FROM jsonb_array_elements(attachments) a) AS files,
       attachments FROM email_outbox WHERE to_address = $1 ORDER BY created_at, id`,
    [email],
  )) as { kind: string; subject: string; body: string; files: string[]; attachments: { content: string }[] }[];
