// Baseline for the benchmark: the plainest teams-ai bot on the same stack as Stödlotsen
// (TeamsAdapter + Application + express, anonymous local auth), echoing each message.
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, MemoryStorage } from 'botbuilder';
import express from 'express';
import { reportToParent } from './child.mjs';

const adapter = new TeamsAdapter({});
const app = new Application({ storage: new MemoryStorage(), adapter, removeRecipientMention: true, startTypingTimer: false });
app.activity(ActivityTypes.Message, async (context) => {
  await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
});

const server = express();
server.use(express.json({ limit: 512 * 1024 }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => app.run(context));
});
const listener = server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = listener.address();
  reportToParent({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => listener.close(resolve)) });
});
