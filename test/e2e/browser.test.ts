import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/main';
import { listCasesForUser } from '../../src/storage/cases.repository';
import { findUserByUpn } from '../../src/storage/users.repository';
import { chromiumStatus, describeWithComponent } from '../support/components';
import { memoryLogger, tempDatabasePath } from '../support/testDeps';
import {
  CASE_DIALOGUE,
  CASE_REFERENCE,
  CASE_VALUES,
  CASEWORKER_USER,
  EXTRA_USERS,
  FOLLOW_UP_DIALOGUE,
  FOLLOW_UP_VALUES,
  labelPattern,
  LEVEL_CHANGE_HOW,
  LEVEL_CHANGE_REASON,
  planDialogue,
  STAFF_USER,
  TENANT_ID,
  todayInStockholm,
  type PlannedField,
  type PlannedStep,
} from './journey';
import { startPlayground, type RunningPlayground } from './playground';

/**
 * The journey as users see it: the bot, two Agents Playground instances (staff and caseworker)
 * and headless chromium typing into and clicking the cards the Playground renders.
 * Screenshots of every step go to test-artifacts/e2e/.
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/e2e');
const STEP_TIMEOUT_MS = 15_000;
const DELIVERY_TIMEOUT_MS = 20_000;

// .ci/run installs Debian's chromium; elsewhere a missing browser is one skip line (test/support/components.ts).
describeWithComponent(chromiumStatus(), '[e2e] browser: Agents Playground in headless chromium, staff and caseworker', (chromiumPath) => {
  let bot: RunningBot | undefined;
  const playgrounds: RunningPlayground[] = [];
  let browser: BrowserContext | undefined;
  let shot = 0;
  const log = memoryLogger('warn');

  beforeAll(async () => {
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath('stodlotsen-e2e-browser'), LOG_LEVEL: 'warn' });
    bot = await startBot(config, log.logger);
    const [caseworker, staff] = await Promise.all([
      startPlayground({ botUrl: bot.server.url, user: CASEWORKER_USER, others: [STAFF_USER, ...EXTRA_USERS] }),
      startPlayground({ botUrl: bot.server.url, user: STAFF_USER, others: [CASEWORKER_USER, ...EXTRA_USERS] }),
    ]);
    playgrounds.push(caseworker!, staff!);
    browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'stodlotsen-chromium-')), {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 1000 },
      locale: 'sv-SE',
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await Promise.all(playgrounds.map((p) => p.stop()));
    await bot?.stop();
  });

  async function screenshot(page: Page, name: string): Promise<void> {
    shot += 1;
    await page.screenshot({ path: path.join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  }

  it('staff registers a case and sends underlag för uppföljning with a level-change proposal; the summary appears in the caseworker chat', { timeout: 240_000 }, async () => {
    const [caseworkerPlayground, staffPlayground] = playgrounds;
    const caseworkerPage = await openChat(browser!, caseworkerPlayground!.url);
    const staffPage = await openChat(browser!, staffPlayground!.url);
    try {
      // 1. The caseworker opens Stödlotsen and says hello: the bot learns their UPN from the roster.
      await say(caseworkerPage, 'hjälp');
      await cardWith(caseworkerPage, 'Det här kan Stödlotsen').waitFor({ timeout: STEP_TIMEOUT_MS });
      await screenshot(caseworkerPage, 'caseworker-hello');
      await expect
        .poll(async () => (await findUserByUpn(bot!.database.db, TENANT_ID, CASEWORKER_USER.upn))?.id, {
          timeout: 5_000,
          message: 'the caseworker UPN was captured from the Playground roster (conversation-reference capture wired into the app?)',
        })
        .toBe(CASEWORKER_USER.aadObjectId);

      // 2. Staff registers the case.
      const today = todayInStockholm(systemClock.now());
      await say(staffPage, 'nytt ärende');
      await walk(staffPage, planDialogue(CASE_DIALOGUE, CASE_VALUES, null, today), 'arende');
      const casePreview = cardWithButton(staffPage, 'Spara');
      await expect.poll(() => casePreview.innerText(), { timeout: STEP_TIMEOUT_MS }).toContain(CASEWORKER_USER.upn);
      await screenshot(staffPage, 'staff-case-preview');
      await casePreview.getByRole('button', { name: 'Spara', exact: true }).click();
      await cardWith(staffPage, `Ärendet ${CASE_REFERENCE} är registrerat`).waitFor({ timeout: STEP_TIMEOUT_MS });
      await screenshot(staffPage, 'staff-case-saved');

      // 3. Staff writes the underlag för uppföljning with a level-change proposal.
      const [clientCase] = await listCasesForUser(bot!.database.db, TENANT_ID, STAFF_USER.aadObjectId, STAFF_USER.upn);
      expect(clientCase?.caseReference).toBe(CASE_REFERENCE);
      await say(staffPage, 'uppföljning');
      await walk(staffPage, planDialogue(FOLLOW_UP_DIALOGUE, FOLLOW_UP_VALUES, clientCase!, today), 'uppfoljning');
      const preview = cardWithButton(staffPage, 'Skicka');
      await expect.poll(() => preview.innerText(), { timeout: STEP_TIMEOUT_MS }).toContain(LEVEL_CHANGE_HOW);
      await screenshot(staffPage, 'staff-followup-preview');
      await preview.getByRole('button', { name: 'Skicka', exact: true }).click();
      await cardWith(staffPage, 'skickat').waitFor({ timeout: STEP_TIMEOUT_MS });
      await screenshot(staffPage, 'staff-followup-sent');

      // 4. The summary arrives in the caseworker's own chat.
      const summary = caseworkerPage.locator('.ac-adaptiveCard').filter({ hasText: CASE_REFERENCE }).filter({ hasText: LEVEL_CHANGE_HOW }).first();
      await summary.waitFor({ timeout: DELIVERY_TIMEOUT_MS });
      await summary.scrollIntoViewIfNeeded();
      await screenshot(caseworkerPage, 'caseworker-summary');
      const text = await summary.innerText();
      expect(text).toContain('Underlag för uppföljning');
      expect(text).toContain(LEVEL_CHANGE_REASON);
      await expect(summary.getByRole('button', { name: 'Mottaget' }).count()).resolves.toBe(1);
    } catch (err) {
      await screenshot(staffPage, 'failure-staff').catch(() => undefined);
      await screenshot(caseworkerPage, 'failure-caseworker').catch(() => undefined);
      const warnings = log.lines().map((l) => `${String(l.msg)} ${JSON.stringify(l.err ?? '')}`);
      throw new Error(`${(err as Error).message}\nbot warnings/errors:\n${warnings.join('\n') || '(none)'}`, { cause: err });
    }
  });

  /** Fills each planned step's card and presses "Nästa" (last: "Förhandsgranska"), one card replaced in place. */
  async function walk(page: Page, plan: readonly PlannedStep[], name: string): Promise<void> {
    for (const [index, { step, fields, isLast }] of plan.entries()) {
      const card = cardWithStep(page, step.title);
      await card.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(async (err: Error) => {
        const last = await page.locator('.ac-adaptiveCard').last().innerText().catch(() => '(no card)');
        throw new Error(`step "${step.title}" did not appear: ${err.message}\nlast card:\n${last}`);
      });
      for (const field of fields) await fill(page, card, field);
      await screenshot(page, `staff-${name}-${String(index + 1).padStart(2, '0')}-${step.id}`);
      await card.getByRole('button', { name: isLast ? 'Förhandsgranska' : 'Nästa', exact: true }).click();
    }
  }
});

async function openChat(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByText('conversationUpdate 200').first().waitFor({ timeout: 30_000 });
  // The log panel repeats message text; hiding it keeps text matches on the chat.
  await page.getByRole('button', { name: 'Hide log panel' }).click();
  return page;
}

async function say(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
  await box.click();
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Send Message' }).click();
}

function cardWith(page: Page, text: string): Locator {
  return page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
}

function cardWithStep(page: Page, title: string): Locator {
  return page
    .locator('.ac-adaptiveCard')
    .filter({ has: page.getByRole('paragraph').filter({ hasText: labelPattern(title) }) })
    .last();
}

function cardWithButton(page: Page, title: string): Locator {
  return page
    .locator('.ac-adaptiveCard')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
    .last();
}

/** Types, clicks or picks one field the way a person would on the rendered card. */
async function fill(page: Page, card: Locator, field: PlannedField): Promise<void> {
  const { spec, value } = field;
  if (value === undefined) return;
  const name = labelPattern(spec.label);
  switch (spec.kind) {
    case 'text':
    case 'textarea':
    case 'email':
      await card.getByRole('textbox', { name }).fill(value);
      return;
    case 'number':
      await card.getByRole('spinbutton', { name }).fill(value);
      return;
    case 'toggle':
      await card.getByRole('checkbox', { name }).setChecked(value === 'true');
      return;
    case 'choice':
      if (!field.choiceTitle) throw new Error(`no choice "${value}" for "${spec.label}"`);
      await card.getByRole('radiogroup', { name }).getByRole('radio', { name: field.choiceTitle, exact: true }).check();
      return;
    case 'date':
      await pickDayOfShownMonth(page, card.getByRole('combobox', { name }), Number(value.slice(8, 10)));
      return;
    default:
      throw new Error(`the e2e test cannot fill a ${spec.kind} field ("${spec.label}") yet`);
  }
}

/** The Playground's date input only takes a date picked in its calendar (typed text is not submitted). */
async function pickDayOfShownMonth(page: Page, input: Locator, day: number): Promise<void> {
  await input.click();
  const calendar = page.getByRole('dialog', { name: 'Calendar' });
  await calendar.waitFor();
  const month = (await calendar.getByRole('grid').first().getAttribute('aria-label'))?.split(',')[0]?.trim();
  const [monthName, year] = (month ?? '').split(' ');
  await calendar.getByRole('button', { name: `${day}, ${monthName}, ${year}`, exact: true }).click();
  await calendar.waitFor({ state: 'hidden' });
}
