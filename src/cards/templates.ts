import fs from 'node:fs';
import path from 'node:path';
import type { Template as TemplateClass } from 'adaptivecards-templating';

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

/** A card template read at start-up and parsed once; expanding it is the only per-turn work. */
export interface CardTemplate<TData extends object> {
  readonly name: string;
  render(data: TData): AdaptiveCardJson;
}

export function findCardsDirectory(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'cards');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cards/ directory not found next to package.json');
    dir = parent;
  }
}

/** Every template loaded so far, each parsing itself on first use (see warmCardTemplates). */
const loaded: Array<() => void> = [];

/**
 * The file is read (and its JSON checked) when the module that uses it loads; parsing its
 * expressions – and loading the templating engine (adaptive-expressions, ANTLR) – waits until the
 * first render or warmCardTemplates(), whichever comes first, so start-up does not pay for it.
 */
export function loadCardTemplate<TData extends object>(name: string, directory = findCardsDirectory()): CardTemplate<TData> {
  const json = JSON.parse(fs.readFileSync(path.join(directory, `${name}.json`), 'utf8')) as unknown;
  let template: TemplateClass | undefined;
  const parsed = (): TemplateClass => (template ??= new (templatingEngine().Template)(json));
  loaded.push(() => void parsed());
  return {
    name,
    render(data: TData): AdaptiveCardJson {
      const card = parsed().expand({ $root: data }) as AdaptiveCardJson;
      if (card?.type !== 'AdaptiveCard') throw new Error(`card ${name}: template did not expand to an AdaptiveCard`);
      return card;
    },
  };
}

/** Parses every loaded template now (src/bot.ts calls it right after the server listens). */
export function warmCardTemplates(): void {
  for (const parse of loaded) parse();
}

function templatingEngine(): { Template: typeof TemplateClass } {
  // Loaded on first use: adaptive-expressions and its ANTLR parser take a few hundred ms to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('adaptivecards-templating') as { Template: typeof TemplateClass };
}
