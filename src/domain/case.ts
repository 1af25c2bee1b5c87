/**
 * Shared vocabulary of the core. Swedish domain words are kept where English would blur
 * them; docs/GLOSSARY.md maps each one.
 */

/** Calendar date without time, ISO 8601 `YYYY-MM-DD`, interpreted in Europe/Stockholm. */
export type IsoDate = string;

/** Insats: socialt boende med stöd (000, 001, 003) or boendestöd in one's own home (002). */
export const SERVICES = ['socialt_boende_med_stod', 'boendestod'] as const;
export type Service = (typeof SERVICES)[number];

/** Boendeinsats forms (000 › Hantering av stödnivåer; 003 from 2025-04-01; 002 own home). */
export const HOUSING_FORMS = [
  'akutboende',
  'kortsiktigt_kollektiv',
  'kortsiktigt_lagenhet',
  'langsiktigt_kollektiv',
  'langsiktigt_lagenhet',
  'lagenhetsboende',
  'eget_boende',
] as const;
export type HousingForm = (typeof HOUSING_FORMS)[number];

/** Stödnivå models: 003 (låg/medel/hög), 000 lägenhet (1–4) and 000 kollektiv (1–2). */
export const LEVEL_MODEL_IDS = ['lagenhetsboende_2025', 'sydvast_2021_lagenhet', 'sydvast_2021_kollektiv'] as const;
export type LevelModelId = (typeof LEVEL_MODEL_IDS)[number];

export type LevelChangeDirection = 'increase' | 'decrease';

/** "Varaktighet över tid" (000, 003 › Hantering av stödnivåer – process). */
export type LevelChangeDuration =
  | { readonly kind: 'temporary'; readonly until: IsoDate }
  | { readonly kind: 'longer_period' }
  | { readonly kind: 'lasting' };
