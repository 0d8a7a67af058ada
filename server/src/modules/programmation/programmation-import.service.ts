import { createHash } from 'node:crypto';
import { actorOf } from '../../authz/index.js';
import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { recordAudit } from '../audit/index.js';
import { importReferences } from '../territory/index.js';
import type { ProgrammationRequest } from './programmation.deps.js';
import { applyProgrammationImportInput, importYear } from './programmation.inputs.js';
import { demandProgrammationManager, mayManageProgrammation } from './programmation.policy.js';
import { planImport, type ImportPlan } from './programmation-import.plan.js';
import { createProgrammationImportStore, type ImportRow } from './programmation-import.store.js';
import { readSpreadsheet } from './spreadsheet-read.js';
import { checkRows } from './spreadsheet-rows.js';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const NOTHING_TO_CHANGE = 'Ce fichier ne change rien.';

const hasWork = (plan: ImportPlan) => plan.actions.length + plan.operators.length + plan.funders.length > 0;

/** What staff see of an import: counts, the lists, and what can be done with it, in French. */
export function importView(row: ImportRow) {
  const { created, updated, unchanged, problems } = row.summary;
  const applicable = row.status === 'PREVIEW' && problems.length === 0 && hasWork(row.plan);
  const message =
    row.status === 'APPLIED'
      ? `Import appliqué : ${plural(created.length, 'action créée', 'actions créées')}, ${plural(updated.length, 'modifiée', 'modifiées')}.`
      : problems.length > 0
        ? `${plural(problems.length, 'problème', 'problèmes')} à corriger dans le fichier avant de l’appliquer.`
        : !hasWork(row.plan)
          ? NOTHING_TO_CHANGE
          : `${plural(created.length, 'action à créer', 'actions à créer')}, ${updated.length} à modifier, ${plural(unchanged, 'inchangée', 'inchangées')}.`;
  return {
    id: row.id,
    year: row.year,
    filename: row.filename,
    status: row.status,
    createdAt: row.createdAt,
    appliedAt: row.appliedAt,
    created,
    updated,
    createdCount: created.length,
    updatedCount: updated.length,
    unchangedCount: unchanged,
    problems,
    applicable,
    message,
  };
}
export type ImportView = ReturnType<typeof importView>;

/** Spreadsheet import of a year's programmation: a preview first, applied on staff's confirmation. */
export function createProgrammationImportService(request: ProgrammationRequest) {
  const { ds, clock, viewer, requestId } = request;
  return {
    /** Reads and checks the file, matches it against the year, and keeps the plan for the confirmation. */
    async previewImport(territoryId: string, year: unknown, file: { content: Buffer; filename: string }) {
      demandProgrammationManager(viewer, territoryId);
      const checkedYear = parseInput(importYear, year);
      const { rows } = await readSpreadsheet(file.content, file.filename);
      const { actions, problems } = checkRows(rows);
      const store = createProgrammationImportStore(ds);
      const [references, existing, names] = await Promise.all([
        importReferences(ds, territoryId, checkedYear),
        store.yearActions(territoryId, checkedYear),
        store.names(territoryId),
      ]);
      const { plan, summary } = planImport({ parsed: actions, problems, references, existing, ...names });
      const row = await store.insertImport({
        territoryId,
        year: checkedYear,
        filename: file.filename,
        fileHash: createHash('sha256').update(file.content).digest('hex'),
        plan,
        summary,
        createdBy: viewer.user.id,
        at: clock.now(),
      });
      return importView(row);
    },

    /** The preview of an import, for staff of its territory; null for anyone else. */
    async importById(territoryId: string, id: string) {
      if (!mayManageProgrammation(viewer, territoryId)) return null;
      const row = await createProgrammationImportStore(ds).importById(territoryId, id);
      return row ? importView(row) : null;
    },

    /** Applies a previewed plan in one transaction, if nothing changed since the preview. */
    async applyImport(input: unknown) {
      const { territoryId, importId } = parseInput(applyProgrammationImportInput, input);
      demandProgrammationManager(viewer, territoryId);
      const applied = await ds.transaction(async (tx) => {
        const store = createProgrammationImportStore(tx);
        const row = await store.importById(territoryId, importId, { lock: true });
        if (!row) throw new DomainError('NOT_FOUND', 'Import introuvable sur ce territoire.');
        if (row.status !== 'PREVIEW') throw new DomainError('CONFLICT', 'Cet import a déjà été appliqué.');
        const { plan, summary } = row;
        if (summary.problems.length > 0) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `Ce fichier comporte ${plural(summary.problems.length, 'problème', 'problèmes')} : corrigez-le puis importez-le de nouveau.`,
          );
        }
        if (!hasWork(plan)) throw new DomainError('BAD_USER_INPUT', NOTHING_TO_CHANGE);
        const versions = await store.lockYearVersions(territoryId, row.year);
        const current = versions.length === Object.keys(plan.snapshot).length;
        if (!current || versions.some((v) => plan.snapshot[v.id] !== v.version)) {
          throw new DomainError(
            'CONFLICT',
            'Des actions de cette programmation ont été modifiées depuis l’aperçu : importez de nouveau le fichier.',
          );
        }
        const at = clock.now();
        const programmation = await store.ensureProgrammation(territoryId, row.year);
        if (plan.operators.length > 0) await store.upsertOperators(territoryId, plan.operators);
        if (plan.funders.length > 0) await store.insertFunders(territoryId, plan.funders);
        if (plan.actions.length > 0) {
          await store.upsertActions(territoryId, programmation.id, row.year, plan, at);
          await store.replaceFundings(territoryId, plan);
          await store.replacePlaces(territoryId, plan);
        }
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId,
          action: 'programmation.import',
          targetType: 'Programmation',
          targetId: programmation.id,
          after: {
            filename: row.filename,
            year: row.year,
            created: summary.created.length,
            updated: summary.updated.length,
            unchanged: summary.unchanged,
          },
        });
        await store.markApplied(territoryId, row.id, at);
        return { ...row, status: 'APPLIED' as const, appliedAt: at };
      });
      const view = importView(applied);
      return { programmationImport: view, message: view.message };
    },
  };
}

export type ProgrammationImportService = ReturnType<typeof createProgrammationImportService>;
