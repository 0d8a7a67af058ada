import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { UserEntity } from './user.entity.js';

/** A server-side session; the cookie carries a random token whose SHA-256 is the id. */
@Entity('sessions')
@Index('sessions_user_idx', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'text' }) id: string;
  @UuidColumn() userId: string;
  @Ref(() => UserEntity, 'user_id') user?: UserEntity;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) lastSeenAt: Date;
  /** Idle expiry: a session unused this long ends (short on a shared phone, longer when remembered). */
  @Column({ type: 'integer' }) idleSeconds: number;
  /** Absolute expiry, whatever the activity. */
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @TextColumn() userAgent: string | null;
}
