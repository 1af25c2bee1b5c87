import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { BOT, TENANT_ID, type E2eUser } from './journey';

/**
 * One Microsoft 365 Agents Playground instance = one Teams user. Each runs from its own temp
 * folder with its own `.m365agentsplayground.yml`, so two instances are two people.
 */
export interface RunningPlayground {
  readonly url: string;
  readonly folder: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

const CLI = path.resolve(__dirname, '../../node_modules/@microsoft/m365agentsplayground/cli.js');

export async function startPlayground(options: { botUrl: string; user: E2eUser; others: readonly E2eUser[]; timeoutMs?: number }): Promise<RunningPlayground> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `stodlotsen-playground-${options.user.surname.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}-`));
  fs.writeFileSync(path.join(folder, '.m365agentsplayground.yml'), stringify(configFor(options.user, options.others)));
  const logFile = path.join(folder, 'playground.log');
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, '-e', `${options.botUrl}/api/messages`, '-c', 'msteams', '--dt', '-p', String(port)], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: logFile },
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  try {
    // It silently takes another port when the one asked for is busy: trust its own words.
    const listening = await waitUntil(() => /Listening on (\d+)/.exec(output)?.[1], child, options.timeoutMs ?? 20_000, () => output + readLog(logFile));
    const url = `http://127.0.0.1:${listening}`;
    await waitUntil(async () => ((await fetch(`${url}/_debug/ping`).then((r) => r.text()).catch(() => '')) === 'pong' ? true : undefined), child, 10_000, () => output + readLog(logFile));
    return { url, folder, logFile, stop: () => stopChild(child) };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

function configFor(user: E2eUser, others: readonly E2eUser[]) {
  const account = (u: E2eUser) => ({
    id: u.id,
    name: u.name,
    // sic: the Playground's schema spells it "userPrincipleName"; its roster answers userPrincipalName.
    userPrincipleName: u.upn,
    aadObjectId: u.aadObjectId,
    givenName: u.givenName,
    surname: u.surname,
    email: u.upn,
  });
  return {
    version: '0.1.1',
    tenantId: TENANT_ID,
    bot: { id: BOT.id, name: BOT.name },
    currentUser: account(user),
    users: others.map(account),
    personalChat: { id: user.conversationId },
    groupChat: { id: `group-${user.conversationId}`, name: 'Gruppchatt (test)' },
    team: { id: `team-${user.conversationId}`, name: 'Testteam', aadGroupId: '00000000-0000-4000-8000-0000000000d1', channels: [{ id: `channel-${user.conversationId}`, name: 'Allmänt' }] },
  };
}

function readLog(file: string): string {
  try {
    return `\n--- ${file} ---\n${fs.readFileSync(file, 'utf8').slice(-4000)}`;
  } catch {
    return '';
  }
}

async function waitUntil<T>(probe: () => T | undefined | Promise<T | undefined>, child: ChildProcess, timeoutMs: number, describe: () => string): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (child.exitCode !== null) throw new Error(`Agents Playground exited with code ${child.exitCode}: ${describe()}`);
    if (performance.now() > deadline) throw new Error(`Agents Playground not ready within ${timeoutMs} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}
