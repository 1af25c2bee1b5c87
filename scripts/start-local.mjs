#!/usr/bin/env node
// `npm start`: build if needed, start the bot in local mode (anonymous, loopback only, embedded
// SQLite under ./data) and the Microsoft 365 Agents Playground, then print the address to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { productionNodeFlags } from './node-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const entry = path.join(root, 'dist', 'src', 'main.js');
if (!fs.existsSync(entry) || newestMtime(path.join(root, 'src')) > fs.statSync(entry).mtimeMs) {
  console.log('Bygger Stödlotsen (tsc) …');
  const build = spawnSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.utimesSync(entry, new Date(), new Date());
}

const children = [];
let stopping = false;
function stopAll(code) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const bot = spawn(process.execPath, [...productionNodeFlags(), entry], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, STODLOTSEN_MODE: 'local', PORT: String(botPort), HOST: '127.0.0.1' },
});
children.push(bot);
bot.on('exit', (code) => {
  // After Ctrl+C the children end as asked: nothing to report.
  if (stopping) return;
  // 78: a configuration mistake, which the bot has already explained in its one line.
  if (code !== 78) console.error(`Boten avslutades (kod ${code}).`);
  stopAll(code ?? 1);
});

async function waitFor(url, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

if (!(await waitFor(`http://127.0.0.1:${botPort}/healthz`, 15_000))) {
  console.error(`Boten svarade inte på port ${botPort}.`);
  stopAll(1);
} else {
  const playground = spawn(
    bin('agentsplayground'),
    ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(playgroundPort)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } },
  );
  children.push(playground);
  playground.stdout.setEncoding('utf8');
  playground.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const match = /Listening on (\d+)/.exec(chunk);
    if (match) {
      console.log(`\n  Stödlotsen körs lokalt. Öppna  http://localhost:${match[1]}  i webbläsaren och skriv "hjälp".`);
      console.log('  Avsluta med Ctrl+C.\n');
    }
  });
  playground.on('exit', (code) => {
    if (stopping) return;
    console.error(`Agents Playground avslutades (kod ${code}); se devTools/m365agentsplayground.log.`);
    stopAll(code ?? 1);
  });
}
