import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/case';
import { addCalendarDays } from '../../../src/domain/calendar';
import { computeDeadlines, nextDue } from '../../../src/domain/deadlines';
import type { CaseFacts } from '../../../src/domain/deadlines';

// Requirement: a reminder pass over 100,000 cases takes < 1 s in total.
const CASES = 100_000;
const TODAY: IsoDate = '2026-06-15';

function syntheticCase(i: number): CaseFacts {
  const start = addCalendarDays('2025-09-01', i % 400);
  if (i % 2 === 0) {
    return {
      service: 'socialt_boende_med_stod',
      movedInDate: start,
      currentLevelStartDate: start,
      uppstartsmoteHeldDate: addCalendarDays(start, 3),
      followUp: { bookedAt: `${addCalendarDays(start, 60 + (i % 30))}T${String(8 + (i % 9)).padStart(2, '0')}:30:00+02:00` },
    };
  }
  return {
    service: 'boendestod',
    decisionDate: start,
    assignmentReceivedDate: addCalendarDays(start, 2),
    firstContactDate: addCalendarDays(start, 4),
    implementationDate: addCalendarDays(start, 20),
    lastDaganteckningSummaryDate: addCalendarDays(start, 100),
  };
}

describe('deadline engine performance', () => {
  it(`computes deadlines and the next due item for ${CASES} cases in under a second`, () => {
    const cases = Array.from({ length: CASES }, (_, i) => syntheticCase(i));
    computeDeadlines(cases[0]!, TODAY); // load the holiday calendar once, as a running service would have
    computeDeadlines(cases[1]!, TODAY);

    const started = performance.now();
    let open = 0;
    for (const facts of cases) {
      if (nextDue(computeDeadlines(facts, TODAY)) !== undefined) open += 1;
    }
    const elapsedMs = performance.now() - started;

    expect(open).toBeGreaterThan(0);
    expect(elapsedMs).toBeLessThan(1000);
  });
});
