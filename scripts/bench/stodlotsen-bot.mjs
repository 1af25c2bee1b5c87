// Stödlotsen as built (dist/), in local mode on loopback, for the benchmark.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportToParent } from './child.mjs';

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src');
const { loadConfig } = require(path.join(dist, 'config.js'));
const { createLogger } = require(path.join(dist, 'logging.js'));
const { startBot } = require(path.join(dist, 'main.js'));

const config = loadConfig({ ...process.env, STODLOTSEN_MODE: 'local', HOST: '127.0.0.1', PORT: '0' });
const bot = await startBot(config, createLogger(config.logLevel));
reportToParent({ url: bot.server.url, stop: () => bot.stop() });
