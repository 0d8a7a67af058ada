import { OutboxMessageEntity } from './outbox-message.entity.js';

export const notificationsEntities = [OutboxMessageEntity];
