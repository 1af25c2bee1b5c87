import type { Activity, ConversationAccount } from 'botbuilder';

export function personalConversation(id = 'conv-1', tenantId = 'tenant-test-0001'): ConversationAccount {
  return { id, conversationType: 'personal', tenantId, isGroup: false, name: '' };
}

export function installationUpdate(conversationId = 'conv-1'): Partial<Activity> {
  return { type: 'installationUpdate', action: 'add', conversation: personalConversation(conversationId) };
}

export function botAdded(conversationId = 'conv-1'): Partial<Activity> {
  return {
    type: 'conversationUpdate',
    conversation: personalConversation(conversationId),
    membersAdded: [{ id: 'bot', name: 'Stödlotsen' }],
    recipient: { id: 'bot', name: 'Stödlotsen' },
  };
}
