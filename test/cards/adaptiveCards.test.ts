import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findCardsDirectory } from '../../src/cards/templates';
import { collectCardsOfFullWalk, type CollectedCard } from './cardWalk';
import { TEAMS_MAX_MESSAGE_BYTES } from './teamsHostConfig';
import { validateCard } from './validateCard';

/** Which templates were rendered during the walk, by file name (src/cards/templates.ts loads each once). */
const expanded = vi.hoisted(() => new Set<string>());
vi.mock('../../src/cards/templates', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cards/templates')>();
  const loadCardTemplate: typeof original.loadCardTemplate = (name, directory) => {
    const template = original.loadCardTemplate(name, directory);
    return {
      name: template.name,
      render: (data) => {
        expanded.add(`${name}.json`);
        return template.render(data);
      },
    };
  };
  return { ...original, loadCardTemplate };
});

/**
 * Cards built in code for speed, each checked against its template for any data by its own test
 * (dialogue-step: test/cards/dialogueStepCard.test.ts); the walk sends them, but not via the template.
 */
const BUILT_IN_CODE = new Set(['dialogue-step.json']);

/**
 * Every card a full walk through every dialogue receives, parsed by the `adaptivecards` library
 * under Teams' host config: no parse or validation event, no unknown property, version ≤ 1.5,
 * under Teams' message size. A summary goes to test-artifacts/cards.json.
 */
describe('every card the bot sends passes the adaptivecards object model under Teams limits', { timeout: 120_000 }, () => {
  let cards: CollectedCard[] = [];
  beforeAll(async () => {
    cards = await collectCardsOfFullWalk();
  }, 120_000);

  it('validates each card of the walk', () => {
    const reports = cards.map((c) => ({ label: c.label, ...validateCard(c.card) }));
    fs.mkdirSync('test-artifacts', { recursive: true });
    const largest = reports.reduce((max, r) => (r.bytes > max.bytes ? r : max), reports[0]!);
    fs.writeFileSync(
      path.join('test-artifacts', 'cards.json'),
      JSON.stringify({ cards: reports.length, maxBytes: largest.bytes, largest: largest.label, limitBytes: TEAMS_MAX_MESSAGE_BYTES, reports }, null, 2),
    );
    expect(reports.length).toBeGreaterThanOrEqual(100);
    expect(reports.filter((r) => r.problems.length > 0).map((r) => `${r.label}: ${r.problems.join('; ')}`)).toEqual([]);
  });

  it('exercises every card template in cards/', () => {
    const templates = fs.readdirSync(findCardsDirectory()).filter((f) => f.endsWith('.json'));
    expect(templates.length).toBeGreaterThan(0);
    const seen = templates.filter((t) => expanded.has(t) || BUILT_IN_CODE.has(t));
    expect(seen.sort()).toEqual(templates.sort());
  });
});
