import type { DataSource } from 'typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../shared/errors.js';
import { sha256 } from '../shared/secrets.js';

/**
 * Counters live in PostgreSQL (table rate_limits), so every server instance behind a load balancer
 * counts the same attempts. Keys are hashed: no email address is stored here.
 */
const BUCKETS = {
  /**
   * Failed sign-ins of one account: the 11th within a minute is refused. Each attempt takes its point
   * before the password is checked (a success gives it back), so a burst checks 10 passwords at most.
   */
  signInFailuresByAccount: { points: 10, duration: 60 },
  signInFailuresByIp: { points: 100, duration: 15 * 60 },
  signUpByIp: { points: 20, duration: 60 * 60 },
  /** Emailed links (sign-in, reset, verification): per address and per IP. */
  emailLinksByAccount: { points: 3, duration: 15 * 60 },
  emailLinksByIp: { points: 30, duration: 15 * 60 },
  /** Every mutation: per account when signed in, per IP always. */
  submissionsByAccount: { points: 60, duration: 60 },
  submissionsByIp: { points: 300, duration: 60 },
} as const;
export type Bucket = keyof typeof BUCKETS;

export interface RateLimits {
  /** Counts one attempt; refuses with RATE_LIMITED once the bucket is empty. */
  consume(bucket: Bucket, key: string): Promise<void>;
  /** Refuses if the bucket is already empty, without counting. */
  check(bucket: Bucket, key: string): Promise<void>;
  /** Gives back the point of an attempt that turned out not to count (e.g. a successful sign-in). */
  refund(bucket: Bucket, key: string): Promise<void>;
  reset(bucket: Bucket, key: string): Promise<void>;
}

const refuse = (msBeforeNext: number) => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError('RATE_LIMITED', `Trop de tentatives. Réessayez dans ${seconds} s.`, {
    retryAfter: String(seconds),
  });
};

export function createRateLimits(ds: DataSource): RateLimits {
  const limiters = Object.fromEntries(
    Object.entries(BUCKETS).map(([name, { points, duration }]) => [
      name,
      new RateLimiterPostgres({
        storeClient: ds,
        storeType: 'typeorm',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix: name,
        points,
        duration,
      }),
    ]),
  ) as Record<Bucket, RateLimiterPostgres>;
  const hashed = (key: string) => sha256(key.toLowerCase());
  return {
    async consume(bucket, key) {
      try {
        await limiters[bucket].consume(hashed(key));
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(error.msBeforeNext);
        throw error;
      }
    },
    async check(bucket, key) {
      const state = await limiters[bucket].get(hashed(key));
      if (state && state.consumedPoints >= BUCKETS[bucket].points) throw refuse(state.msBeforeNext);
    },
    async refund(bucket, key) {
      await limiters[bucket].reward(hashed(key), 1);
    },
    async reset(bucket, key) {
      await limiters[bucket].delete(hashed(key));
    },
  };
}
