import { describe, expect, it } from 'vitest';
import {
  SAMLARTEAM_MIN_YES,
  SAMLARTEAM_STATEMENTS,
  samlarteamAdvice,
  type SamlarteamAnswers,
  type SamlarteamStatementId,
} from '../../../src/domain/checklists';
import { flatten, seedText } from './seedText';

const IDS = SAMLARTEAM_STATEMENTS.map((statement) => statement.id);

function answersWithYes(yes: readonly SamlarteamStatementId[]): SamlarteamAnswers {
  return Object.fromEntries(IDS.map((id) => [id, yes.includes(id)])) as SamlarteamAnswers;
}

describe('samlarteam checklist (002 › Checklista tillsammans med individ innan rekommendation till samlarteamet)', () => {
  it('has the five statements of 002, in its order', () => {
    const text = seedText('002');
    let cursor = text.indexOf(flatten('Checklista tillsammans med individ innan rekommendation till samlarteamet'));
    expect(cursor).toBeGreaterThanOrEqual(0);
    const seedStarts = [
      'Jag har svårt att använda ett eller flera rum',
      'Jag mår dåligt, får ångest',
      'Jag har svårt att motstå att köpa saker',
      'Mängden av saker i mitt hem orsakar problem',
      'Jag har svårigheter i att fatta beslut',
    ];
    expect(SAMLARTEAM_STATEMENTS).toHaveLength(seedStarts.length);
    for (const phrase of seedStarts) {
      const at = text.indexOf(flatten(phrase), cursor);
      expect(at, phrase).toBeGreaterThanOrEqual(cursor);
      cursor = at + 1;
    }
    expect(IDS).toEqual(['roomsUnusable', 'distressWhenDiscarding', 'acquiring', 'consequences', 'decisions']);
  });

  it('uses the threshold of 002: two to three of five "Ja"', () => {
    expect(SAMLARTEAM_MIN_YES).toBe(2);
  });

  // 002 › Samlarteamet – ett specialiserat boendestödsteam: 2–3 of the five marked "Ja" → contact the team.
  it.each([
    [[], 0, false],
    [['roomsUnusable'], 1, false],
    [['decisions'], 1, false],
    [['roomsUnusable', 'decisions'], 2, true],
    [['acquiring', 'consequences'], 2, true],
    [['roomsUnusable', 'distressWhenDiscarding', 'acquiring'], 3, true],
    [['roomsUnusable', 'distressWhenDiscarding', 'acquiring', 'consequences'], 4, true],
    [IDS, 5, true],
  ] as const)('yes to %j → %i yes, contact team: %s', (yes, expectedCount, expectedContact) => {
    const advice = samlarteamAdvice(answersWithYes(yes));
    expect(advice.yesCount).toBe(expectedCount);
    expect(advice.contactTeam).toBe(expectedContact);
    expect(advice.messageSv).toContain(expectedContact ? 'Kontakta samlarteamet' : 'Färre än två');
    expect(advice.citations.map((c) => c.source)).toEqual(['002', '002']);
  });

  it('every pair of statements is enough, whichever two they are', () => {
    for (const [i, first] of IDS.entries()) {
      for (const second of IDS.slice(i + 1)) {
        expect(samlarteamAdvice(answersWithYes([first, second])).contactTeam, `${first}+${second}`).toBe(true);
      }
    }
  });
});
