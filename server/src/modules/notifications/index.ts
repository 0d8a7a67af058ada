/** The outbox's public surface for other modules: writing an email, preferences, the types. */
export { notify, notifyEach, wants, type NotificationsService, type Recipient } from './notifications.service.js';
export { NOTIFICATION_CATEGORIES, roleLabel, type NotificationCategory } from './templates.js';
export type * from './notifications.types.js';
export type { NotificationsSlice } from './notifications.context.js';
