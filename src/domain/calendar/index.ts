export {
  InvalidIsoDateError,
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  addCalendarDays,
  addMonths,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
} from './isoDate';
export type { InvalidIsoDateReason } from './isoDate';
export { listNonWorkingHolidays, swedishHolidayName } from './holidays';
export { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter } from './workingDays';
export { InvalidDateTimeError, STOCKHOLM_ZONE, stockholmDateOfDateTime, toStockholmDate } from './stockholm';
