import type { ServerModule } from '../contract.js';
import type { NotificationsSlice } from './notifications.context.js';
import { createNotificationsService } from './notifications.service.js';
import { notificationsResolvers } from './resolvers/index.js';

export { startOutboxWorker, sendDueMessages } from './outbox-worker.js';
export { smtpTransport, type MailTransport } from './mailer.js';

/** The email outbox: written by services in their transactions (`notify`), sent by the worker. */
export function createNotificationsModule(): ServerModule<object, NotificationsSlice['services'], NotificationsSlice> {
  return {
    resolvers: notificationsResolvers,
    loaders: () => ({}),
    services: (request) => ({ notifications: createNotificationsService(request) }),
  };
}
