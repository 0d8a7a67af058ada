import { conditions, listPage, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type { EmailAttachment, OutboxMessageRow } from './notifications.types.js';

const MESSAGE = `o.id, o.territory_id, o.user_id, o.to_address, o.kind, o.subject, o.body, o.status, o.attempts,
  o.next_attempt_at, o.last_error, o.created_at, o.sent_at,
  ARRAY(SELECT a->>'filename' FROM jsonb_array_elements(o.attachments) a) AS attachment_names`;

/** All SQL of the notifications module. */
export function createNotificationsStore(db: Queryable) {
  return {
    insert: (
      m: Pick<OutboxMessageRow, 'territoryId' | 'userId' | 'toAddress' | 'kind' | 'subject' | 'body' | 'createdAt'> & {
        attachments: EmailAttachment[];
      },
    ) =>
      query(
        db,
        'notifications.insert',
        `INSERT INTO email_outbox (territory_id, user_id, to_address, kind, subject, body, created_at, next_attempt_at, attachments)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
        [m.territoryId, m.userId, m.toAddress, m.kind, m.subject, m.body, m.createdAt, JSON.stringify(m.attachments)],
      ),

    /** The same kind of email to several people, in one statement. */
    insertMany: (
      territoryId: string,
      kind: string,
      createdAt: Date,
      messages: Pick<OutboxMessageRow, 'userId' | 'toAddress' | 'subject' | 'body'>[],
    ) =>
      query(
        db,
        'notifications.insertMany',
        `INSERT INTO email_outbox (territory_id, user_id, to_address, kind, subject, body, created_at, next_attempt_at)
         SELECT $1, m.user_id, m.to_address, $2, m.subject, m.body, $3, $3
         FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[]) AS m(user_id, to_address, subject, body)`,
        [
          territoryId,
          kind,
          createdAt,
          messages.map((m) => m.userId),
          messages.map((m) => m.toAddress),
          messages.map((m) => m.subject),
          messages.map((m) => m.body),
        ],
      ),

    list: (territoryId: string, page: Page, filter: { status?: string | null; to?: string | null }) => {
      const { where, params, add } = conditions('o.territory_id = ?', territoryId);
      if (filter.status) add('o.status = ?', filter.status);
      if (filter.to) add('o.to_address = ?', filter.to.toLowerCase());
      return listPage<OutboxMessageRow>(db, page, {
        name: 'notifications.list',
        select: MESSAGE,
        from: 'email_outbox o',
        where,
        params,
        sortExpr: 'o.created_at',
        idExpr: 'o.id',
        direction: 'DESC',
        sortKeyOf: (r: OutboxMessageRow) => r.createdAt.toISOString(),
      });
    },

    /**
     * Takes due messages for this worker (of one territory only when given: tests send their own);
     * SKIP LOCKED lets several server instances share the outbox without sending a message twice.
     * Must run inside a transaction.
     */
    claimDue: (at: Date, limit: number, territoryId: string | null = null) =>
      query<OutboxMessageRow & { attachments: EmailAttachment[] }>(
        db,
        'notifications.claimDue',
        `SELECT ${MESSAGE}, o.attachments FROM email_outbox o WHERE o.status = 'PENDING' AND o.next_attempt_at <= $1
           AND ($3::uuid IS NULL OR o.territory_id = $3)
         ORDER BY o.next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [at, limit, territoryId],
      ),

    markSent: (id: string, at: Date) =>
      query(
        db,
        'notifications.markSent',
        `UPDATE email_outbox SET status = 'SENT', sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [id, at],
      ),

    markFailed: (id: string, error: string, nextAttemptAt: Date | null) =>
      query(
        db,
        'notifications.markFailed',
        `UPDATE email_outbox SET attempts = attempts + 1, last_error = $2,
           status = CASE WHEN $3::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END,
           next_attempt_at = coalesce($3, next_attempt_at) WHERE id = $1`,
        [id, error.slice(0, 500), nextAttemptAt],
      ),

    ofUser: (userId: string) =>
      query<OutboxMessageRow>(
        db,
        'notifications.ofUser',
        `SELECT ${MESSAGE} FROM email_outbox o WHERE o.user_id = $1 ORDER BY o.created_at`,
        [userId],
      ),

    /** Erasure: what was sent to the person goes, whatever its state, invitations included. */
    deleteOfUser: (userId: string, email: string | null) =>
      query(db, 'notifications.deleteOfUser', 'DELETE FROM email_outbox WHERE user_id = $1 OR to_address = $2', [
        userId,
        email,
      ]),
  };
}
