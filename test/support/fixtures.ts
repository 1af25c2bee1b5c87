import { caseRegistrationSchema, type CaseRegistration, type ClientCase } from '../../src/domain/cases';
import { insertCase } from '../../src/storage/cases.repository';
import type { Db } from '../../src/storage/database';
import { upsertUser, saveConversationRef } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { STAFF } from './conversation';

/** Obviously fictitious people: roles, not names. */
export const CASEWORKER = { id: '29:caseworker-0001', name: 'Testhandläggare', aadObjectId: '00000000-0000-4000-8000-0000000000c1', upn: 'handlaggare.test@example.se' };

/** A fictitious case registration (BST-2026-0042 on the 2025 model, medel). */
export function testRegistration(overrides: Record<string, unknown> = {}): CaseRegistration {
  return caseRegistrationSchema.parse({
    caseReference: 'BST-2026-0042',
    unit: 'Testenheten Hisingen',
    service: 'socialt_boende_med_stod',
    housingForm: 'lagenhetsboende',
    levelModel: 'lagenhetsboende_2025',
    currentLevel: 'medel',
    levelStartDate: '2026-11-02',
    movedInDate: '2026-11-02',
    caseworkerUpn: CASEWORKER.upn,
    paysRent: true,
    rentFromDate: '2026-12-01',
    protectedIdentity: false,
    ...overrides,
  });
}

export async function registerTestCase(db: Db, overrides: Record<string, unknown> = {}, at = new Date('2026-11-02T08:00:00.000Z')): Promise<ClientCase> {
  return insertCase(db, LOCAL_TENANT, STAFF.aadObjectId, testRegistration(overrides), at);
}

/** The caseworker has opened Stödlotsen: we know their UPN and how to reach them. */
export async function caseworkerHasInstalled(db: Db, serviceUrl = 'http://127.0.0.1:1/', at = new Date('2026-11-01T08:00:00.000Z')): Promise<void> {
  await upsertUser(db, { id: CASEWORKER.aadObjectId, tenantId: LOCAL_TENANT, upn: CASEWORKER.upn, teamsUserId: CASEWORKER.id }, at);
  await saveConversationRef(
    db,
    {
      userId: CASEWORKER.aadObjectId,
      tenantId: LOCAL_TENANT,
      serviceUrl,
      reference: { channelId: 'msteams', serviceUrl, conversation: { id: 'conv-caseworker', conversationType: 'personal' }, user: { id: CASEWORKER.id, aadObjectId: CASEWORKER.aadObjectId }, bot: { id: 'bot', name: 'Stödlotsen' } },
    },
    at,
  );
}
