import { Column, Entity, Index } from 'typeorm';
import { IdColumn, IntColumn, JsonColumn, TextColumn } from '../../../db/columns.js';

/** The tenant: every other row carries its id. */
@Entity('territories')
export class TerritoryEntity {
  @IdColumn() id: string;
  @Index('territories_code_key', { unique: true })
  @Column({ type: 'text' })
  code: string;
  @Column({ type: 'text' }) name: string;
  @TextColumn() shortName: string | null;
  @Column({ type: 'text' }) kind: string;
  @TextColumn() epciType: string | null;
  @TextColumn() department: string | null;
  @TextColumn() region: string | null;
  @IntColumn() population: number | null;
  @IntColumn() qpvPopulation: number | null;
  @Column({ type: 'text', default: '#1d4f91' }) primaryColor: string;
  @Column({ type: 'text', default: '#a3461a' }) accentColor: string;
  /** Territory attributes and top-level keys the model has no place for yet, as published. */
  @JsonColumn() details: Record<string, unknown>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}
