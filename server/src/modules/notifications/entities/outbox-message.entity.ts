import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { TerritoryEntity } from '../../territory/index.js';

/**
 * An email to send, written in the transaction of the event it reports, so an event is never told
 * without having happened nor happen without being told. The worker sends and retries.
 */
@Entity('email_outbox')
@Index('email_outbox_territory_created_idx', ['territoryId', 'createdAt'])
@Index('email_outbox_status_next_idx', ['status', 'nextAttemptAt'])
@Index('email_outbox_user_idx', ['userId'])
export class OutboxMessageEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  /** The recipient's account, when there is one (for export and erasure). */
  @UuidColumn(true) userId: string | null;
  @Column({ type: 'text' }) toAddress: string;
  /** Template name, e.g. `verify-email`. */
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) body: string;
  /** `[{filename, contentType, content}]`: files sent with the email (an event's `.ics`). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) attachments: unknown[];
  /** PENDING | SENT | FAILED */
  @Column({ type: 'text', default: 'PENDING' }) status: string;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) nextAttemptAt: Date;
  @TextColumn() lastError: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
