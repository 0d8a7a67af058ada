import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seedTerritory } from '../../../test/seed.js';
import { notify } from './notifications.service.js';
import { sendDueMessages } from './outbox-worker.js';
import { smtpTransport } from './mailer.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** A real SMTP server on the loopback, recording what it receives. */
async function startSmtp() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        received.push(data);
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('outbox worker', () => {
  it('sends through SMTP, retries later when the server is down, and never sends a message twice', async () => {
    const territory = await seedTerritory(h);
    const to = `outbox-${territory.code.toLowerCase()}@exemple.fr`;
    await notify(h.dataSource, h.clock, territory.id, { email: to }, 'sign-in-link', {
      name: 'Léa',
      link: 'http://x/#jeton=abc',
    });

    // Other test files write to the same outbox: the worker sends only this territory's mail.
    const send = (transport: ReturnType<typeof smtpTransport>) =>
      sendDueMessages(h.dataSource, transport, 'q@test', h.clock, territory.id);
    const mine = async () =>
      (
        (await h.dataSource.query(
          `SELECT status, attempts, last_error IS NOT NULL AS has_error FROM email_outbox WHERE to_address = $1`,
          [to],
        )) as { status: string; attempts: number; has_error: boolean }[]
      )[0];
    const down = await startSmtp();
    await down.close();
    expect(await send(smtpTransport(`smtp://127.0.0.1:${down.port}`))).toEqual({ sent: 0, failed: 1 });
    expect(await mine()).toEqual({ status: 'PENDING', attempts: 1, has_error: true });

    const smtp = await startSmtp();
    try {
      const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
      expect(await send(transport)).toEqual({ sent: 0, failed: 0 }); // its retry is not due yet
      expect((await mine())!.attempts).toBe(1);
      h.clock.advance(61_000);
      expect(await send(transport)).toEqual({ sent: 1, failed: 0 });
      expect(await send(transport)).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const received = smtp.received.filter((m) => m.includes(to));
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('Votre lien de connexion');
      expect(await mine()).toEqual({ status: 'SENT', attempts: 2, has_error: false });
    } finally {
      h.clock.advance(-61_000);
      await smtp.close();
    }
  });

  it('sends the attachments written with a message (an .ics) and lists their names only', async () => {
    const territory = await seedTerritory(h);
    const to = `ics-${territory.code.toLowerCase()}@exemple.fr`;
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    await notify(
      h.dataSource,
      h.clock,
      territory.id,
      { email: to },
      'sign-in-link',
      { name: 'Léa', link: 'http://x' },
      [{ filename: 'rencontre.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
    );
    const [listed] = (await h.dataSource.query(
      `SELECT ARRAY(SELECT a->>'filename' FROM jsonb_array_elements(attachments) a) AS names FROM email_outbox WHERE to_address = $1`,
      [to],
    )) as { names: string[] }[];
    expect(listed!.names).toEqual(['rencontre.ics']);
    const smtp = await startSmtp();
    try {
      const sent = await sendDueMessages(
        h.dataSource,
        smtpTransport(`smtp://127.0.0.1:${smtp.port}`),
        'q@test',
        h.clock,
        territory.id,
      );
      expect(sent).toEqual({ sent: 1, failed: 0 });
      const [raw] = smtp.received.filter((m) => m.includes(to));
      expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/);
      expect(raw).toMatch(/filename=rencontre\.ics/);
      expect(raw).toContain(Buffer.from(ics).toString('base64').slice(0, 20));
    } finally {
      await smtp.close();
    }
  });
});
