/**
 * "Räknas restid?" – one topic per activity in the domain's ACTIVITIES, plus an overview of both
 * categories. Classification, labels, keywords and citations all come from timeCategories.
 */
import { ACTIVITIES, classifyActivity, type ActivityClassification } from '../../domain/timeCategories';
import type { Topic } from '../types';

export const TIME_OVERVIEW_TOPIC_ID = 'time.overview';

export function timeTopicId(activityId: string): string {
  return `time.${activityId}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function answerSv(c: ActivityClassification, onlyIn000: boolean): string {
  const lines = c.levelAssessed
    ? [`Ja. ${c.labelSv} räknas som direkt brukartid och ingår i bedömningen av stödnivån.`]
    : [`Nej. ${c.labelSv} räknas inte som direkt brukartid. Det ingår i insatsen men nivåbedöms inte.`];
  if (onlyIn000) lines.push('Punkten finns i 2021 års dokument (000), inte i dokumentet för lägenhetsboende (003).');
  return lines.join('\n');
}

function activityTopic(activity: (typeof ACTIVITIES)[number]): Topic {
  const c = classifyActivity(activity.id);
  const onlyIn000 = !(activity.sources as readonly string[]).includes('003');
  return {
    id: timeTopicId(activity.id),
    kind: 'time',
    titleSv: `Räknas ${lowerFirst(c.labelSv)} som brukartid?`,
    textSv: answerSv(c, onlyIn000),
    citations: c.citations,
    keywordsSv: [...activity.keywordsSv, 'räknas', 'brukartid'],
  };
}

function overviewTopic(): Topic {
  const direct = ACTIVITIES.filter((a) => a.category === 'direct_client_time').map((a) => lowerFirst(a.labelSv));
  const notAssessed = ACTIVITIES.filter((a) => a.category === 'included_not_assessed').map((a) => lowerFirst(a.labelSv));
  const citations = [
    ...classifyActivity('hembesok').citations,
    ...classifyActivity('restid').citations,
  ];
  return {
    id: TIME_OVERVIEW_TOPIC_ID,
    kind: 'time',
    titleSv: 'Vad räknas som direkt brukartid?',
    textSv: [
      `Räknas (direkt brukartid): ${direct.join('; ')}.`,
      `Räknas inte (ingår i insatsen men nivåbedöms inte): ${notAssessed.join('; ')}.`,
    ].join('\n'),
    citations,
    keywordsSv: ['direkt brukartid', 'räknas', 'räknas inte', 'vilken tid räknas', 'nivåbedömas', 'brukartid'],
  };
}

export function timeTopics(): Topic[] {
  return [overviewTopic(), ...ACTIVITIES.map(activityTopic)];
}
