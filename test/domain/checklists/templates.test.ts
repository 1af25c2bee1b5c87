import { describe, expect, it } from 'vitest';
import { IBIC_LIFE_AREAS, IBIC_LIFE_AREA_IDS, SMART_GOAL_TEMPLATE, ibicLifeAreaName } from '../../../src/domain/checklists';
import { findSection, sourceDocument } from '../../../src/knowledge';
import { flatten, seedText } from './seedText';

describe('IBIC life areas (002 › Individstödande aktiviteter)', () => {
  it('lists the ten life areas with the exact names of 002, in its order', () => {
    const section = findSection(sourceDocument('002'), 'Individstödande aktiviteter');
    const rows = (section?.blocks ?? []).filter((block) => block.header?.[0] === 'Livsområden enligt IBIC');
    expect(IBIC_LIFE_AREAS).toHaveLength(10);
    expect(rows).toHaveLength(10);
    // The first cell of each row starts with the area's name, set in bold in the source.
    expect(rows.map((row, index) => row.cells?.[0]?.slice(0, IBIC_LIFE_AREAS[index]?.name.length))).toEqual(IBIC_LIFE_AREAS.map((area) => area.name));
  });

  it.each([
    ['hemliv', 'Hemliv'],
    ['utbildningArbeteEkonomi', 'Utbildning, arbete, sysselsättning och ekonomiskt liv'],
    ['trygghet', 'Känsla av trygghet'],
  ] as const)('%s is named "%s"', (id, name) => {
    expect(ibicLifeAreaName(id)).toBe(name);
  });

  it('keeps ids and data in the same order and frozen', () => {
    expect(IBIC_LIFE_AREAS.map((area) => area.id)).toEqual([...IBIC_LIFE_AREA_IDS]);
    expect(Object.isFrozen(IBIC_LIFE_AREAS)).toBe(true);
    expect(Object.isFrozen(IBIC_LIFE_AREAS[0])).toBe(true);
  });
});

describe('SMART goal template (001 › Stödmaterial målformulering)', () => {
  it('has the long-term goal and the four sub-goal columns of 001, in order', () => {
    const labels = [SMART_GOAL_TEMPLATE.longTermGoal.label, ...SMART_GOAL_TEMPLATE.subGoalColumns.map((column) => column.label)];
    expect(labels).toEqual(['Långsiktigt mål', 'Delmål', 'Hur vet vi när målet är uppnått?', 'När ska målet vara uppnått?', 'Ansvarig']);
    const text = seedText('001');
    let cursor = text.indexOf(flatten('MALL: SMART:a mål och delmål'));
    expect(cursor).toBeGreaterThanOrEqual(0);
    for (const label of labels) {
      const at = text.indexOf(label, cursor);
      expect(at, label).toBeGreaterThanOrEqual(cursor);
      cursor = at + 1;
    }
  });

  it('spells out the five SMART criteria of 001', () => {
    expect(SMART_GOAL_TEMPLATE.criteria).toEqual(['Specifikt', 'Mätbart', 'Accepterat', 'Realistiskt', 'Tidssatt']);
    expect(seedText('001')).toContain('Specifikt – Mätbart – Accepterat – Realistiskt – Tidssatt');
  });
});
