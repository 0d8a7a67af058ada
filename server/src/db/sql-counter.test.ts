import { describe, expect, it } from 'vitest';
import { SqlCounter } from './sql-counter.js';

describe('SqlCounter', () => {
  it('counts every statement, and names them only while a test records them', async () => {
    const counter = new SqlCounter();
    const send = (i: number) => counter.logQuery(`/* store.statement${i} */ SELECT ${i}`);
    send(1);
    const names = await counter.namesDuring(async () => {
      send(2);
      send(3);
    });
    send(4);
    expect(counter.count).toBe(4);
    expect(names).toEqual(['store.statement2', 'store.statement3']);
  });
});
