import type { Client as PgClient, ClientConfig } from 'pg';

/**
 * A PostgreSQL session-level advisory lock on a connection of its own (not from the pool: a
 * pooled connection would carry the lock to whichever query borrows it next). The server
 * releases the lock when that session ends, so a killed process loses it as soon as the
 * kernel closes its socket; keepalives bound how long a vanished host can keep it.
 *
 * The key is the lock's name plus the connection's schema: deployments that share one database,
 * one schema each (src/storage/database.ts), each have their own lock.
 */
export interface AdvisoryLock {
  tryAcquire(): Promise<boolean>;
  isHeld(): Promise<boolean>;
  onLost(listener: () => void): void;
  release(): Promise<void>;
  close(): Promise<void>;
  /** Calls `listener` on every NOTIFY on this lock's channel (while the session is open). */
  onNotified(listener: () => void): void;
  /** NOTIFY on this lock's channel, e.g. "something was enqueued" for whoever holds the lock. */
  notify(): Promise<void>;
}

export interface AdvisoryLockOptions {
  readonly url: string;
  readonly name: string;
  /** Per query, and for connecting; a holder that cannot answer within this is not a holder. */
  readonly timeoutMs?: number;
}

export function openAdvisoryLock(options: AdvisoryLockOptions): AdvisoryLock {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const lostListeners: Array<() => void> = [];
  const notifiedListeners: Array<() => void> = [];
  let client: PgClient | undefined;
  let channel: string | undefined;
  let held = false;
  let closed = false;

  const forget = (dead: PgClient) => {
    if (client !== dead) return;
    client = undefined;
    const wasHeld = held;
    held = false;
    dead.end().catch(() => undefined);
    if (wasHeld) lostListeners.forEach((l) => l());
  };

  async function session(): Promise<PgClient> {
    if (client) return client;
    if (closed) throw new Error('advisory lock closed');
    // Loaded only when PostgreSQL is configured, as in src/storage/database.ts.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Client } = require('pg') as { Client: new (config: ClientConfig) => PgClient };
    const fresh = new Client({ connectionString: options.url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, keepAlive: true, keepAliveInitialDelayMillis: 5_000 });
    fresh.on('error', () => forget(fresh));
    fresh.on('end', () => forget(fresh));
    fresh.on('notification', (message) => {
      if (message.channel === channel) notifiedListeners.forEach((l) => l());
    });
    await fresh.connect();
    // The server notices a silent client within ~15 s instead of the OS default of hours (ignored on unix sockets).
    await fresh.query('set tcp_keepalives_idle = 5; set tcp_keepalives_interval = 2; set tcp_keepalives_count = 5').catch(() => undefined);
    const { rows } = await fresh.query<{ schema: string | null }>('select current_schema() as schema');
    channel = `${options.name}:${rows[0]?.schema ?? ''}`.slice(0, 63);
    await fresh.query(`listen ${fresh.escapeIdentifier(channel)}`);
    client = fresh;
    return fresh;
  }

  return {
    async tryAcquire() {
      if (closed) return false;
      if (held) return true;
      const c = await session();
      const { rows } = await c.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1), hashtext(coalesce(current_schema(), $2))) as locked', [options.name, '']);
      held = rows[0]?.locked === true;
      return held;
    },
    async isHeld() {
      if (!held || !client) return false;
      const c = client;
      try {
        await c.query('select 1');
        return held;
      } catch {
        forget(c);
        return false;
      }
    },
    onLost: (listener) => void lostListeners.push(listener),
    onNotified: (listener) => void notifiedListeners.push(listener),
    async notify() {
      const c = await session();
      await c.query('select pg_notify($1, $2)', [channel, '']);
    },
    async release() {
      if (!held || !client) return;
      held = false;
      await client.query('select pg_advisory_unlock(hashtext($1), hashtext(coalesce(current_schema(), $2)))', [options.name, '']);
    },
    async close() {
      closed = true;
      held = false;
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
