import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import type { Queryable } from '../../shared/sql.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf, assertSignedIn } from '../../authz/index.js';
import { holdersOfRoles } from '../identity/index.js';
import { recordAudit } from '../audit/index.js';
import { notifyEach } from '../notifications/index.js';
import { createModerationStore } from './moderation.store.js';
import type { ModerationRequest } from './moderation.deps.js';
import {
  MODERATING_ROLES,
  demandModerator,
  demandModerationSettings,
  mayModerate,
  mayReport,
  maySee,
  maySeeDecision,
} from './moderation.policy.js';
import {
  DEFAULT_SETTING,
  MODERATABLE_KINDS,
  MODERATION_REASONS,
  type ModeratableKind,
  type ModerationItemRow,
  type ModerationListeners,
  type ModerationSettingRow,
  type NewItem,
  type QueueFilter,
} from './moderation.types.js';

/** How each kind's decisions appear in the journal (literal actions: ui-kit labels each of them). */
const JOURNAL = {
  CONTRIBUTION: {
    targetType: 'Contribution',
    publish: { action: 'contribution.publish' },
    reject: { action: 'contribution.reject' },
    hide: { action: 'contribution.hide' },
  },
  IDEA: {
    targetType: 'Idea',
    publish: { action: 'idea.publish' },
    reject: { action: 'idea.reject' },
    hide: { action: 'idea.hide' },
  },
  IDEA_COMMENT: {
    targetType: 'IdeaComment',
    publish: { action: 'idea-comment.publish' },
    reject: { action: 'idea-comment.reject' },
    hide: { action: 'idea-comment.hide' },
  },
} as const satisfies Record<ModeratableKind, unknown>;

const reasonCode = z.enum(Object.keys(MODERATION_REASONS) as [keyof typeof MODERATION_REASONS]);

/**
 * Publication, refusal, reports and hiding of whatever residents write, for every kind. Modules
 * open an item with their subject's transaction; moderators decide through this service.
 */
export function createModerationService(deps: ModerationRequest, listeners: ModerationListeners = {}) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.moderation;
  const store = createModerationStore(ds);

  async function settingOf(db: Queryable, territoryId: string, kind: ModeratableKind): Promise<ModerationSettingRow> {
    const saved = (await createModerationStore(db).settingsOf(territoryId)).find((s) => s.kind === kind);
    return saved ?? { territoryId, kind, ...DEFAULT_SETTING };
  }

  /** Emails the moderators who keep the « moderation » category on; inside the event's transaction. */
  async function tellModerators(tx: Queryable, item: ModerationItemRow, hiddenAfter: number | null) {
    const territory = await deps.loaders.territory.territoryById.load(item.territoryId);
    if (!territory) return;
    const common = {
      territory: territory.name,
      context: item.context,
      excerpt: item.excerpt.length > 200 ? `${item.excerpt.slice(0, 200)}…` : item.excerpt,
      link: `${deps.publicUrl}/admin/${territory.code}/moderation`,
    };
    const moderators = (await holdersOfRoles(tx, item.territoryId, MODERATING_ROLES)).map((m) => ({
      to: { email: m.email, userId: m.userId, preferences: m.notificationPreferences },
      name: m.displayName ?? '',
    }));
    if (hiddenAfter === null) {
      const each = moderators.map(({ to, name }) => ({ to, params: { name, ...common } }));
      await notifyEach(tx, clock, item.territoryId, 'moderation-pending', each);
    } else {
      const each = moderators.map(({ to, name }) => ({ to, params: { name, reports: hiddenAfter, ...common } }));
      await notifyEach(tx, clock, item.territoryId, 'moderation-hidden', each);
    }
  }

  async function lockedItem(tx: Queryable, territoryId: string, itemId: string) {
    const item = await createModerationStore(tx).lockItem(territoryId, itemId);
    if (!item) throw new DomainError('NOT_FOUND', 'Publication introuvable.');
    return item;
  }

  return {
    /** Called by the module that stores the subject, in its own transaction; pending or published per the settings. */
    async open(tx: Queryable, item: NewItem) {
      const { mode } = await settingOf(tx, item.territoryId, item.kind);
      const opened = (await createModerationStore(tx).insertItem({
        ...item,
        status: mode === 'PRE' ? 'PENDING' : 'PUBLISHED',
      }))!;
      if (opened.status === 'PENDING') await tellModerators(tx, opened, null);
      await listeners[opened.kind]?.(tx, opened);
      return opened;
    },

    /** Publishes or refuses an item; a refusal needs a reason code (its free text is optional). */
    async decide(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          itemId: uuidField,
          decision: z.enum(['PUBLISH', 'REJECT']),
          reasonCode: reasonCode.nullish(),
          reasonText: z.string().trim().max(1000).nullish(),
        }),
        input,
      );
      demandModerator(viewer, i.territoryId);
      if (i.decision === 'REJECT' && !i.reasonCode) {
        throw new DomainError('BAD_USER_INPUT', 'Choisissez le motif du refus : son auteur le verra.', {
          reasonCode: 'obligatoire',
        });
      }
      const reject = i.decision === 'REJECT';
      return ds.transaction(async (tx) => {
        const before = await lockedItem(tx, i.territoryId, i.itemId);
        const status = reject ? 'REJECTED' : 'PUBLISHED';
        const after = (await createModerationStore(tx).decide(
          i.territoryId,
          i.itemId,
          { status, reasonCode: reject ? i.reasonCode! : null, reasonText: reject ? (i.reasonText ?? null) : null },
          actorOf(viewer).id,
          clock.now(),
        ))!;
        const journal = JOURNAL[before.kind];
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          ...journal[reject ? 'reject' : 'publish'],
          targetType: journal.targetType,
          targetId: before.subjectId,
          before: { status: before.status, hidden: before.hiddenAt !== null },
          after: { status, reason: reject ? (i.reasonText ?? MODERATION_REASONS[i.reasonCode!]) : null },
          reason: reject ? (i.reasonText ?? MODERATION_REASONS[i.reasonCode!]) : null,
        });
        await listeners[after.kind]?.(tx, after);
        loaders.itemById.clear({ territoryId: after.territoryId, id: after.id });
        loaders.itemBySubjectId.clear({ territoryId: after.territoryId, id: after.subjectId });
        return after;
      });
    },

    /** A signed-in person reports a public item once; enough reports hide it until a moderator decides. */
    async report(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          kind: z.enum(MODERATABLE_KINDS),
          subjectId: uuidField,
          reason: reasonCode,
          comment: z.string().trim().max(1000).nullish(),
        }),
        input,
      );
      assertSignedIn(viewer);
      const found = await loaders.itemBySubjectId.load({ territoryId: i.territoryId, id: i.subjectId });
      if (!found || found.kind !== i.kind) throw new DomainError('NOT_FOUND', 'Publication introuvable.');
      const { reportThreshold } = await settingOf(ds, i.territoryId, i.kind);
      return ds.transaction(async (tx) => {
        const item = await lockedItem(tx, i.territoryId, found.id);
        if (!mayReport(viewer, item)) {
          throw new DomainError('FORBIDDEN', 'Seules les publications visibles des autres peuvent être signalées.');
        }
        const s = createModerationStore(tx);
        const at = clock.now();
        const first = await s.insertReport({
          territoryId: i.territoryId,
          itemId: item.id,
          reporterId: viewer.user.id,
          reason: i.reason,
          comment: i.comment ?? null,
          createdAt: at,
        });
        if (!first) throw new DomainError('CONFLICT', 'Vous avez déjà signalé cette publication.');
        const after = (await s.countReport(i.territoryId, item.id, reportThreshold, at))!;
        if (item.hiddenAt === null && after.hiddenAt !== null) {
          const journal = JOURNAL[item.kind];
          await recordAudit(tx, clock, actorOf(viewer), requestId, {
            territoryId: i.territoryId,
            ...journal.hide,
            targetType: journal.targetType,
            targetId: item.subjectId,
            before: { status: item.status, hidden: false },
            after: { status: after.status, hidden: true, reports: after.reportCount },
            reason: `Masquée automatiquement après ${after.reportCount} signalements.`,
          });
          await tellModerators(tx, after, after.reportCount);
          await listeners[after.kind]?.(tx, after);
        }
        loaders.itemBySubjectId.clear({ territoryId: after.territoryId, id: after.subjectId });
        return after;
      });
    },

    queue(territoryId: string, args: PageArgs, filter: QueueFilter) {
      demandModerator(viewer, territoryId);
      return store.queue(territoryId, toPage(args), filter);
    },

    /** Every kind with its setting, the default when the territory chose nothing. */
    async settings(territoryId: string) {
      return Promise.all(MODERATABLE_KINDS.map((kind) => settingOf(ds, territoryId, kind)));
    },

    async updateSetting(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          kind: z.enum(MODERATABLE_KINDS),
          mode: z.enum(['PRE', 'POST']),
          reportThreshold: z.number().int().min(1, 'au moins 1').max(100, 'au plus 100'),
        }),
        input,
      );
      demandModerationSettings(viewer, i.territoryId);
      return ds.transaction(async (tx) => {
        const before = await settingOf(tx, i.territoryId, i.kind);
        const after = (await createModerationStore(tx).saveSetting(i))!;
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'moderation.settings',
          targetType: 'ModerationSetting',
          targetId: i.kind,
          before: { mode: before.mode, reportThreshold: before.reportThreshold },
          after: { mode: after.mode, reportThreshold: after.reportThreshold },
        });
        return after;
      });
    },

    reportsOf: (item: ModerationItemRow) =>
      mayModerate(viewer, item.territoryId)
        ? loaders.reportsByItemId.load({ territoryId: item.territoryId, id: item.id })
        : Promise.resolve([]),

    /** The item of a subject (a contribution…), whoever asks: callers check their own rights first. */
    itemOf: (territoryId: string, subjectId: string) => loaders.itemBySubjectId.load({ territoryId, id: subjectId }),

    /** For another module's lists of its subjects merged with their items. */
    canSee: (item: Pick<ModerationItemRow, 'territoryId' | 'authorId' | 'status' | 'hiddenAt'>) => maySee(viewer, item),
    canSeeDecision: (item: Pick<ModerationItemRow, 'territoryId' | 'authorId'>) => maySeeDecision(viewer, item),
    canModerate: (territoryId: string) => mayModerate(viewer, territoryId),
    /** For another module's own moderation mutation, before it hands the decision over. */
    demandModerator: (territoryId: string) => demandModerator(viewer, territoryId),
    canReport: (item: Pick<ModerationItemRow, 'status' | 'hiddenAt' | 'authorId'>) => mayReport(viewer, item),
  };
}
export type ModerationService = ReturnType<typeof createModerationService>;
