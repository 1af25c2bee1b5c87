/** Card action verbs: the only strings a card sends back. Handlers are registered per verb. */
export const VERBS = {
  dialogueNext: 'dialogue.next',
  dialogueBack: 'dialogue.back',
  dialogueSave: 'dialogue.save',
  dialoguePreview: 'dialogue.preview',
  dialogueEdit: 'dialogue.edit',
  dialogueSend: 'dialogue.send',
  dialogueDiscard: 'dialogue.discard',
  dialogueStart: 'dialogue.start',
  dialogueReapply: 'dialogue.reapply',
  teamShow: 'team.show',
  teamAdd: 'team.add',
  teamRemove: 'team.remove',
  teamHandover: 'team.handover',
  draftResume: 'draft.resume',
  summaryAcknowledge: 'summary.acknowledge',
  summaryShow: 'summary.show',
  levelKeep: 'level.keep',
  levelChange: 'level.change',
  qaTopic: 'qa.topic',
  qaSection: 'qa.section',
  outboxRequeue: 'outbox.requeue',
  unitManagerChoose: 'unitManager.choose',
  unitManagerExport: 'unitManager.export',
  unitManagerStatistics: 'unitManager.statistics',
  unitManagerRetention: 'unitManager.retention',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);
