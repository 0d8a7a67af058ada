import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../../shared/errors.js';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 30 ms per hash
 * on this project's 2-core machines, measured by `pnpm bench` (sign-in p50/p99 under load).
 * `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolated modules).
 */
export const ARGON2_PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 200;

export function checkPasswordRules(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères (une phrase de passe convient très bien).`,
      { [field]: 'trop court' },
    );
  }
}

export const hashPassword = (password: string) => hash(password, ARGON2_PARAMS);

/** Checked against a real hash even when there is no account, so timing does not tell which emails exist. */
let decoy: Promise<string> | null = null;
export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  decoy ??= hashPassword('pas-de-compte-pour-cette-adresse');
  const ok = await verify(passwordHash ?? (await decoy), password).catch(() => false);
  return passwordHash !== null && ok;
}
