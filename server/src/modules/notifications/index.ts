/** The email outbox, its templates and the worker that sends it. */
export { OutboxMessageEntity } from './entities/outbox-message.entity.js';
export {
  notify,
  wants,
  createNotificationsService,
  type NotificationsService,
  type Recipient,
} from './notifications.service.js';
export { NOTIFICATION_CATEGORIES, roleLabel, type NotificationCategory } from './templates.js';
export { sendDueMessages, startOutboxWorker } from './outbox-worker.js';
export { smtpTransport, type MailTransport } from './mailer.js';
export type * from './notifications.types.js';
export { notificationsResolvers } from './resolvers/index.js';
