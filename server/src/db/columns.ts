import { Column, JoinColumn, ManyToOne, PrimaryColumn, type ObjectType } from 'typeorm';

/** Shared column shapes: explicit types everywhere (esbuild emits no decorator metadata). */
export const IdColumn = () => PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' });
export const UuidColumn = (nullable = false) => Column({ type: 'uuid', nullable });
export const TextColumn = (nullable = true) => Column({ type: 'text', nullable });
export const IntColumn = (nullable = true) => Column({ type: 'integer', nullable });
/** Nullable when no default is given: the sources often do not say. */
export const BoolColumn = (defaultValue?: boolean) =>
  defaultValue === undefined
    ? Column({ type: 'boolean', nullable: true })
    : Column({ type: 'boolean', default: defaultValue });
export const MoneyColumn = () => Column({ type: 'numeric', precision: 14, scale: 2, nullable: true });
export const JsonColumn = () => Column({ type: 'jsonb', default: () => "'{}'::jsonb" });
export const TextArrayColumn = () => Column({ type: 'text', array: true, default: () => "'{}'::text[]" });

/**
 * A foreign key held in an explicit `<name>_id` uuid column declared beside it.
 * Tenant rows reference their territory this way; stores read the id column, never the relation.
 */
/** `target` may be an entity's name, for a module below the entity's own (no import back up). */
export function Ref<T>(
  target: string | (() => ObjectType<T>),
  column: string,
  onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE',
  nullable = onDelete === 'SET NULL',
) {
  return (proto: object, property: string) => {
    ManyToOne(target, { onDelete, nullable })(proto, property);
    JoinColumn({ name: column })(proto, property);
  };
}
