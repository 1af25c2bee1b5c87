import type { Activity, ConversationAccount } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { guardTurn, type GuardVerdict } from '../../src/teams/guard';
import { isAllowedServiceUrl } from '../../src/teams/serviceUrl';
import { localConfig } from '../support/testDeps';
import { contextFor, OTHER_TENANT, PRODUCTION_ENV, productionConfig, TENANT, teamsActivity } from './support';

const production = productionConfig();
const local = localConfig();
const allowed: GuardVerdict = { allowed: true };
const denied = (reason: string) => ({ allowed: false, reason });

const group = { id: '19:group', conversationType: 'groupChat', tenantId: TENANT, isGroup: true, name: '' };
const channel = { id: '19:channel', conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' };

describe('the tenant, channel and conversation guard (production)', () => {
  it.each<[string, Partial<Activity>, GuardVerdict | ReturnType<typeof denied>]>([
    ['a 1:1 message in the configured tenant', {}, allowed],
    ['a card action in the configured tenant', { type: 'invoke', name: 'adaptiveCard/action' }, allowed],
    ['another tenant', { conversation: { ...teamsActivity().conversation!, tenantId: OTHER_TENANT }, channelData: { tenant: { id: OTHER_TENANT } } }, denied('tenant_not_allowed')],
    ['no tenant at all', { conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' } as ConversationAccount, channelData: {} }, denied('tenant_not_allowed')],
    ['tenant only in channelData', { conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' } as ConversationAccount }, allowed],
    ['two tenant claims that disagree', { channelData: { tenant: { id: OTHER_TENANT } } }, denied('tenant_not_allowed')],
    ['the Emulator channel', { channelId: 'emulator' }, denied('channel_not_allowed')],
    ['the in-process test channel', { channelId: 'test' }, denied('channel_not_allowed')],
    ['Web Chat', { channelId: 'webchat' }, denied('channel_not_allowed')],
    ['a service URL off the allowlist', { serviceUrl: 'https://evil.example/teams/' }, denied('service_url_not_allowed')],
    ['an http service URL', { serviceUrl: 'http://smba.trafficmanager.net/emea/' }, denied('service_url_not_allowed')],
    ['a loopback service URL (production)', { serviceUrl: 'http://127.0.0.1:3978/' }, denied('service_url_not_allowed')],
    ['a group-chat message', { conversation: group }, denied('not_personal')],
    ['a channel card action', { type: 'invoke', name: 'adaptiveCard/action', conversation: channel }, denied('not_personal')],
    ['a group-chat reaction', { type: 'messageReaction', conversation: group }, denied('not_personal_ignored')],
    ['the bot added to a group chat', { type: 'conversationUpdate', conversation: group }, allowed],
    ['the app installed in a team', { type: 'installationUpdate', conversation: channel }, allowed],
    ['a conversation without conversationType', { conversation: { id: 'a:1', tenantId: TENANT, isGroup: false, name: '' } as ConversationAccount }, denied('not_personal')],
    ['"personal" that says it is a group', { conversation: { ...teamsActivity().conversation!, isGroup: true } }, denied('not_personal')],
  ])('%s', (_label, overrides, expected) => {
    expect(guardTurn(contextFor(teamsActivity(overrides)), production)).toEqual(expected);
  });
});

describe('the guard in local mode (Playground, Emulator, tests)', () => {
  it.each<[string, Partial<Activity>, GuardVerdict | ReturnType<typeof denied>]>([
    ['any tenant', { conversation: { ...teamsActivity().conversation!, tenantId: OTHER_TENANT }, channelData: {} }, allowed],
    ['no tenant', { conversation: { id: 'c', isGroup: false, name: '' } as ConversationAccount, channelData: {} }, allowed],
    ['the Emulator on loopback', { channelId: 'emulator', serviceUrl: 'http://localhost:50123' }, allowed],
    ['the TestAdapter (never sends HTTP)', { channelId: 'test', serviceUrl: 'https://test.com' }, allowed],
    ['Slack', { channelId: 'slack' }, denied('channel_not_allowed')],
    ['a non-loopback http service URL', { serviceUrl: 'http://10.0.0.5:3978/' }, denied('service_url_not_allowed')],
    ['a group chat', { conversation: group }, denied('not_personal')],
  ])('%s', (_label, overrides, expected) => {
    expect(guardTurn(contextFor(teamsActivity(overrides)), local)).toEqual(expected);
  });
});

describe('service URL allowlist', () => {
  it.each([
    ['https://smba.trafficmanager.net/emea/', true],
    ['https://smba.trafficmanager.net/teams/', true],
    ['https://SMBA.TrafficManager.net/amer/', true],
    ['https://smba.trafficmanager.net:443/emea/', true],
    ['https://europe.webchat.botframework.com/', true],
    ['https://botframework.com/', false],
    ['https://smba.trafficmanager.net.evil.example/', false],
    ['https://evilbotframework.com/', false],
    ['https://smba.trafficmanager.net:8443/emea/', false],
    ['https://user:pw@smba.trafficmanager.net/emea/', false],
    ['http://smba.trafficmanager.net/emea/', false],
    ['ftp://smba.trafficmanager.net/', false],
    ['http://127.0.0.1:3978/', false],
    ['not a url', false],
    ['', false],
  ])('production: %s → %s', (url, expected) => {
    expect(isAllowedServiceUrl(url, production)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:56150/', true],
    ['http://localhost:3978/', true],
    ['http://[::1]:3978/', true],
    ['https://smba.trafficmanager.net/emea/', true],
    ['http://192.168.1.10:3978/', false],
    ['http://127.0.0.1.evil.example/', false],
  ])('local: %s → %s', (url, expected) => {
    expect(isAllowedServiceUrl(url, local)).toBe(expected);
  });

  it('refuses values that are not strings', () => {
    expect(isAllowedServiceUrl(undefined, production)).toBe(false);
    expect(isAllowedServiceUrl({ href: 'https://smba.trafficmanager.net/' }, production)).toBe(false);
  });

  it('takes the allowlist from SERVICE_URL_ALLOWLIST, replacing the default', () => {
    const config = productionConfig({ SERVICE_URL_ALLOWLIST: 'smba.infra.gcc.teams.microsoft.com, *.example.se' });
    expect(config.serviceUrlAllowlist).toEqual(['smba.infra.gcc.teams.microsoft.com', '*.example.se']);
    expect(isAllowedServiceUrl('https://smba.infra.gcc.teams.microsoft.com/x/', config)).toBe(true);
    expect(isAllowedServiceUrl('https://bot.example.se/', config)).toBe(true);
    expect(isAllowedServiceUrl('https://smba.trafficmanager.net/emea/', config)).toBe(false);
  });
});

describe('security configuration', () => {
  it('defaults: msteams only, Teams service hosts, 30 days retention', () => {
    expect(production.allowedChannels).toEqual(['msteams']);
    expect(production.serviceUrlAllowlist).toEqual(['smba.trafficmanager.net', '*.botframework.com']);
    expect(production.retentionDays).toBe(30);
    expect(production.auditRetentionDays).toBe(730);
    expect(local.allowedChannels).toEqual(['msteams', 'test', 'emulator']);
  });

  it.each([
    [{ ALLOWED_CHANNELS: 'msteams,emulator' }, 'ALLOWED_CHANNELS'],
    [{ SERVICE_URL_ALLOWLIST: '*' }, 'SERVICE_URL_ALLOWLIST'],
    [{ SERVICE_URL_ALLOWLIST: 'https://smba.trafficmanager.net/' }, 'SERVICE_URL_ALLOWLIST'],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS'],
    [{ RETENTION_DAYS: 'trettio' }, 'RETENTION_DAYS'],
    [{ AUDIT_RETENTION_DAYS: '7' }, 'AUDIT_RETENTION_DAYS'],
  ])('refuses %j in production', (env, name) => {
    expect(() => loadConfig({ ...PRODUCTION_ENV, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION_ENV, ...env })).toThrow(name);
  });

  it('reads RETENTION_DAYS', () => {
    expect(productionConfig({ RETENTION_DAYS: '14' }).retentionDays).toBe(14);
  });
});
