import { Column, Entity, Index } from 'typeorm';
import { IdColumn, Ref, TextColumn, UuidColumn } from '../../../db/columns.js';

/**
 * One staff or moderator action, written in the transaction of the action. Append-only: a trigger
 * (migration AuditLogAppendOnly) refuses UPDATE and DELETE.
 */
@Entity('audit_log')
@Index('audit_log_territory_at_idx', ['territoryId', 'at'])
@Index('audit_log_territory_target_idx', ['territoryId', 'targetType', 'targetId'])
// The console's filter by action: newest first within one territory and one action.
@Index('audit_log_territory_action_at_idx', ['territoryId', 'action', 'at'])
export class AuditEntryEntity {
  @IdColumn() id: string;
  @UuidColumn() territoryId: string;
  // By name: the territory module writes audit entries, so audit does not import it.
  @Ref('TerritoryEntity', 'territory_id') territory?: unknown;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
  @UuidColumn() actorId: string;
  /** The actor's pseudonym at the time, so the log reads the same after an erasure. */
  @Column({ type: 'text' }) actorLabel: string;
  /** The stored code of one `enum AuditAction` (schema/audit.graphql): `role.grant`, `council.update`… */
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) targetType: string;
  @TextColumn() targetId: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @TextColumn() reason: string | null;
  @TextColumn() requestId: string | null;
}
