// The node flags the bot runs with in production: those of package.json's `start:prod` (infra's
// appCommandLine is the same command; test/packaging checks it), so `npm start` and the benchmark
// run the bot the way App Service does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function productionNodeFlags() {
  const command = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['start:prod'];
  const [node, ...args] = command.split(/\s+/);
  if (node !== 'node') throw new Error(`start:prod should run node: ${command}`);
  return args.filter((arg) => arg.startsWith('--'));
}
