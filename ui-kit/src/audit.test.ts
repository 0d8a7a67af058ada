/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, STORED_AUDIT_ACTIONS } from './__generated__/catalogue';
import { AUDIT_ACTION_LABELS, AUDIT_FIELD_LABELS, AUDIT_TARGET_LABELS } from './audit';

const MODULES = path.resolve(import.meta.dirname, '../../server/src/modules');

/** The server's source files that write to the journal (tests aside). */
function auditingSources(): { file: string; text: string }[] {
  return readdirSync(MODULES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, text: readFileSync(path.join(MODULES, f), 'utf8') }))
    .filter(
      ({ text }) =>
        (/\brecordAudit\(/.test(text) || /\baudit\(\s*tx,/.test(text)) && !text.includes('export function recordAudit'),
    );
}

/**
 * Every action code the server writes, read from its source: `action: '…'` (or a ternary of two),
 * the report steps' `audit(tx, report, '…'` helper, and their `report.${status}` template expanded
 * over the statuses passed to `move(tx, report, '…')` in any report service. TypeScript already refuses a code outside
 * `enum AuditAction`; this finds the enum's values that nothing writes any more. A call written in
 * another form fails below.
 */
function serverActions() {
  const actions = new Set<string>();
  const unread: string[] = [];
  const sources = auditingSources();
  const moved = sources.flatMap(({ text }) => [...text.matchAll(/\bmove\(\s*tx,\s*\w+,\s*'([A-Z_]+)'/g)]);
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/action:\s*([^,\n]+)/g)) {
      const literals = [...m[1]!.matchAll(/'([a-z][a-z_.-]*)'/g)].map((l) => l[1]!);
      if (literals.length > 0) literals.forEach((a) => actions.add(a));
      // `action: StoredAuditAction` is the reports helper's parameter, read by the next loop.
      else if (m[1]!.trim() !== 'StoredAuditAction') unread.push(`${file}: ${m[0]}`);
    }
    for (const m of text.matchAll(/\baudit\(\s*tx,\s*[\w.]+,\s*([^,]+),/g)) {
      const literal = /^'([a-z][a-z_.-]*)'$/.exec(m[1]!.trim());
      if (literal) actions.add(literal[1]!);
      else if (m[1]!.trim() === 'action' && text.includes('const action = `report.${to.toLowerCase()}`')) {
        for (const s of moved) actions.add(`report.${s[1]!.toLowerCase()}`);
      } else unread.push(`${file}: ${m[0]}`);
    }
  }
  return { actions, unread };
}

describe('journal labels', () => {
  it('label every action of the catalogue, each with its own French label', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[A-ZÉ][a-zàâçéèêëîïôûùüÿœ’' ]+/);
  });

  it('list in enum AuditAction exactly the actions the server writes', () => {
    const { actions, unread } = serverActions();
    expect(unread, 'appels à recordAudit dont l’action n’est pas lisible par ce test').toEqual([]);
    expect(actions.size).toBeGreaterThan(15);
    expect([...actions].sort()).toEqual(Object.values(STORED_AUDIT_ACTIONS).sort());
  });

  it('label every kind of object the server writes to the journal', () => {
    const targets = new Set(
      auditingSources().flatMap(({ text }) => [...text.matchAll(/targetType:\s*'(\w+)'/g)].map((m) => m[1]!)),
    );
    expect([...targets].sort()).toEqual(Object.keys(AUDIT_TARGET_LABELS).sort());
  });

  it('label the fields written in an entry’s before and after', () => {
    const sources = auditingSources()
      .map(({ text }) => text)
      .join('\n');
    // Keys of the objects passed as before/after, inline or through the services' view helpers.
    const objects = [
      ...sources.matchAll(/(?:before|after):\s*\{([^}]*)\}/g),
      ...sources.matchAll(/(?:auditView|view|View) = \([^)]*\) => \(\{([^}]*)\}\)/g),
      ...sources.matchAll(/audit\(\s*tx,\s*\w+,\s*[^,]+,\s*(?:null|\{([^}]*)\}),\s*(?:null|\{([^}]*)\})/g),
    ];
    const keys = new Set(
      objects.flatMap((m) =>
        [m[1], m[2]].flatMap((body) =>
          [...(body ?? '').matchAll(/(?:^|,)\s*(\w+)(?=\s*[:,]|\s*$)/g)].map((k) => k[1]!),
        ),
      ),
    );
    // The status move adds the `set` fields of the reports service.
    for (const key of ['approvedOn', 'publishedAt']) keys.add(key);
    const unlabelled = [...keys].filter((k) => !(k in AUDIT_FIELD_LABELS));
    expect(unlabelled).toEqual([]);
    expect(keys.size).toBeGreaterThan(15);
  });
});
