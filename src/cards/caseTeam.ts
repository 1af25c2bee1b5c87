import { memberLabel, memberLine, TEAM_ROLE_SV, type TeamMember } from '../domain/caseTeam';
import type { ClientCase } from '../domain/cases';
import { renderNoticeCard } from './notice';
import { loadCardTemplate, type AdaptiveCardJson } from './templates';
import { VERBS } from './verbs';

/** The case team card (`ärendeteam`) and its handover mode (`byt kontaktpersonal`). */
export interface CaseTeamCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly notice: string;
  readonly error: string;
  readonly mode: 'team' | 'handover';
  readonly caseId: string;
  readonly members: readonly string[];
  readonly removable: readonly { readonly title: string; readonly value: string }[];
  readonly staff: readonly { readonly title: string; readonly value: string }[];
  /** `target`: the mode the card shows after the press. */
  readonly actions: readonly { readonly title: string; readonly verb: string; readonly style: 'default' | 'positive' | 'destructive'; readonly target: 'team' | 'handover' }[];
}

export interface CaseTeamView {
  readonly mode: 'team' | 'handover';
  readonly clientCase: Pick<ClientCase, 'id' | 'caseReference' | 'caseworkerUpn'>;
  readonly members: readonly TeamMember[];
  readonly today: string;
  readonly notice?: string;
  readonly error?: string;
}

const template = loadCardTemplate<CaseTeamCardData>('case-team');

export const TEAM_CARD_TITLES = { add: 'Lägg till', remove: 'Ta bort', handover: 'Byt kontaktpersonal', toHandover: 'Byt kontaktpersonal …', back: 'Tillbaka till teamet' } as const;

export function caseTeamCardData(view: CaseTeamView): CaseTeamCardData {
  const { clientCase, members, today, mode } = view;
  const staff = members.filter((m) => m.role === 'staff');
  return {
    title: mode === 'team' ? 'Ärendets team' : 'Byt kontaktpersonal',
    subtitle: `Ärende ${clientCase.caseReference} · ansvarig socialsekreterare ${clientCase.caseworkerUpn}`,
    notice: view.notice ?? '',
    error: view.error ?? '',
    mode,
    caseId: clientCase.id,
    members: members.length ? members.map((m) => `• ${memberLine(m, today)}`) : ['• (ingen kontaktpersonal än)'],
    removable: members.map((m) => ({ title: `${memberLabel(m)} (${TEAM_ROLE_SV[m.role]})`, value: `${m.role}:${m.userId}` })),
    staff: staff.map((m) => ({ title: memberLabel(m), value: m.userId })),
    actions:
      mode === 'team'
        ? [
            { title: TEAM_CARD_TITLES.add, verb: VERBS.teamAdd, style: 'positive', target: 'team' },
            ...(members.length > 1 ? [{ title: TEAM_CARD_TITLES.remove, verb: VERBS.teamRemove, style: 'destructive', target: 'team' } as const] : []),
            { title: TEAM_CARD_TITLES.toHandover, verb: VERBS.teamShow, style: 'default', target: 'handover' },
          ]
        : [
            { title: TEAM_CARD_TITLES.handover, verb: VERBS.teamHandover, style: 'positive', target: 'handover' },
            { title: TEAM_CARD_TITLES.back, verb: VERBS.teamShow, style: 'default', target: 'team' },
          ],
  };
}

export function renderCaseTeamCard(view: CaseTeamView): AdaptiveCardJson {
  return template.render(caseTeamCardData(view));
}

export function renderTeamCaseChoiceCard(mode: 'team' | 'handover', cases: readonly Pick<ClientCase, 'id' | 'caseReference'>[]): AdaptiveCardJson {
  return renderNoticeCard({
    title: mode === 'team' ? 'Ärendets team' : 'Byt kontaktpersonal',
    subtitle: '',
    paragraphs: ['Vilket ärende gäller det?'],
    copyLines: [],
    actions: cases.map((c) => ({ title: c.caseReference, verb: VERBS.teamShow, data: { caseId: c.id, mode } })),
  });
}
