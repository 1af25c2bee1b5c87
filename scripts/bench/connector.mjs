// A fake Bot Connector on loopback: answers every reply at once with 200, keeps the last
// activity posted to each conversation (the bench reads cards from it) and answers the roster
// lookup the bot makes to learn a user's UPN.
import http from 'node:http';

export async function startConnector() {
  const lastByConversation = new Map();
  let posts = 0;
  let seq = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)$/.exec(req.url ?? '');
      if (req.method === 'GET' && member) {
        const id = decodeURIComponent(member[2]);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id, aadObjectId: id, name: 'Testperson', userPrincipalName: `${id}@example.se`, email: `${id}@example.se`, userRole: 'user' }));
        return;
      }
      const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && conversation) {
        posts += 1;
        if (chunks.length) lastByConversation.set(decodeURIComponent(conversation[1]), Buffer.concat(chunks));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"reply-${++seq}"}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${server.address().port}`,
    posts: () => posts,
    /** The last activity the bot posted to a conversation, parsed. */
    last: (conversationId) => {
      const raw = lastByConversation.get(conversationId);
      return raw ? JSON.parse(raw.toString('utf8')) : undefined;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
