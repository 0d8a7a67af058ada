import type { Clock } from '../../shared/clock.js';
import type { Page } from '../../shared/pagination.js';
import type { Queryable } from '../../shared/sql.js';
import { createNotificationsStore } from './notifications.store.js';
import type { EmailAttachment } from './notifications.types.js';
import type { NotificationsRequest } from './notifications.deps.js';
import { templates, type TemplateName, type TemplateParams } from './templates.js';

export interface Recipient {
  email: string;
  userId?: string | null;
  /** The person's choices; absent for someone without an account (an invitation). */
  preferences?: Record<string, boolean>;
}

/** Whether a category is on: everything is, until the person turns it off. */
export const wants = (preferences: Record<string, boolean> | undefined, category: string) =>
  category === 'ACCOUNT' || preferences?.[category] !== false;

/** The template rendered for this person, or null when they turned its category off. */
function emailFor<K extends TemplateName>(template: K, to: Recipient, params: TemplateParams<K>) {
  const email = (templates[template] as (p: TemplateParams<K>) => ReturnType<(typeof templates)[K]>)(params);
  return wants(to.preferences, email.category) ? email : null;
}

/**
 * Writes an email into the outbox with the transaction `tx` of the event it reports; the worker
 * sends it after commit, with its attachments. Returns false when the person turned that category off.
 */
export async function notify<K extends TemplateName>(
  tx: Queryable,
  clock: Clock,
  territoryId: string,
  to: Recipient,
  template: K,
  params: TemplateParams<K>,
  attachments: EmailAttachment[] = [],
): Promise<boolean> {
  const email = emailFor(template, to, params);
  if (!email) return false;
  await createNotificationsStore(tx).insert({
    territoryId,
    userId: to.userId ?? null,
    toAddress: to.email,
    kind: template,
    subject: email.subject,
    body: email.body,
    attachments,
    createdAt: clock.now(),
  });
  return true;
}

/** One template to several people, in one statement; those who turned its category off are skipped. */
export async function notifyEach<K extends TemplateName>(
  tx: Queryable,
  clock: Clock,
  territoryId: string,
  template: K,
  each: { to: Recipient; params: TemplateParams<K> }[],
): Promise<void> {
  const messages = each.flatMap(({ to, params }) => {
    const email = emailFor(template, to, params);
    return email ? [{ userId: to.userId ?? null, toAddress: to.email, subject: email.subject, body: email.body }] : [];
  });
  if (messages.length > 0) await createNotificationsStore(tx).insertMany(territoryId, template, clock.now(), messages);
}

export function createNotificationsService(request: NotificationsRequest) {
  const store = createNotificationsStore(request.ds);
  return {
    list: (territoryId: string, page: Page, filter: { status?: string | null; to?: string | null }) =>
      store.list(territoryId, page, filter),
    ofUser: store.ofUser,
    /** For account erasure, inside its transaction. */
    eraseFor: (tx: Queryable, userId: string, email: string | null) =>
      createNotificationsStore(tx).deleteOfUser(userId, email),
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
