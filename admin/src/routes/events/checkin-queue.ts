/**
 * The check-ins and walk-in counts staff make on the day, kept in localStorage until the server has
 * them: a lost connection, or a reload while offline, loses none. Each change sets a state (checked
 * in or not, so many walk-ins) and the mutations are idempotent, so a change sent twice is harmless;
 * a later change of the same thing replaces the earlier one, and changes are sent in order.
 */
export type QueuedChange =
  | { kind: 'checkIn'; key: string; territoryId: string; registrationId: string; checkedIn: boolean }
  | { kind: 'walkIns'; key: string; territoryId: string; eventId: string; walkIns: number };

export type ChangeOutcome = 'sent' | 'refused' | 'unreachable';

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export class ChangeQueue {
  private changes: QueuedChange[];
  private listeners = new Set<() => void>();
  private sending = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the last try could not reach the server (the page then says it waits for the network). */
  private waiting = false;

  constructor(
    private readonly storageKey: string,
    private readonly send: (change: QueuedChange) => Promise<ChangeOutcome>,
  ) {
    this.changes = load(storageKey);
    this.snapshot = { changes: this.changes, waiting: false };
  }

  /** What the page shows, replaced at each change (for useSyncExternalStore). */
  private snapshot: { changes: readonly QueuedChange[]; waiting: boolean };

  state = () => this.snapshot;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Records a change (replacing a queued one of the same thing) and sends it as soon as possible. */
  push(change: QueuedChange) {
    this.update([...this.changes.filter((c) => c.key !== change.key), change]);
    void this.flush();
  }

  /** Sends queued changes now (on load, when the browser says it is back online). */
  async flush() {
    if (this.sending) return;
    clearTimeout(this.timer);
    this.sending = true;
    try {
      for (let next = this.changes[0]; next; next = this.changes[0]) {
        const outcome = await this.send(next);
        if (outcome === 'unreachable') {
          this.failures += 1;
          this.waiting = true;
          const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length) - 1]!;
          this.timer = setTimeout(() => void this.flush(), delay);
          this.notify();
          return;
        }
        this.failures = 0;
        this.waiting = false;
        // Sent or refused for good, it leaves the queue, unless a newer change of it came meanwhile.
        this.update(this.changes.filter((c) => c !== next));
      }
    } finally {
      this.sending = false;
    }
  }

  stop() {
    clearTimeout(this.timer);
  }

  private update(changes: QueuedChange[]) {
    this.changes = changes;
    try {
      if (changes.length) localStorage.setItem(this.storageKey, JSON.stringify(changes));
      else localStorage.removeItem(this.storageKey);
    } catch {
      // Storage full or refused (private mode): the queue still lives in memory until sent.
    }
    this.notify();
  }

  private notify() {
    this.snapshot = { changes: this.changes, waiting: this.waiting };
    for (const listener of this.listeners) listener();
  }
}

function load(key: string): QueuedChange[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? (stored as QueuedChange[]).filter((c) => typeof c?.key === 'string') : [];
  } catch {
    return [];
  }
}
