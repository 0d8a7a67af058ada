import type { RequestDeps } from '../contract.js';

/** What the notifications service gets for one request (emails are written by `notify`, in their event's transaction). */
export type NotificationsRequest = RequestDeps;
