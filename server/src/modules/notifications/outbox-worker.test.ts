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

    const down = await startSmtp();
    await down.close();
    const failing = await sendDueMessages(
      h.dataSource,
      smtpTransport(`smtp://127.0.0.1:${down.port}`),
      'q@test',
      h.clock,
    );
    expect(failing.failed).toBeGreaterThanOrEqual(1);
    const [afterFailure] = await h.dataSource.query(
      `SELECT status, attempts, last_error IS NOT NULL AS has_error FROM email_outbox WHERE to_address = $1`,
      [to],
    );
    expect(afterFailure).toEqual({ status: 'PENDING', attempts: 1, has_error: true });

    const smtp = await startSmtp();
    try {
      const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
      expect((await sendDueMessages(h.dataSource, transport, 'q@test', h.clock)).sent).toBe(0); // not due yet
      h.clock.advance(61_000);
      await sendDueMessages(h.dataSource, transport, 'q@test', h.clock);
      await sendDueMessages(h.dataSource, transport, 'q@test', h.clock);
      const mine = smtp.received.filter((m) => m.includes(to));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toContain('Votre lien de connexion');
      const [sent] = await h.dataSource.query(`SELECT status, attempts FROM email_outbox WHERE to_address = $1`, [to]);
      expect(sent).toEqual({ status: 'SENT', attempts: 2 });
    } finally {
      h.clock.advance(-61_000);
      await smtp.close();
    }
  });
});
