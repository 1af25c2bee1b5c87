import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/verbs';
import { loadConfig } from '../../src/config';
import { createExportLinks } from '../../src/export/links';
import { DOWNLOAD_TEXTS } from '../../src/export/route';
import { XLSX_CONTENT_TYPE } from '../../src/export/levelRegisterXlsx';
import { startBot, type RunningBot } from '../../src/main';
import { memoryLogger, tempDatabasePath, testClock } from '../support/testDeps';
import { ADMIN, HISINGEN, MANAGER_HISINGEN, NOW, seedCases, seedPeople } from './fixture';
import { expectGoldenWorkbook } from './golden';

const TENANT = 'tenant-test-0001';
const SECRET = 'test-export-secret-0123456789-abcdefghijklmnop';

/** The Action.Execute a Teams client posts when "Skapa Excelfil" is pressed. */
function pressCreate(from: { id: string; aadObjectId: string; name: string }, period = { f_from: '2026-01-01', f_to: '2026-11-23' }) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: 'invoke-1',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/',
    from,
    recipient: { id: '28:bot', name: 'Stödlotsen' },
    conversation: { id: 'a:conv-export-1', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    value: { action: { type: 'Action.Execute', verb: VERBS.unitManagerExport, data: { verb: VERBS.unitManagerExport, unit: HISINGEN, ...period } } },
  };
}

describe('the download link, over HTTP against the real server', () => {
  let bot: RunningBot;
  const clock = testClock(NOW);
  beforeEach(async () => {
    clock.set(NOW);
    const config = loadConfig({ STODLOTSEN_MODE: 'local', PORT: '0', SQLITE_PATH: tempDatabasePath(), LOG_LEVEL: 'silent', ADMIN_UPNS: ADMIN.upn, EXPORT_LINK_SECRET: SECRET });
    bot = await startBot(config, memoryLogger().logger, clock);
    await seedCases(bot.database.db, TENANT);
    await seedPeople(bot.database.db, TENANT);
  });
  afterEach(async () => {
    await bot.stop();
  });

  async function linkFor(person: { id: string; aadObjectId: string; name: string }): Promise<string> {
    const response = await fetch(`${bot.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pressCreate(person)) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: { actions: Array<{ type: string; url?: string }> } };
    const url = body.value.actions.find((a) => a.type === 'Action.OpenUrl')?.url;
    expect(url?.startsWith(`${bot.server.url}/exports/`)).toBe(true);
    return url!;
  }

  async function exportAudit() {
    return bot.database.db.selectFrom('audit_log').select(['actor_id', 'outcome', 'reason']).where('action', '=', 'export').orderBy('at').orderBy('reason').execute();
  }

  it('a fresh link downloads the register: 200, .xlsx, an attachment, every cell golden, audited', async () => {
    const url = await linkFor(MANAGER_HISINGEN);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stodnivaer-testenheten-hisingen-2026-01-01-2026-11-23.xlsx"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    await expectGoldenWorkbook(await response.arrayBuffer());
    expect(await exportAudit()).toEqual([
      { actor_id: MANAGER_HISINGEN.aadObjectId, outcome: 'success', reason: 'level_register' },
      { actor_id: MANAGER_HISINGEN.aadObjectId, outcome: 'success', reason: 'link_created' },
    ]);
  });

  it('still works 9 minutes 59 seconds later, and is refused (403, no data) once 10 minutes have passed', async () => {
    const url = await linkFor(MANAGER_HISINGEN);
    clock.set('2026-11-23T09:09:59.000Z');
    expect((await fetch(url)).status).toBe(200);
    clock.set('2026-11-23T09:10:00.000Z');
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(expired.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await expired.text()).toBe(DOWNLOAD_TEXTS.expired);
  });

  it.each([
    ['a token that is not one', () => 'not-a-token'],
    ['another unit in the payload under the same signature', (token: string) => {
      const [payload, signature] = token.split('.') as [string, string];
      const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      return `${Buffer.from(JSON.stringify({ ...grant, u: 'Testenheten Angered' })).toString('base64url')}.${signature}`;
    }],
    ['a longer life in the payload under the same signature', (token: string) => {
      const [payload, signature] = token.split('.') as [string, string];
      const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      return `${Buffer.from(JSON.stringify({ ...grant, exp: Number(grant.exp) + 86_400_000 })).toString('base64url')}.${signature}`;
    }],
    ['a signature changed in one character', (token: string) => `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`],
    ['a link signed with another secret', () => createExportLinks({ mode: 'local', exportLinkSecret: 'another-secret-0123456789-abcdefghijklmnopq' }).issue({ tenantId: TENANT, actorId: MANAGER_HISINGEN.aadObjectId, unit: HISINGEN, from: '2026-01-01', to: '2026-11-23' }, new Date(NOW)).token],
  ])('%s is answered 404 with no data', async (_why, forge) => {
    const url = await linkFor(MANAGER_HISINGEN);
    const token = url.slice(`${bot.server.url}/exports/`.length);
    const response = await fetch(`${bot.server.url}/exports/${forge(token)}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(DOWNLOAD_TEXTS.notFound);
    expect(text).not.toContain('BST-');
    expect((await exportAudit()).filter((a) => a.reason === 'level_register')).toEqual([]);
  });

  it('a link made with the same secret elsewhere (another instance) works too', async () => {
    const token = createExportLinks({ mode: 'local', exportLinkSecret: SECRET }).issue({ tenantId: TENANT, actorId: MANAGER_HISINGEN.aadObjectId, unit: HISINGEN, from: '2026-01-01', to: '2026-11-23' }, new Date(NOW)).token;
    const response = await fetch(`${bot.server.url}/exports/${token}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet('Stödnivåer')!.rowCount).toBe(10);
  });

  it('a valid link of someone who is no longer unit manager is refused (403) and audited', async () => {
    const url = await linkFor(MANAGER_HISINGEN);
    await bot.database.db.deleteFrom('roles').where('upn', '=', MANAGER_HISINGEN.upn).execute();
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(DOWNLOAD_TEXTS.refused);
    expect((await exportAudit()).map((a) => [a.outcome, a.reason])).toEqual([
      ['success', 'link_created'],
      ['refused', 'not_unit_manager'],
    ]);
  });
});
