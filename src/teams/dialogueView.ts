import { inputIdOf, renderDialogueStepCard, stepActions } from '../cards/dialogueStep';
import { previewActions, renderDialoguePreviewCard } from '../cards/dialoguePreview';
import { renderNoticeCard } from '../cards/notice';
import type { AdaptiveCardJson } from '../cards/templates';
import { VERBS } from '../cards/verbs';
import type { DialogueView } from '../dialogues/service';

const DELIVERY_TEXT = {
  queued: 'Sammanfattningen är skickad till ansvarig socialsekreterare i Teams.',
  waiting_for_install:
    'Socialsekreteraren har inte börjat använda Stödlotsen ännu, så meddelandet väntar och skickas så snart hen öppnar appen. Vill du inte vänta kan du kopiera texten nedan till Treservas meddelandefunktion.',
  none: '',
} as const;

function subtitleOf(caseReference: string | null, extra?: string): string {
  return [caseReference ? `Ärende ${caseReference}` : '', extra ?? ''].filter(Boolean).join(' · ');
}

/** One card per dialogue state; the same card replaces itself as the user moves on. */
export function renderDialogueView(view: DialogueView): AdaptiveCardJson {
  switch (view.kind) {
    case 'step':
      return renderDialogueStepCard({
        title: view.title,
        subtitle: subtitleOf(view.caseReference, `Steg ${view.stepNumber} av ${view.stepCount}`),
        notice: view.notice ?? '',
        lastEdited: view.lastEdited?.text ?? '',
        errors: view.errors,
        stepTitle: view.step.title,
        source: view.step.source ? `Källa: ${view.step.source}` : '',
        intro: view.step.intro ?? '',
        draftId: view.draft.id,
        version: view.draft.version,
        fields: view.fields.map((f) => ({
          inputId: inputIdOf(f.id),
          kind: f.kind,
          label: f.required ? `${f.label} *` : f.label,
          value: f.value,
          placeholder: f.placeholder ?? '',
          help: f.help ?? '',
          error: f.error ?? '',
          choices: f.choices.map((c) => ({ title: c.title, value: c.value })),
        })),
        actions: stepActions(view.stepNumber === 1, view.stepNumber === view.stepCount, view.reapply),
      });
    case 'preview':
      return renderDialoguePreviewCard({
        title: view.title,
        subtitle: subtitleOf(view.caseReference, 'Förhandsgranskning'),
        notice: view.notice ?? '',
        lastEdited: view.lastEdited?.text ?? '',
        lead: `Kontrollera uppgifterna och tryck på ${view.sendLabel}.`,
        lines: view.text ? view.text.split('\n').map((l) => (l === '' ? ' ' : l)) : [],
        draftId: view.draft.id,
        version: view.draft.version,
        actions: previewActions(view.sendLabel),
      });
    case 'done': {
      const paragraphs = [view.result.confirmation, DELIVERY_TEXT[view.delivery]].filter(Boolean);
      const copyable = view.delivery === 'waiting_for_install' || Boolean(view.result.copyText);
      const copy = copyable && view.text ? view.text.split('\n').map((l) => (l === '' ? ' ' : l)) : [];
      return renderNoticeCard({ title: view.title, subtitle: subtitleOf(view.caseReference), paragraphs, copyLines: copy, actions: [] });
    }
    case 'discarded':
      return renderNoticeCard({ title: view.title, subtitle: '', paragraphs: ['Utkastet är kastat. Inget skickades.'], copyLines: [], actions: [] });
    case 'choose_case':
      return renderNoticeCard({
        title: view.title,
        subtitle: '',
        paragraphs: ['Vilket ärende gäller det?'],
        copyLines: [],
        actions: view.cases.map((c) => ({ title: c.caseReference, verb: VERBS.dialogueStart, data: { dialogue: view.dialogue, caseId: c.id } })),
      });
    case 'message':
      return renderNoticeCard({ title: 'Stödlotsen', subtitle: '', paragraphs: [view.text], copyLines: [], actions: [] });
  }
}
