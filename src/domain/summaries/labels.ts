import type { LevelChangeDirection, LevelChangeDuration } from '../case';

export function directionSentence(direction: LevelChangeDirection): string {
  return direction === 'increase' ? 'Behovet av stöd har ökat.' : 'Behovet av stöd har minskat.';
}

export function durationText(duration: LevelChangeDuration): string {
  switch (duration.kind) {
    case 'temporary':
      return `Tillfälligt, fram till ${duration.until}`;
    case 'longer_period':
      return 'Under en längre period';
    case 'lasting':
      return 'Varaktigt';
  }
}

export function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nej';
}

/** Joins Swedish list items: "a, b och c". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
