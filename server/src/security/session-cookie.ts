import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, type SessionCookie } from '../modules/identity/index.js';

/** The session cookie of one HTTP exchange: httpOnly, SameSite=Lax, Secure over HTTPS. */
export function sessionCookie(req: Request, res: Response, secure: boolean): SessionCookie {
  const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
  const write = (value: string, maxAge: number | undefined) =>
    res.append(
      'Set-Cookie',
      stringifySetCookie({ name: SESSION_COOKIE, value, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge }),
    );
  return {
    token,
    set: (value, maxAgeSeconds) => write(value, maxAgeSeconds ?? undefined),
    clear: () => write('', 0),
  };
}
