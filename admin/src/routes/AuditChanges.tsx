import {
  CONTRIBUTION_STATUS,
  POSITION,
  REPORT_STATUS,
  ROLE_LABELS,
  auditFieldLabel,
  type Role,
} from '@quartiers/ui-kit';
import { formatDate, formatDateTime } from '../ui/format';

type Fields = Record<string, unknown> | null | undefined;

/** A value of the journal as staff read it: labels for codes, dates in Paris time, short ids. */
function readable(key: string, value: unknown, targetType: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (Array.isArray(value)) return value.map((v) => readable(key, v, targetType)).join(', ');
  const text = String(value);
  if (key === 'status') {
    const labels: Record<string, string> = targetType === 'Contribution' ? CONTRIBUTION_STATUS : REPORT_STATUS;
    return labels[text] ?? '—';
  }
  if (key === 'role') return ROLE_LABELS[text as Role] ?? '—';
  if (key === 'position') return POSITION[text as keyof typeof POSITION] ?? '—';
  if (key.endsWith('Id')) return `n° ${text.slice(0, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(`${text}T12:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return formatDateTime(text);
  return text;
}

/** What an action changed, field by field, before and after. */
export function AuditChanges({ before, after, targetType }: { before: Fields; after: Fields; targetType: string }) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (keys.length === 0) return <>—</>;
  return (
    <details>
      <summary>Avant / après</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Donnée</th>
            <th scope="col">Avant</th>
            <th scope="col">Après</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{auditFieldLabel(k)}</th>
              <td className="change">{before ? readable(k, before[k], targetType) : '—'}</td>
              <td className="change">{after ? readable(k, after[k], targetType) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
