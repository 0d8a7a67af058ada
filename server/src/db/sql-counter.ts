import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

const RECENT_NAMES = 1000;

/**
 * Counts every SQL statement sent through TypeORM, so tests and benchmarks can prove that a
 * request's statement count does not grow with list length.
 */
export class SqlCounter extends AbstractLogger {
  count = 0;
  /** Names of the most recent statements sent, from their leading comment (a bounded window). */
  readonly names: string[] = [];
  constructor(private readonly echo = false) {
    super('all');
  }
  override logQuery(query: string): void {
    this.count += 1;
    this.names.push(/^\/\* ([^*]+) \*\//.exec(query)?.[1] ?? query.slice(0, 40));
    // The server logs through this counter for its whole life: keep a window, not every name.
    if (this.names.length > RECENT_NAMES * 2) this.names.splice(0, RECENT_NAMES);
    if (this.echo) console.log('[sql]', query.replace(/\s+/g, ' ').slice(0, 300));
  }
  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
