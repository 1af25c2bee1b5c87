export { computeDeadlines, deadlineStatus, isOpenDeadline, nextDue } from './engine';
export type { Deadline, DeadlineStatus, EarliestDate, Milestone, ProcessDate } from './engine';
export { InvalidCaseFactError, caseFactsSchema } from './facts';
export type { CaseFacts, FollowUpMeetingFacts } from './facts';
export { LEVEL_MINIMUM_MONTHS, earliestOrdinaryLevelChange } from './levelMinimumPeriod';
export {
  DAGANTECKNINGAR_MAX_DAYS,
  DEADLINE_RULE_IDS,
  DUE_SOON_WINDOW_DAYS,
  EARLIEST_DATE_RULE_IDS,
  FIRST_CONTACT_WORKING_DAYS,
  GP_BOENDESTOD_CALENDAR_DAYS,
  GP_SBMS_CALENDAR_DAYS,
  IMPLEMENTATION_MONTHS,
  IVO_REPORT_MONTHS,
  MILESTONE_RULE_IDS,
  PROCESS_RULES,
  UNDERLAG_LEAD_WORKING_DAYS,
  dueSoonWindowDays,
} from './rules';
export type { DeadlineRuleId, EarliestDateRuleId, MilestoneRuleId, ProcessRuleId, ResponsibleRole, RuleInfo } from './rules';
