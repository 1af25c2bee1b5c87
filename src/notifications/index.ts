export { createDispatcher, realSleep, type Dispatcher, type DispatcherOptions, type DispatchStats } from './dispatcher';
export { deadLetters, deadLetterNoticeData, requeueDeadLetter, DEAD_REASON_TEXT, type DeadLetter } from './deadLetters';
export { DEFAULT_RETRY_POLICY, MAX_ATTEMPTS, TEAMS_LIMITS, type DispatchLimits, type RateWindow, type RetryPolicy } from './limits';
export { recipientReachability, type Reachability } from './reachability';
export { SlidingWindowLimiter } from './rateLimiter';
export { wakeWaitingFor, WAITING_PREFIX } from './store';
export type { NotificationPayload, NotificationSender, SendFailure, SendResult, Sleep } from './types';
