import { DateTime } from 'luxon';
import { STOCKHOLM_ZONE } from '../domain/calendar';
import type { RetentionPreview } from '../domain/retention';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

type Action = { readonly title: string; readonly verb: string; readonly data: Readonly<Record<string, string>> };

/** The unit manager's gallring card: counts only, never a case reference. */
export interface RetentionPreviewCardData {
  readonly title: string;
  /** Shown as a plain text run (unit names are typed by people). */
  readonly unit: string;
  readonly nextPass: string;
  readonly intro: string;
  readonly categories: readonly { readonly label: string; readonly due: string; readonly rule: string }[];
  readonly warnings: readonly string[];
  readonly notes: readonly string[];
  readonly actions: readonly Action[];
}

/** Teams shows a handful of card buttons; an administrator with more units writes the command per unit. */
const MAX_UNIT_BUTTONS = 5;

const template = loadCardTemplate<RetentionPreviewCardData>('retention-preview');

/** `torsdag 3 december 2026 kl. 03:30` in Stockholm time. */
export function formatPassTime(at: Date): string {
  const local = DateTime.fromJSDate(at, { zone: STOCKHOLM_ZONE }).setLocale('sv');
  return `${local.toFormat('cccc d MMMM yyyy')} kl. ${local.toFormat('HH:mm')}`;
}

export function retentionPreviewCardData(preview: RetentionPreview, otherUnits: readonly string[], now: Date): RetentionPreviewCardData {
  const due = preview.nextPassAt.getTime() <= now.getTime();
  const unexported = preview.unexportedLevelsInClosedCases;
  const showsOutbox = preview.categories.some((c) => c.category === 'outbox');
  return {
    title: 'Gallring – vad som raderas och när',
    unit: preview.unit,
    nextPass: due ? 'Nästa gallring: pågår eller startar inom en minut.' : `Nästa gallring: ${formatPassTime(preview.nextPassAt)}.`,
    intro:
      'Stödlotsen är inget journalsystem. Det som redan finns i Treserva och i administrationens stödnivåregister raderas efter tiderna nedan. Siffrorna är de rader som raderas vid nästa gallring.',
    categories: preview.categories.map((c) => ({ label: c.label, due: String(c.due), rule: c.rule })),
    warnings:
      unexported > 0
        ? [
            `${unexported} stödnivåbeslut i avslutade ärenden som gallras har aldrig exporterats. Skriv ”exportera stödnivåer” före gallringen om de ska med i registret till administrationen.`,
          ]
        : [],
    notes: [
      'Bara antal visas – inga ärendereferenser. Radering är verklig (inte bara dold), och loggen visar bara hur många rader som raderades.',
      'Det stödnivåbeslut som gäller nu sparas så länge ärendet finns kvar, så att nästa export har nivån vid periodens start.',
      ...(showsOutbox ? [] : [`Aviseringar kan inte knytas till en enhet och räknas därför inte här. De raderas ${preview.outboxRule}.`]),
    ],
    actions: [
      { title: 'Uppdatera', verb: VERBS.unitManagerRetention, data: { unit: preview.unit } },
      ...otherUnits
        .filter((u) => u !== preview.unit)
        .slice(0, MAX_UNIT_BUTTONS)
        .map((u) => ({ title: `Visa ${u}`, verb: VERBS.unitManagerRetention, data: { unit: u } })),
    ],
  };
}

export function renderRetentionPreviewCard(data: RetentionPreviewCardData): AdaptiveCardJson {
  return template.render({
    ...data,
    actions: data.actions.map((a) => ({ ...a, data: { ...a.data, verb: a.verb } })),
  });
}
