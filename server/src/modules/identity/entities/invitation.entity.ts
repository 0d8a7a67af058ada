import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, UuidColumn } from '../../../db/columns.js';
import { CitizenCouncilEntity, CommuneEntity, TerritoryEntity } from '../../territory/index.js';
import { UserEntity } from './user.entity.js';

/** A role offered by email to someone who may not have an account yet; the link carries the token. */
@Entity('invitations')
@Index('invitations_territory_created_idx', ['territoryId', 'createdAt'])
@Index('invitations_token_key', ['tokenHash'], { unique: true })
export class InvitationEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) role: string;
  @UuidColumn(true) citizenCouncilId: string | null;
  @Ref(() => CitizenCouncilEntity, 'citizen_council_id', 'CASCADE', true) citizenCouncil?: CitizenCouncilEntity;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'CASCADE', true) commune?: CommuneEntity;
  @Column({ type: 'text' }) tokenHash: string;
  @UuidColumn() invitedBy: string;
  @Ref(() => UserEntity, 'invited_by') inviter?: UserEntity;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @UuidColumn(true) acceptedBy: string | null;
}
