import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database';
import { EXPORT_ROUTE_PREFIX } from '../../src/export/links';
import { UNIT_MANAGER_TEXTS } from '../../src/teams/handlers/unitManager';
import { openTestDatabase, testClock } from '../support/testDeps';
import { ADMIN, HISINGEN, MANAGER_HISINGEN, NOW, seedCases, seedPeople } from './fixture';
import { elementsOfType, factsOf, LINK_BASE, unitManagerHarness, type UnitManagerHarness } from './support';

describe('exportera stödnivåer and statistik in the chat', () => {
  let database: DatabaseHandle;
  let bot: UnitManagerHarness;
  beforeEach(async () => {
    database = await openTestDatabase();
    await seedCases(database.db);
    await seedPeople(database.db);
    bot = unitManagerHarness(database, testClock(NOW));
  });
  afterEach(async () => {
    await database.close();
  });

  it('offers this calendar year up to today by default, then gives a 10-minute download link', async () => {
    const [card] = (await bot.say('exportera stödnivåer', MANAGER_HISINGEN)).cards;
    const dates = elementsOfType(card, 'Input.Date').map((i) => [i.id, i.value]);
    expect(dates).toEqual([
      ['f_from', '2026-01-01'],
      ['f_to', '2026-11-23'],
    ]);
    expect(JSON.stringify(card)).toContain(UNIT_MANAGER_TEXTS.fileConsentNote);

    const result = await bot.press(card!, 'Skapa Excelfil', { from: '2026-01-01', to: '2026-11-23' }, MANAGER_HISINGEN);
    const [open] = (result.card!.actions as Array<{ type: string; title: string; url?: string }>).filter((a) => a.type === 'Action.OpenUrl');
    expect(open!.title).toBe('Ladda ned Excelfilen');
    expect(open!.url!.startsWith(`${LINK_BASE}${EXPORT_ROUTE_PREFIX}`)).toBe(true);
    expect(factsOf(result.card)).toEqual({ Enhet: HISINGEN, Period: '2026-01-01 – 2026-11-23', Rader: '9' });
    // 09:00Z is 10:00 in Stockholm; the link lives ten minutes
    expect(JSON.stringify(result.card)).toContain('till kl. 10:10');

    const token = open!.url!.slice(`${LINK_BASE}${EXPORT_ROUTE_PREFIX}`.length);
    const verified = bot.links.verify(token, new Date(NOW));
    expect(verified.ok && [verified.grant.unit, verified.grant.from, verified.grant.to, verified.grant.actorId]).toEqual([HISINGEN, '2026-01-01', '2026-11-23', MANAGER_HISINGEN.aadObjectId]);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'outcome', 'reason', 'target_id']).execute();
    expect(audit).toEqual([{ action: 'export', outcome: 'success', reason: 'link_created', target_id: verified.ok ? verified.grant.id : '' }]);
  });

  it.each([
    [{ from: '2026-11-23', to: '2026-01-01' }, '”Från och med” måste vara samma dag som eller före ”Till och med”.'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'Ange ”Från och med” som ett datum (ÅÅÅÅ-MM-DD).'],
    [{ from: '2010-01-01', to: '2026-11-23' }, 'Perioden får vara högst 3660 dagar – välj en kortare period.'],
  ])('keeps the form with an explanation for the period %j', async (period, message) => {
    const [card] = (await bot.say('exportera stödnivåer', MANAGER_HISINGEN)).cards;
    const result = await bot.press(card!, 'Skapa Excelfil', period, MANAGER_HISINGEN);
    expect(elementsOfType(result.card, 'Input.Date')).toHaveLength(2);
    expect(JSON.stringify(result.card)).toContain(JSON.stringify(message).slice(1, -1));
    expect(JSON.stringify(result.card)).not.toContain('Action.OpenUrl');
  });

  it('says so plainly when the bot does not know its public address (production without PUBLIC_BASE_URL)', async () => {
    const noAddress = unitManagerHarness(database, testClock(NOW), {}, null);
    const [card] = (await noAddress.say('exportera stödnivåer', MANAGER_HISINGEN)).cards;
    const result = await noAddress.press(card!, 'Skapa Excelfil', { from: '2026-01-01', to: '2026-11-23' }, MANAGER_HISINGEN);
    expect(result.message).toBe(UNIT_MANAGER_TEXTS.noPublicAddress);
    expect(await database.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  it('uses PUBLIC_BASE_URL for the link when it is set', async () => {
    const configured = unitManagerHarness(database, testClock(NOW), { PUBLIC_BASE_URL: 'https://stodlotsen.example.se/' }, null);
    const [card] = (await configured.say('exportera stödnivåer', MANAGER_HISINGEN)).cards;
    const result = await configured.press(card!, 'Skapa Excelfil', { from: '2026-01-01', to: '2026-11-23' }, MANAGER_HISINGEN);
    expect(JSON.stringify(result.card)).toContain('"url":"https://stodlotsen.example.se/exports/');
  });

  it('shows the statistics with charts and the same numbers as tables, and no case reference', async () => {
    const [card] = (await bot.say('statistik', MANAGER_HISINGEN)).cards;
    const json = JSON.stringify(card);
    expect(json).not.toContain('BST-2026');
    expect(factsOf(card)).toMatchObject({
      'Aktiva ärenden': '5',
      'Höjda stödnivåer': '2',
      'Sänkta stödnivåer': '1',
      'Flyttat vidare': '2',
      'Försenade tidsgränser': '2 (i 2 ärenden)',
      'Inflyttade under perioden': '5',
      'Genomförandeplan klar': '3',
      'Median, dagar till planen': '14 dagar',
      'Klar inom 14 dagar': '50 % (2 av 4)',
      'Saknas, tidsgränsen passerad': '1',
      'Ej klar, inom tidsgränsen': '1',
    });

    const pies = elementsOfType(card, 'Chart.Pie');
    expect(pies.map((p) => [p.title, p.data, p.fallback])).toEqual([
      ['Stödnivåer i lägenhetsboende (från 1 april 2025): 3 ärenden', [{ legend: 'låg', value: 1 }, { legend: 'medel', value: 1 }, { legend: 'hög', value: 1 }], 'drop'],
      ['Stödnivåer i kollektiv, kort- och långsiktigt boende (från 1 april 2021): 1 ärende', [{ legend: 'nivå 1', value: 1 }], 'drop'],
    ]);
    const [grouped] = elementsOfType(card, 'Chart.VerticalBar.Grouped');
    const series = grouped!.data as Array<{ legend: string; values: Array<{ x: string; y: number }> }>;
    expect(series.map((s) => s.legend)).toEqual(['Höjd', 'Sänkt']);
    expect(series[0]!.values.filter((v) => v.y > 0)).toEqual([{ x: 'feb', y: 1 }, { x: 'apr', y: 1 }]);
    expect(series[1]!.values.filter((v) => v.y > 0)).toEqual([{ x: 'jun', y: 1 }]);
    expect(series[0]!.values).toHaveLength(11);
    const [bars] = elementsOfType(card, 'Chart.VerticalBar');
    expect(bars!.data).toEqual([
      { x: 'Träningslägenhet', y: 1 },
      { x: 'Försökslägenhet', y: 1 },
      { x: 'Eget kontrakt', y: 0 },
      { x: 'Annat boende', y: 0 },
      { x: 'Annat', y: 0 },
    ]);

    // The tables carry the same figures as text, for clients without charts.
    const tableText = (table: Record<string, unknown>) =>
      (table.rows as Array<{ cells: Array<{ items: Array<{ text: string }> }> }>).map((r) => r.cells.map((c) => c.items[0]!.text));
    const tables = elementsOfType(card, 'Table').map(tableText);
    expect(tables).toContainEqual([['Stödnivå', 'Antal'], ['låg', '1'], ['medel', '1'], ['hög', '1']]);
    expect(tables).toContainEqual([['Stödnivå', 'Antal'], ['nivå 2', '0'], ['nivå 1', '1']]);
    expect(tables).toContainEqual([['Tidsgräns', 'Antal'], ['Första kontakt med den enskilde efter inkommet uppdrag', '1'], ['Första genomförandeplanen upprättad och handläggaren meddelad', '1']]);
    expect(tables).toContainEqual([['Vart', 'Antal'], ['Träningslägenhet', '1'], ['Försökslägenhet', '1'], ['Eget kontrakt', '0'], ['Annat boende', '0'], ['Annat', '0']]);
    const months = tables.find((t) => t[0]?.[0] === 'Månad')!;
    expect(months.filter((r) => r[1] !== '0' || r[2] !== '0')).toEqual([['Månad', 'Höjd', 'Sänkt'], ['feb 2026', '1', '0'], ['apr 2026', '1', '0'], ['jun 2026', '0', '1']]);
  });

  it('labels chart months with the year when the period spans two years', async () => {
    const [card] = (await bot.say('statistik', MANAGER_HISINGEN)).cards;
    const chooser = (await bot.press(card!, 'Välj period eller enhet', {}, MANAGER_HISINGEN)).card!;
    const result = await bot.press(chooser, 'Visa statistik', { from: '2025-12-01', to: '2026-02-28' }, MANAGER_HISINGEN);
    const [grouped] = elementsOfType(result.card, 'Chart.VerticalBar.Grouped');
    expect((grouped!.data as Array<{ values: Array<{ x: string }> }>)[0]!.values.map((v) => v.x)).toEqual(['dec 25', 'jan 26', 'feb 26']);
  });

  it('lets a unit manager pick another period for the statistics', async () => {
    const [card] = (await bot.say('statistik', MANAGER_HISINGEN)).cards;
    const chooser = (await bot.press(card!, 'Välj period eller enhet', {}, MANAGER_HISINGEN)).card!;
    const result = await bot.press(chooser, 'Visa statistik', { from: '2026-06-01', to: '2026-06-30' }, MANAGER_HISINGEN);
    expect(factsOf(result.card)).toMatchObject({ 'Höjda stödnivåer': '0', 'Sänkta stödnivåer': '1', 'Flyttat vidare': '0', 'Aktiva ärenden': '5' });
    const tooLong = await bot.press(chooser, 'Visa statistik', { from: '2024-01-01', to: '2026-06-30' }, MANAGER_HISINGEN);
    expect(JSON.stringify(tooLong.card)).toContain('Perioden får vara högst 731 dagar');
  });

  it('an admin with several units chooses the unit for the statistics first', async () => {
    const [card] = (await bot.say('statistik', ADMIN)).cards;
    expect(elementsOfType(card, 'Input.ChoiceSet')).toHaveLength(1);
    const result = await bot.press(card!, 'Visa statistik', { unit: HISINGEN, from: '2026-01-01', to: '2026-11-23' }, ADMIN);
    expect(factsOf(result.card)['Aktiva ärenden']).toBe('5');
  });
});
