import { v5 as uuidv5 } from 'uuid';
import type { TerritoryFile } from './territory-file.schema.js';
import { ImportError } from './import-error.js';
import { planParticipationEvents } from './participation-events.plan.js';

const NAMESPACE = '6f1c3e0a-4b1d-5c2e-9a7f-2d8e1b3c4a5f';

/** Case, accents, ligatures, dashes and spaces do not make two names different. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/[‐‑‒–—-]/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const KNOWN_KEYS = new Set([
  'territory',
  'communes',
  'quartiers',
  'contracts',
  'programmations',
  'actions',
  'funds',
  'operators',
  'conseilsCitoyens',
  'urbanRenewal',
  'indicators',
  'governance',
  'participationEvents',
]);
const OPERATOR_KINDS: Record<string, string> = {
  association: 'ASSOCIATION',
  commune: 'COMMUNE',
  epci: 'EPCI',
  conseil_citoyen: 'CONSEIL_CITOYEN',
  bailleur: 'BAILLEUR',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const yearOf = (v: string | null | undefined) => (v && /^\d{4}/.test(v) ? Number(v.slice(0, 4)) : null);
const isoDate = (v: string | null | undefined) => (v && ISO_DATE.test(v) ? v : null);

/** Keys of a source record that have no column: kept as published in `details`. */
function rest(record: Record<string, unknown>, used: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !used.includes(k)));
}

export type Row = Record<string, unknown>;
export interface ImportPlan {
  territoryId: string;
  code: string;
  tables: Record<string, Row[]>;
}

/**
 * Turns a validated territory file into rows with ids derived from natural keys (territory code +
 * kind + normalized name…), so that importing the same file twice writes the same rows.
 * `existing` lets a completing file reuse contracts already imported for the same period.
 */
export function planImport(
  file: TerritoryFile,
  existing: { contracts: { id: string; startYear: number | null; endYear: number | null; hasFramework: boolean }[] },
): ImportPlan {
  const code = file.territory.code.toUpperCase();
  const idFor = (kind: string, ...key: (string | number | null | undefined)[]) =>
    uuidv5(
      `${code}|${kind}|${key.map((k) => (typeof k === 'string' ? normalizeName(k) : String(k))).join('|')}`,
      NAMESPACE,
    );
  const territoryId = idFor('territory');
  const t = (id: string, row: Row) => ({ id, territory_id: territoryId, ...row });
  const tables: Record<string, Row[]> = {};
  const push = (table: string, row: Row) => (tables[table] ??= []).push(row);

  const {
    code: _c,
    name,
    shortName,
    kind,
    epciType,
    department,
    region,
    population,
    qpvPopulation,
    ...territoryRest
  } = file.territory;
  const extra = Object.fromEntries(Object.entries(file).filter(([k]) => !KNOWN_KEYS.has(k)));
  push('territories', {
    id: territoryId,
    code,
    name,
    short_name: shortName ?? null,
    kind: kind ?? 'EPCI',
    epci_type: epciType ?? null,
    department: department ?? null,
    region: region ?? null,
    population: population ?? null,
    qpv_population: qpvPopulation ?? null,
    details: { ...territoryRest, ...extra },
  });

  // Communes, and a resolver that accepts official names and the spellings of the sources.
  const communeIds = new Map<string, string>();
  (file.communes ?? []).forEach((c) => {
    const id = idFor('commune', c.name);
    communeIds.set(normalizeName(c.name), id);
    for (const alt of c.altNames ?? []) communeIds.set(normalizeName(alt), id);
    push(
      'communes',
      t(id, {
        name: c.name,
        alt_names: c.altNames ?? [],
        has_qpv: c.hasQpv ?? c.listedWithQpv ?? null,
        in_contract: c.inContract ?? null,
        details: rest(c, ['name', 'altNames', 'hasQpv', 'inContract']),
      }),
    );
  });
  const communeOf = (nameOf: string, where: string) => {
    const id = communeIds.get(normalizeName(nameOf));
    if (!id) throw new ImportError(where, `commune inconnue « ${nameOf} » (absente de « communes »)`);
    return id;
  };
  const optionalCommune = (n: string | null | undefined, where: string) => (n ? communeOf(n, where) : null);

  const quartierIds = new Map<string, string>();
  (file.quartiers ?? []).forEach((q, i) => {
    const id = idFor('quartier', q.name);
    quartierIds.set(normalizeName(q.name), id);
    const shared = q.sharedWithEpci ?? [];
    const external: string[] = [];
    (q.communes ?? []).forEach((c, j) => {
      if (!communeIds.has(normalizeName(c)) && shared.length > 0) external.push(c);
      else
        push('quartier_communes', {
          territory_id: territoryId,
          quartier_id: id,
          commune_id: communeOf(c, `quartiers[${i}].communes[${j}]`),
        });
    });
    push(
      'quartiers',
      t(id, {
        name: q.name,
        kind: quartierKind(q.kind, `quartiers[${i}].kind`),
        kind_basis: q.kindBasis ?? null,
        population: q.population ?? null,
        note: q.note ?? null,
        external_communes: external,
        shared_with_epci: shared,
        indicators: q.indicators ?? {},
        details: rest(q, [
          'name',
          'communes',
          'kind',
          'kindBasis',
          'population',
          'note',
          'sharedWithEpci',
          'indicators',
        ]),
      }),
    );
  });
  const quartierOf = (n: string | null | undefined) => (n ? (quartierIds.get(normalizeName(n)) ?? null) : null);

  // Contracts and their strategy trees.
  const contracts: {
    id: string;
    name: string;
    start: number | null;
    end: number | null;
    items: Map<string, string>;
  }[] = [];
  (file.contracts ?? []).forEach((c) => {
    const start = yearOf(c.start);
    const end = yearOf(c.end);
    const samePeriod = existing.contracts.find((e) => start !== null && e.startYear === start && e.endYear === end);
    const id = samePeriod?.id ?? idFor('contract', c.name);
    const items = new Map<string, string>();
    contracts.push({ id, name: c.name, start, end, items });
    push(
      'contracts',
      t(id, {
        name: c.name,
        local_name: c.localName ?? null,
        start_year: start,
        end_year: end,
        signed_on: isoDate(c.signedOn),
        status: c.status ?? null,
        details: rest(c, ['name', 'localName', 'start', 'end', 'signedOn', 'status', 'framework']),
      }),
    );
    // A completing file keeps the tree already imported for the same contract.
    if (samePeriod?.hasFramework) return;
    walkTree(c.framework ?? [], (n, at) => {
      const itemId = idFor('framework', id, at.key);
      if (n.code) items.set(n.code, itemId);
      push(
        'framework_items',
        t(itemId, {
          contract_id: id,
          parent_id: at.parentKey === null ? null : idFor('framework', id, at.parentKey),
          kind: n.kind ?? 'item',
          code: n.code ?? null,
          title: n.title,
          title_is_paraphrase: n.titleIsParaphrase ?? false,
          depth: at.depth,
          position: at.position,
          details: rest(n, ['kind', 'code', 'title', 'titleIsParaphrase', 'children']),
        }),
      );
    });
  });
  const contractFor = (year: number | null, label?: string | null) =>
    contracts.find((c) => label && normalizeName(c.name) === normalizeName(label)) ??
    contracts.find(
      (c) =>
        year !== null && c.start !== null && c.start <= year && (c.end === null || year <= c.end) && c.items.size > 0,
    ) ??
    null;

  // Operators and funders: the first mention of a name writes its row, later ones reuse its id.
  const namedOnce = (table: string, kind: string) => {
    const ids = new Map<string, string>();
    return (nameOf: string, columns: Row) => {
      const key = normalizeName(nameOf);
      let id = ids.get(key);
      if (!id) {
        id = idFor(kind, nameOf);
        ids.set(key, id);
        push(table, t(id, { name: nameOf, ...columns }));
      }
      return id;
    };
  };
  const operatorOnce = namedOnce('operators', 'operator');
  const operator = (nameOf: string, kindOf: string | null | undefined, columns: Row = {}) =>
    operatorOnce(nameOf, {
      kind: OPERATOR_KINDS[kindOf ?? ''] ?? 'OTHER',
      sub_kind: null,
      commune_id: null,
      note: null,
      details: {},
      ...columns,
    });
  (file.operators ?? []).forEach((o, i) =>
    operator(o.name, o.kind, {
      sub_kind: o.subKind ?? null,
      commune_id: optionalCommune(o.commune, `operators[${i}].commune`),
      note: o.note ?? null,
      details: rest(o, ['name', 'kind', 'subKind', 'commune', 'note']),
    }),
  );
  const funderOnce = namedOnce('funders', 'funder');
  const funder = (nameOf: string) => funderOnce(nameOf, {});

  // Programmations with their printed tables.
  const programmationIds = new Map<number, string>();
  (file.programmations ?? []).forEach((p, i) => {
    const id = idFor('programmation', p.year ?? p.period ?? `#${i}`);
    if (p.year != null) programmationIds.set(p.year, id);
    const contract = contractFor(p.year ?? yearOf(p.period), p.contract);
    const notes = Object.entries(p)
      .filter(([k, v]) => k.endsWith('Note') && typeof v === 'string')
      .map(([, v]) => v as string);
    push(
      'programmations',
      t(id, {
        contract_id: contract?.id ?? null,
        contract_label: p.contract ?? null,
        year: p.year ?? null,
        period: p.period ?? null,
        total_cost: p.totalCost ?? null,
        specific_credits_total: p.specificCreditsTotal ?? null,
        projects_submitted: p.projectsSubmitted ?? null,
        actions_funded: p.actionsFunded ?? null,
        associative_projects: p.associativeProjects ?? null,
        notes,
        details: rest(p, [
          'year',
          'period',
          'contract',
          'totalCost',
          'specificCreditsTotal',
          'projectsSubmitted',
          'actionsFunded',
          'associativeProjects',
          'byFrameworkItem',
          'byFunder',
        ]),
      }),
    );
    walkTree(p.byFrameworkItem ?? [], (l, at) =>
      push(
        'programmation_totals',
        t(idFor('total', id, at.key), {
          programmation_id: id,
          parent_id: at.parentKey === null ? null : idFor('total', id, at.parentKey),
          framework_item_id: (l.code && contract?.items.get(l.code)) ?? null,
          code: l.code ?? null,
          title: l.title,
          amount: l.amount ?? null,
          amount_droit_commun: l.amountDroitCommun ?? null,
          amount_specific: l.amountSpecific ?? null,
          share: l.share ?? null,
          projects: l.projectsSupported ?? null,
          operators: l.operators ?? null,
          note: l.note ?? null,
          position: at.position,
        }),
      ),
    );
    (p.byFunder ?? []).forEach((f, k) =>
      push(
        'funder_totals',
        t(idFor('funder_total', id, f.funder, k), {
          programmation_id: id,
          funder_id: funder(f.funder),
          amount: f.amount ?? null,
          share: f.share ?? null,
          attribution_certain: f.attributionCertain ?? null,
          note: f.note ?? null,
          position: k,
        }),
      ),
    );
  });

  // Actions, attached to their year's programmation and to the contract in force that year.
  const seenActions = new Map<string, number>();
  (file.actions ?? []).forEach((a, i) => {
    const naturalKey = `${a.year}|${normalizeName(a.title)}|${normalizeName(a.operator ?? '')}`;
    const occurrence = seenActions.get(naturalKey) ?? 0;
    seenActions.set(naturalKey, occurrence + 1);
    const id = idFor('action', a.year, a.title, a.operator ?? '', occurrence);
    const contract = contractFor(a.year);
    push(
      'actions',
      t(id, {
        programmation_id: programmationIds.get(a.year) ?? null,
        year: a.year,
        title: a.title,
        operator_id: a.operator ? operator(a.operator, a.operatorKind) : null,
        framework_item_id: (a.frameworkCode && contract?.items.get(a.frameworkCode)) ?? null,
        framework_code: a.frameworkCode ?? null,
        pillar: a.pillar ?? null,
        intercommunal: a.intercommunal ?? null,
        note: a.note ?? null,
        source: a.source ?? null,
      }),
    );
    (a.communes ?? []).forEach((c, j) =>
      push('action_communes', {
        territory_id: territoryId,
        action_id: id,
        commune_id: communeOf(c, `actions[${i}].communes[${j}]`),
      }),
    );
    (a.quartiers ?? []).forEach((q, j) => {
      const quartierId = quartierOf(q);
      if (!quartierId) throw new ImportError(`actions[${i}].quartiers[${j}]`, `quartier inconnu « ${q} »`);
      push('action_quartiers', { territory_id: territoryId, action_id: id, quartier_id: quartierId });
    });
    Object.entries(a.amountsByFunder ?? {}).forEach(([f, amount]) =>
      push('fundings', t(idFor('funding', id, f), { action_id: id, funder_id: funder(f), amount })),
    );
  });

  (file.funds ?? []).forEach((f, i) =>
    push(
      'funds',
      t(idFor('fund', f.program, f.year ?? '', f.commune ?? '', f.project ?? '', i), {
        program: f.program,
        year: f.year ?? null,
        commune_id: optionalCommune(f.commune, `funds[${i}].commune`),
        quartier_id: quartierOf(f.quartier),
        project: f.project ?? null,
        amount: f.amount ?? null,
        operation_cost: f.operationCost ?? null,
        aggregate: f.aggregate ?? false,
        note: f.note ?? null,
        details: rest(f, ['program', 'year', 'commune', 'project', 'amount', 'operationCost', 'aggregate', 'note']),
      }),
    ),
  );
  (file.urbanRenewal ?? []).forEach((u, i) =>
    push(
      'urban_renewal_operations',
      t(idFor('urban', u.program, u.quartier ?? '', u.operation, i), {
        program: u.program,
        quartier_id: quartierOf(u.quartier),
        commune_id: optionalCommune(u.commune, `urbanRenewal[${i}].commune`),
        operation: u.operation,
        status: u.status ?? null,
        year: u.year ?? yearOf(u.date),
        date: isoDate(u.date),
        amount: u.amount ?? null,
        contracting_authority: u.maitreOuvrage ?? null,
        note: u.note ?? null,
        details: rest(u, [
          'program',
          'quartier',
          'commune',
          'operation',
          'status',
          'year',
          'amount',
          'maitreOuvrage',
          'note',
        ]),
      }),
    ),
  );
  (file.indicators ?? []).forEach((ind, i) =>
    push(
      'indicators',
      t(idFor('indicator', ind.name, ind.scope, ind.year ?? '', ind.quartier ?? '', i), {
        quartier_id: quartierOf(ind.quartier),
        quartier_label: ind.quartier ?? null,
        name: ind.name,
        scope: ind.scope,
        value: typeof ind.value === 'number' ? ind.value : null,
        value_text: typeof ind.value === 'string' ? ind.value : null,
        unit: ind.unit ?? null,
        year: ind.year ?? null,
        source: ind.source ?? ind.dataSource ?? null,
        approximate: ind.approximate ?? false,
        note: ind.note ?? null,
        details: rest(ind, [
          'name',
          'scope',
          'value',
          'unit',
          'year',
          'source',
          'dataSource',
          'quartier',
          'approximate',
          'note',
        ]),
      }),
    ),
  );
  (file.governance ?? []).forEach((g) =>
    push(
      'governance_bodies',
      t(idFor('governance', g.body), {
        name: g.body,
        role: g.role ?? null,
        members: g.members ?? null,
        frequency: g.frequency ?? null,
        details: rest(g, ['body', 'role', 'members', 'frequency']),
      }),
    ),
  );
  (file.conseilsCitoyens ?? []).forEach((c, i) =>
    push(
      'citizen_councils',
      t(idFor('council', c.name), {
        name: c.name,
        commune_id: optionalCommune(c.commune, `conseilsCitoyens[${i}].commune`),
        quartier_id: quartierOf(c.quartier),
        quartier_label: c.quartier ?? null,
        note: c.note ?? null,
        details: rest(c, ['name', 'commune', 'quartier', 'note']),
      }),
    ),
  );
  const events = planParticipationEvents(file.participationEvents ?? [], {
    territoryId,
    communeIds,
    idFor,
    normalizeName,
    now: new Date(),
  });
  if (events.length) tables.participation_events = events;
  return { territoryId, code, tables };
}

interface TreeNode {
  code?: string | null;
  title: string;
  children?: TreeNode[] | null;
}

/**
 * Depth-first walk of a published tree (a contract's strategy, a programmation's table). A node's key
 * is its path of codes (position and title where the source gives no code): the same file always
 * yields the same keys, hence the same ids.
 */
function walkTree<N extends TreeNode>(
  nodes: N[],
  visit: (node: N, at: { key: string; parentKey: string | null; depth: number; position: number }) => void,
) {
  let position = 0;
  const walk = (level: N[], parentKey: string | null, depth: number) =>
    level.forEach((n, k) => {
      const key = `${parentKey ?? ''}/${n.code ?? `#${k}:${n.title}`}`;
      visit(n, { key, parentKey, depth, position: position++ });
      walk((n.children ?? []) as N[], key, depth + 1);
    });
  walk(nodes, null, 0);
}

function quartierKind(kind: string | null | undefined, where: string) {
  if (kind == null) return 'UNKNOWN';
  const k = normalizeName(kind);
  if (k === 'qpv') return 'QPV';
  if (k === 'qic') return 'QIC';
  if (k.includes('veille')) return 'VEILLE';
  throw new ImportError(where, `type de quartier inconnu « ${kind} » (QPV, QIC ou veille attendu)`);
}
