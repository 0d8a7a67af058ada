/** A file sent with an email: text content (an event's `.ics`). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutboxMessageRow {
  id: string;
  territoryId: string;
  userId: string | null;
  toAddress: string;
  kind: string;
  subject: string;
  body: string;
  /** The file names only: lists never read the contents. */
  attachmentNames: string[];
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
