import type { NotificationsService } from './notifications.service.js';

/** The notifications module's part of the request scope and of the GraphQL context. */
export interface NotificationsSlice {
  loaders: object;
  services: { notifications: NotificationsService };
}
