import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for a cookie or an emailed link (256 bits). */
export const randomToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored hashed: a copy of the database gives no session and no usable link. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
