export interface OutboxMessageRow {
  id: string;
  territoryId: string;
  userId: string | null;
  toAddress: string;
  kind: string;
  subject: string;
  body: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
