import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, TextColumn } from '../../../db/columns.js';

/**
 * A person's account. Not tenant-owned: one person may take part in several territories, each
 * through a membership. Erasure keeps the row (public contributions point at it) and blanks it.
 */
@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
export class UserEntity {
  @IdColumn() id: string;
  /** Lower-cased; null once the account is erased. */
  @TextColumn() email: string | null;
  /** The public pseudonym; the email is never shown publicly. */
  @TextColumn() displayName: string | null;
  /** argon2id (PHC string); null for residents who sign in by email link only. */
  @TextColumn() passwordHash: string | null;
  @Column({ type: 'timestamptz', nullable: true }) emailVerifiedAt: Date | null;
  /** Notification categories the person turned off. */
  @JsonColumn() notificationPreferences: Record<string, boolean>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) erasedAt: Date | null;
}
