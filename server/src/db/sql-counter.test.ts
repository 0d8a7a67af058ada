import { describe, expect, it } from 'vitest';
import { SqlCounter } from './sql-counter.js';

describe('SqlCounter', () => {
  it('counts every statement but keeps only a window of recent names, however long the server runs', () => {
    const counter = new SqlCounter();
    for (let i = 0; i < 5000; i++) counter.logQuery(`/* store.statement${i} */ SELECT ${i}`);
    expect(counter.count).toBe(5000);
    expect(counter.names.length).toBeLessThanOrEqual(2000);
    expect(counter.names.slice(-2)).toEqual(['store.statement4998', 'store.statement4999']);
  });
});
