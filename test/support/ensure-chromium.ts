// Browser tests drive Debian's Chromium (never a downloaded build): the test command installs it
// when it is missing, so that `pnpm test` passes on a machine that has only Node.js and npm.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) =>
    execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    console.log(`Chromium absent (${path}) : installation du paquet Debian « chromium »…`);
    apt('update', '-qq');
    apt('install', '-y', '-qq', 'chromium');
    if (!existsSync(path)) throw new Error(path);
  } catch {
    console.error(
      'Impossible d’installer Chromium : lancez « apt-get install chromium » en administrateur, ou indiquez son chemin dans CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
