import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/**
 * Counts every SQL statement sent through TypeORM, so tests and benchmarks can prove that a
 * request's statement count does not grow with list length.
 */
export class SqlCounter extends AbstractLogger {
  count = 0;
  /** Where the names of statements go while a test records them; the server keeps none. */
  private recording: string[] | null = null;
  constructor(private readonly echo = false) {
    super('all');
  }
  override logQuery(query: string): void {
    this.count += 1;
    this.recording?.push(/^\/\* ([^*]+) \*\//.exec(query)?.[1] ?? query.slice(0, 40));
    if (this.echo) console.log('[sql]', query.replace(/\s+/g, ' ').slice(0, 300));
  }
  /** The names (leading comments) of the statements sent while `fn` runs, in order. */
  async namesDuring(fn: () => Promise<unknown>): Promise<string[]> {
    const names: string[] = [];
    this.recording = names;
    try {
      await fn();
    } finally {
      this.recording = null;
    }
    return names;
  }
  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
