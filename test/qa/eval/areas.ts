/** Which source documents each area of the evaluation set draws on (README.md in this folder). */
export const AREA_DOCS: Readonly<Record<string, readonly string[]>> = {
  levels_2021: ['000'],
  levels_2025: ['003'],
  process_001: ['001'],
  checklists: ['001', '002'],
  boendestod_002: ['002'],
  background_004: ['004'],
};
