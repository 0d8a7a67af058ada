import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';
import { CitizenCouncilEntity, CommuneEntity, TerritoryEntity } from '../../territory/index.js';
import { UserEntity } from './user.entity.js';

/**
 * A role held in one territory, and for a council or a commune where the role needs one.
 * Revoked memberships stay, so who held what and when can be told.
 */
@Entity('memberships')
@Index('memberships_territory_user_idx', ['territoryId', 'userId'])
@Index('memberships_user_idx', ['userId'])
export class MembershipEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  @Ref(() => TerritoryEntity, 'territory_id') territory?: TerritoryEntity;
  @UuidColumn() userId: string;
  @Ref(() => UserEntity, 'user_id') user?: UserEntity;
  /** RESIDENT | COUNCIL_MEMBER | COUNCIL_REFERENT | COMMUNE_REPRESENTATIVE | STAFF | MODERATOR | ADMIN */
  @Column({ type: 'text' }) role: string;
  @UuidColumn(true) citizenCouncilId: string | null;
  @Ref(() => CitizenCouncilEntity, 'citizen_council_id', 'CASCADE', true) citizenCouncil?: CitizenCouncilEntity;
  @UuidColumn(true) communeId: string | null;
  @Ref(() => CommuneEntity, 'commune_id', 'CASCADE', true) commune?: CommuneEntity;
  @UuidColumn(true) grantedBy: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @UuidColumn(true) revokedBy: string | null;
  @TextColumn() revokeReason: string | null;
}
