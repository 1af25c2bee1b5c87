// TEMPORARY smoke script (not a test): run with `npx tsx test/unitManager/zz-playground-smoke.tmp.ts`; deleted afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startBot } from '../../src/main';
import { memoryLogger, tempDatabasePath } from '../support/testDeps';
import { startPlayground } from '../e2e/playground';
import { EXTRA_USERS, STAFF_USER, TENANT_ID, type E2eUser } from '../e2e/journey';
import { seedCases } from './fixture';
import { assignRole } from '../../src/storage/roles.repository';
import { fixedClock } from '../../src/domain/clock';

const MANAGER: E2eUser = { id: 'user-testchef', name: 'Testchef Hisingen', givenName: 'Testchef', surname: 'Hisingen', upn: 'enhetschef.hisingen@example.se', aadObjectId: '00000000-0000-4000-8000-0000000000e1', conversationId: 'conv-e2e-chef' };

async function main() {
  const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath('smoke'), LOG_LEVEL: 'warn' });
  const bot = await startBot(config, memoryLogger('warn').logger, fixedClock('2026-11-23T09:00:00.000Z'));
  await seedCases(bot.database.db, TENANT_ID);
  await assignRole(bot.database.db, TENANT_ID, MANAGER.upn, 'unit_manager', 'Testenheten Hisingen', new Date('2026-11-01T00:00:00Z'));
  const pg = await startPlayground({ botUrl: bot.server.url, user: MANAGER, others: [STAFF_USER, ...EXTRA_USERS] });
  const browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-chromium-')), { executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'], viewport: { width: 1280, height: 2400 } });
  try {
    const page = await browser.newPage();
    await page.goto(pg.url);
    await page.getByText('conversationUpdate 200').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Hide log panel' }).click();
    const say = async (text: string) => {
      await page.locator('[data-lexical-editor="true"][role="textbox"]').click();
      await page.keyboard.type(text);
      await page.getByRole('button', { name: 'Send Message' }).click();
    };
    await say('statistik');
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'Statistik – Testenheten Hisingen' }).last().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/smoke/statistik.png', fullPage: true });
    console.log('charts rendered:', await page.locator('svg').count());
    await say('exportera stödnivåer');
    const card = page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name: 'Skapa Excelfil', exact: true }) }).last();
    await card.waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: 'Skapa Excelfil', exact: true }).click();
    const done = page.locator('.ac-adaptiveCard').filter({ hasText: 'Stödnivåregistret är klart' }).last();
    await done.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: '/tmp/smoke/export.png', fullPage: true });
    console.log(await done.innerText());
  } finally {
    await browser.close();
    await pg.stop();
    await bot.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
