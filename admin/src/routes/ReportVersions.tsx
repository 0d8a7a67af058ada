import { useState } from 'react';
import type { ReportVersions_VersionFragment as Version } from '../__generated__/graphql';

/** Two states of the report side by side, section by section, the changed ones marked. */
export function ReportVersions({ versions }: { versions: Version[] }) {
  const [left, setLeft] = useState(versions[0]?.number ?? 1);
  const [right, setRight] = useState(versions.at(-1)?.number ?? 1);
  if (versions.length < 2) return null;
  const a = versions.find((v) => v.number === left)!;
  const b = versions.find((v) => v.number === right)!;
  const pick = (label: string, value: number, set: (n: number) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(Number(e.currentTarget.value))}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {v.number}. {v.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="card">
      <h2>Comparer deux versions</h2>
      <div className="filters">
        {pick('Version', left, setLeft)}
        {pick('avec la version', right, setRight)}
      </div>
      <table>
        <caption className="visually-hidden">Sections des deux versions</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Version {a.number}</th>
            <th scope="col">Version {b.number}</th>
          </tr>
        </thead>
        <tbody>
          {b.sections.map((s, i) => {
            const before = a.sections[i];
            const changed = before?.body !== s.body || before?.title !== s.title;
            return (
              <tr key={s.kind + i}>
                <th scope="row">
                  {s.title} {changed && <span className="tag">modifiée</span>}
                </th>
                <td>
                  <pre>{before?.body ?? '—'}</pre>
                </td>
                <td>
                  <pre>{s.body}</pre>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
