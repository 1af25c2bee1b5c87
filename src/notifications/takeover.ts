import { conversationScope, tenantScope, type DispatchContext } from './dispatchContext';
import { recentSends, releaseForeignLeases } from './store';

export interface TakeOverResult {
  /** Rows a previous dispatcher still held, now due again. */
  readonly released: number;
  /** Its sends within Teams' longest window, now counted by this dispatcher's limiter. */
  readonly counted: number;
}

/**
 * Becoming the one dispatcher of a shared database. The previous one is gone (its session, and
 * with it the advisory lock, ended) or cut off; either way its leases are taken back and its
 * recent sends counted, so the per-conversation 60/30 s and 1,800/h windows hold across the
 * change of dispatcher, not only within one process.
 */
export async function takeOver(ctx: DispatchContext): Promise<TakeOverResult> {
  const nowMs = ctx.clock.now().getTime();
  const longest = Math.max(...[...ctx.limits.perConversation, ...ctx.limits.perTenant].map((w) => w.windowMs));
  const released = await releaseForeignLeases(ctx.db, ctx.instanceId);
  const sends = await recentSends(ctx.db, new Date(nowMs - longest - ctx.limits.marginMs));
  for (const send of sends) {
    const at = send.at === null ? nowMs : Date.parse(send.at);
    const scopes = [tenantScope(ctx.limits, send.tenantId), ...(send.conversationId === null ? [] : [conversationScope(ctx.limits, send.conversationId)])];
    ctx.limiter.recordSent(scopes, at);
  }
  return { released, counted: sends.length };
}
