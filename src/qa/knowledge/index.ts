import type { Topic } from '../types';
import { checklistTopics } from './checklists';
import { deadlineTopics } from './deadlines';
import { factTopics } from './facts';
import { levelTopics } from './levels';
import { timeTopics } from './time';

/** Every topic the bot can answer, built from the domain core's data (plus the hand-written facts). */
export function buildTopics(): readonly Topic[] {
  const topics = [...levelTopics(), ...timeTopics(), ...deadlineTopics(), ...checklistTopics(), ...factTopics()];
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.id)) throw new Error(`qa: duplicate topic id ${topic.id}`);
    seen.add(topic.id);
  }
  return Object.freeze(topics);
}
