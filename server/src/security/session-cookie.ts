import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../modules/identity/index.js';
import type { SessionCookie } from '../modules/contract.js';

/** The session token a request carries, or null. */
export const sessionToken = (request: FastifyRequest): string | null =>
  parseCookie(request.headers.cookie ?? '')[SESSION_COOKIE] ?? null;

/** The session cookie of one HTTP exchange: httpOnly, SameSite=Lax, Secure over HTTPS. */
export function sessionCookie(request: FastifyRequest, reply: FastifyReply, secure: boolean): SessionCookie {
  // Fastify adds each Set-Cookie as a header of its own rather than replacing the previous one.
  const write = (value: string, maxAge: number | undefined) =>
    void reply.header(
      'set-cookie',
      stringifySetCookie({ name: SESSION_COOKIE, value, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge }),
    );
  return {
    token: sessionToken(request),
    set: (value, maxAgeSeconds) => write(value, maxAgeSeconds ?? undefined),
    clear: () => write('', 0),
  };
}
