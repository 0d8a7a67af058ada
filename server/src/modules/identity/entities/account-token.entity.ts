import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Ref, UuidColumn } from '../../../db/columns.js';
import { UserEntity } from './user.entity.js';

/** A single-use emailed link: email verification, password reset, sign-in link. Only its hash is kept. */
@Entity('account_tokens')
@Index('account_tokens_user_idx', ['userId'])
export class AccountTokenEntity {
  @PrimaryColumn({ type: 'text' }) id: string;
  @UuidColumn() userId: string;
  @Ref(() => UserEntity, 'user_id') user?: UserEntity;
  /** VERIFY_EMAIL | RESET_PASSWORD | SIGN_IN */
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
