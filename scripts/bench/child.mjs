// Shared by the bench's bot processes: reports readiness and its own resource use to the
// parent over the IPC channel (no extra HTTP endpoint in the bot under test).
import v8 from 'node:v8';

export function reportToParent(ready) {
  process.on('message', (message) => {
    if (message?.type === 'stats') {
      if (message.gc) globalThis.gc?.();
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      process.send?.({ type: 'stats', id: message.id, cpuUs: cpu.user + cpu.system, rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external, arrayBuffers: memory.arrayBuffers, heapSpaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((h) => [h.space_name, { size: h.space_size, used: h.space_used_size }])) });
    } else if (message?.type === 'stop') {
      Promise.resolve(ready.stop?.()).finally(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', url: ready.url, startMs: Math.round(process.uptime() * 1000) });
}
