import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  genomforandeplanAnswersSchema,
  renderGenomforandeplanText,
  renderStodnivaandringText,
  renderUnderlagForUppfoljningText,
  renderUppstartsmoteText,
  stodnivaandringAnswersSchema,
  underlagForUppfoljningAnswersSchema,
  uppstartsmoteAnswersSchema,
} from '../../../src/domain/summaries';
import * as fx from './fixtures';

const GOLDEN_DIR = join(process.cwd(), 'test', 'domain', 'summaries', 'golden');
/** `UPDATE_GOLDEN=1 npx vitest run test/domain/summaries` rewrites the files; review the diff. */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const render = {
  uppstartsmote: (input: unknown) => renderUppstartsmoteText(uppstartsmoteAnswersSchema.parse(input)),
  genomforandeplan: (input: unknown) => renderGenomforandeplanText(genomforandeplanAnswersSchema.parse(input)),
  underlag: (input: unknown) => renderUnderlagForUppfoljningText(underlagForUppfoljningAnswersSchema.parse(input)),
  stodnivaandring: (input: unknown) => renderStodnivaandringText(stodnivaandringAnswersSchema.parse(input)),
};

const CASES = [
  ['uppstartsmote-socialt-full', render.uppstartsmote, fx.UPPSTARTSMOTE_SOCIALT_FULL],
  ['uppstartsmote-socialt-minimal', render.uppstartsmote, fx.UPPSTARTSMOTE_SOCIALT_MINIMAL],
  ['uppstartsmote-boendestod-full', render.uppstartsmote, fx.UPPSTARTSMOTE_BOENDESTOD_FULL],
  ['uppstartsmote-boendestod-minimal', render.uppstartsmote, fx.UPPSTARTSMOTE_BOENDESTOD_MINIMAL],
  ['genomforandeplan-socialt-full', render.genomforandeplan, fx.GENOMFORANDEPLAN_SOCIALT_FULL],
  ['genomforandeplan-socialt-minimal', render.genomforandeplan, fx.GENOMFORANDEPLAN_SOCIALT_MINIMAL],
  ['genomforandeplan-boendestod-full', render.genomforandeplan, fx.GENOMFORANDEPLAN_BOENDESTOD_FULL],
  ['genomforandeplan-boendestod-minimal', render.genomforandeplan, fx.GENOMFORANDEPLAN_BOENDESTOD_MINIMAL],
  ['underlag-for-uppfoljning-full', render.underlag, fx.UNDERLAG_FULL],
  ['underlag-for-uppfoljning-minimal', render.underlag, fx.UNDERLAG_MINIMAL],
  ['underlag-for-uppfoljning-conditions-false', render.underlag, fx.UNDERLAG_CONDITIONS_FALSE],
  ['stodnivaandring-full', render.stodnivaandring, fx.STODNIVAANDRING_FULL],
  ['stodnivaandring-minimal', render.stodnivaandring, fx.STODNIVAANDRING_MINIMAL],
] as const;

describe('Treserva text matches the golden files', () => {
  it.each(CASES)('%s', (name, renderText, input) => {
    const text = renderText(input);
    const file = join(GOLDEN_DIR, `${name}.txt`);
    if (UPDATE) writeFileSync(file, text, 'utf8');
    expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1 and review`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

describe('plain-text rules', () => {
  it.each(CASES)('%s: LF only, no Markdown, no trailing spaces, one final newline', (_name, renderText, input) => {
    const text = renderText(input);
    expect(text).not.toMatch(/\r/);
    expect(text).not.toMatch(/[*#`]|^\s*[-+] /m);
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it.each(CASES)('%s: the first line names the case reference and the date', (_name, renderText, input) => {
    const firstLine = renderText(input).split('\n')[0];
    expect(firstLine).toContain(input.caseReference);
    expect(firstLine).toContain(input.date);
  });

  it('is the same text on every call', () => {
    expect(render.underlag(fx.UNDERLAG_FULL)).toBe(render.underlag(fx.UNDERLAG_FULL));
  });
});
