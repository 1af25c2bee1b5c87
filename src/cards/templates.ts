import fs from 'node:fs';
import path from 'node:path';
import { Template } from 'adaptivecards-templating';

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

/** A card template parsed once at start-up; expanding it is the only per-turn work. */
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

export function loadCardTemplate<TData extends object>(name: string, directory = findCardsDirectory()): CardTemplate<TData> {
  const json = JSON.parse(fs.readFileSync(path.join(directory, `${name}.json`), 'utf8')) as unknown;
  const template = new Template(json);
  return {
    name,
    render(data: TData): AdaptiveCardJson {
      const card = template.expand({ $root: data }) as AdaptiveCardJson;
      if (card?.type !== 'AdaptiveCard') throw new Error(`card ${name}: template did not expand to an AdaptiveCard`);
      return card;
    },
  };
}
