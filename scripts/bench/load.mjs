// Closed-loop load: N conversations, each sends its next request only when the previous one
// answered. Latency is measured per request, from write to the full response.
import http from 'node:http';

export async function closedLoop({ url, concurrency, durationMs, next }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL('/api/messages', url);
  const latencies = [];
  const byTag = new Map();
  let errors = 0;
  let firstError;
  const stopAt = performance.now() + durationMs;

  async function conversation(index) {
    while (performance.now() < stopAt) {
      const { body, tag, onResponse } = await next(index);
      const payload = Buffer.from(JSON.stringify(body));
      const started = performance.now();
      const { status, text } = await post(agent, target, payload);
      const ms = performance.now() - started;
      if (status !== 200) {
        errors += 1;
        firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      latencies.push(ms);
      if (tag) (byTag.get(tag) ?? byTag.set(tag, []).get(tag)).push(ms);
      if (onResponse) await onResponse(text);
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => conversation(i)));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { turns: latencies.length, elapsedMs, latencies, byTag, errors, firstError };
}

function post(agent, target, payload) {
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarise(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}
