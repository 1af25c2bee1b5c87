import { caseRegistrationSchema, type ClientCase } from '../../src/domain/cases';
import type { MovedOnDestination } from '../../src/domain/caseClosing';
import { closeCase, insertCase, updateCaseProcess } from '../../src/storage/cases.repository';
import type { Db } from '../../src/storage/database';
import { insertLevelHistory } from '../../src/storage/levels.repository';
import { assignRole } from '../../src/storage/roles.repository';
import { upsertUser } from '../../src/storage/users.repository';
import { LOCAL_TENANT } from '../../src/teams/identity';
import { STAFF } from '../support/conversation';
import { CASEWORKER } from '../support/fixtures';

/**
 * A unit with known level histories, all fictitious. The test clock says 2026-11-23 and the
 * period is the calendar year so far, 2026-01-01 – 2026-11-23.
 */
export const TODAY = '2026-11-23';
export const NOW = '2026-11-23T09:00:00.000Z';
export const PERIOD = { from: '2026-01-01', to: '2026-11-23' } as const;
export const HISINGEN = 'Testenheten Hisingen';
export const ANGERED = 'Testenheten Angered';

export const MANAGER_HISINGEN = { id: '29:manager-0001', name: 'Testchef Hisingen', aadObjectId: '00000000-0000-4000-8000-0000000000e1', upn: 'enhetschef.hisingen@example.se' };
export const MANAGER_ANGERED = { id: '29:manager-0002', name: 'Testchef Angered', aadObjectId: '00000000-0000-4000-8000-0000000000e2', upn: 'enhetschef.angered@example.se' };
export const ADMIN = { id: '29:admin-0001', name: 'Testadministratör', aadObjectId: '00000000-0000-4000-8000-0000000000a1', upn: 'admin.test@example.se' };
export const ROLE_ADMIN = { id: '29:admin-0002', name: 'Testadministratör 2', aadObjectId: '00000000-0000-4000-8000-0000000000a2', upn: 'admin.roll@example.se' };
export const NEW_MANAGER = { id: '29:manager-0003', name: 'Ny testchef', aadObjectId: '00000000-0000-4000-8000-0000000000e3', upn: 'ny.enhetschef@example.se' };
export const NO_UPN_USER = { id: '29:unknown-0001', name: 'Okänd testperson', aadObjectId: '00000000-0000-4000-8000-0000000000f1' };

type Level = { model?: 'lagenhetsboende_2025' | 'sydvast_2021_lagenhet' | 'sydvast_2021_kollektiv'; level: string; validFrom: string; previous: string | null; reason: 'initial' | 'increase' | 'decrease'; decidedAt: string };

interface CaseSpec {
  readonly reference: string;
  readonly unit?: string;
  readonly registration: Record<string, unknown>;
  readonly levels?: readonly Level[];
  readonly genomforandeplan?: string;
  readonly closed?: { on: string; to: MovedOnDestination };
}

const LAG = 'lagenhetsboende_2025';

/** Every case of the fixture; the comments give what the register and statistics must make of it. */
export const FIXTURE_CASES: readonly CaseSpec[] = [
  {
    // Level in force at the period start (medel from 2025), raised and lowered in the period;
    // a decision applying from 2026-12-01 lies after the period and after today.
    reference: 'BST-2026-0101',
    registration: { housingForm: 'lagenhetsboende', levelModel: LAG, currentLevel: 'hog', levelStartDate: '2026-12-01', movedInDate: '2025-11-10' },
    levels: [
      { level: 'medel', validFrom: '2025-11-10', previous: null, reason: 'initial', decidedAt: '2025-11-10T09:00:00.000Z' },
      { level: 'hog', validFrom: '2026-02-01', previous: 'medel', reason: 'increase', decidedAt: '2026-01-28T10:00:00.000Z' },
      { level: 'medel', validFrom: '2026-06-15', previous: 'hog', reason: 'decrease', decidedAt: '2026-06-10T12:00:00.000Z' },
      { level: 'hog', validFrom: '2026-12-01', previous: 'medel', reason: 'increase', decidedAt: '2026-11-20T10:00:00.000Z' },
    ],
    genomforandeplan: '2025-11-20',
  },
  {
    // Kollektiv (000): nivå 2 on moving in, nivå 1 from April; decided 00:30 Stockholm time on 31 March.
    reference: 'BST-2026-0102',
    registration: { housingForm: 'langsiktigt_kollektiv', levelModel: 'sydvast_2021_kollektiv', currentLevel: '1', levelStartDate: '2026-04-01', movedInDate: '2026-03-02' },
    levels: [
      { model: 'sydvast_2021_kollektiv', level: '2', validFrom: '2026-03-02', previous: null, reason: 'initial', decidedAt: '2026-03-02T08:00:00.000Z' },
      { model: 'sydvast_2021_kollektiv', level: '1', validFrom: '2026-04-01', previous: '2', reason: 'increase', decidedAt: '2026-03-30T22:30:00.000Z' },
    ],
    genomforandeplan: '2026-03-12', // 10 days: within ca 14
  },
  {
    // Genomförandeplan late (21 days); moved on to a träningslägenhet in September.
    reference: 'BST-2026-0103',
    registration: { housingForm: 'lagenhetsboende', levelModel: LAG, currentLevel: 'lag', levelStartDate: '2026-05-04', movedInDate: '2026-05-04' },
    levels: [{ level: 'lag', validFrom: '2026-05-04', previous: null, reason: 'initial', decidedAt: '2026-05-04T07:15:00.000Z' }],
    genomforandeplan: '2026-05-25',
    closed: { on: '2026-09-30', to: 'traningslagenhet' },
  },
  {
    // No genomförandeplan although due 2026-11-09: missed, and overdue today.
    reference: 'BST-2026-0104',
    registration: { housingForm: 'lagenhetsboende', levelModel: LAG, currentLevel: 'hog', levelStartDate: '2026-10-26', movedInDate: '2026-10-26' },
    levels: [{ level: 'hog', validFrom: '2026-10-26', previous: null, reason: 'initial', decidedAt: '2026-10-26T13:00:00.000Z' }],
  },
  {
    // Boendestöd: no stödnivå; first contact was due 2026-11-05 (3 working days) and is overdue.
    reference: 'BST-2026-0105',
    registration: { service: 'boendestod', housingForm: 'eget_boende', levelModel: undefined, currentLevel: undefined, levelStartDate: undefined, movedInDate: undefined, assignmentDate: '2026-11-02', paysRent: false, rentFromDate: undefined },
  },
  {
    // Moved in a week ago: genomförandeplan not yet due.
    reference: 'BST-2026-0106',
    registration: { housingForm: 'lagenhetsboende', levelModel: LAG, currentLevel: 'lag', levelStartDate: '2026-11-16', movedInDate: '2026-11-16' },
    levels: [{ level: 'lag', validFrom: '2026-11-16', previous: null, reason: 'initial', decidedAt: '2026-11-16T10:00:00.000Z' }],
  },
  {
    // Closed before the period: no row, not active, not among this period's moves on.
    reference: 'BST-2026-0107',
    registration: { housingForm: 'kortsiktigt_lagenhet', levelModel: 'sydvast_2021_lagenhet', currentLevel: '3', levelStartDate: '2024-05-01', movedInDate: '2024-05-01' },
    levels: [{ model: 'sydvast_2021_lagenhet', level: '3', validFrom: '2024-05-01', previous: null, reason: 'initial', decidedAt: '2024-05-01T09:00:00.000Z' }],
    genomforandeplan: '2024-05-10',
    closed: { on: '2025-12-20', to: 'eget_kontrakt' },
  },
  {
    // Genomförandeplan on day 14 exactly (within); moved on to a försökslägenhet this month.
    reference: 'BST-2026-0108',
    registration: { housingForm: 'lagenhetsboende', levelModel: LAG, currentLevel: 'medel', levelStartDate: '2026-08-03', movedInDate: '2026-08-03' },
    levels: [{ level: 'medel', validFrom: '2026-08-03', previous: null, reason: 'initial', decidedAt: '2026-08-03T11:00:00.000Z' }],
    genomforandeplan: '2026-08-17',
    closed: { on: '2026-11-10', to: 'provlagenhet' },
  },
  {
    // Another unit: never in Hisingen's register or statistics.
    reference: 'BST-2026-0201',
    unit: ANGERED,
    registration: { housingForm: 'lagenhetsboende', levelModel: LAG, currentLevel: 'lag', levelStartDate: '2026-02-02', movedInDate: '2026-02-02' },
    levels: [{ level: 'lag', validFrom: '2026-02-02', previous: null, reason: 'initial', decidedAt: '2026-02-02T09:00:00.000Z' }],
    genomforandeplan: '2026-02-10',
  },
];

export async function seedCases(db: Db, tenantId = LOCAL_TENANT): Promise<Map<string, ClientCase>> {
  const created = new Map<string, ClientCase>();
  for (const spec of FIXTURE_CASES) {
    const registration = caseRegistrationSchema.parse({
      caseReference: spec.reference,
      unit: spec.unit ?? HISINGEN,
      service: 'socialt_boende_med_stod',
      caseworkerUpn: CASEWORKER.upn,
      paysRent: true,
      rentFromDate: '2026-01-01',
      protectedIdentity: false,
      ...spec.registration,
    });
    const c = await insertCase(db, tenantId, STAFF.aadObjectId, registration, new Date('2026-11-01T08:00:00.000Z'));
    for (const l of spec.levels ?? []) {
      await insertLevelHistory(db, {
        tenantId,
        caseId: c.id,
        model: l.model ?? LAG,
        level: l.level,
        validFrom: l.validFrom,
        previousLevel: l.previous,
        reasonCategory: l.reason,
        decidedBy: CASEWORKER.aadObjectId,
        decidedByRole: 'caseworker',
        decidedAt: l.decidedAt,
      });
    }
    if (spec.genomforandeplan) await updateCaseProcess(db, c.id, { genomforandeplan_date: spec.genomforandeplan }, new Date('2026-11-01T08:00:00.000Z'));
    if (spec.closed) await closeCase(db, c.id, spec.closed.on, spec.closed.to, new Date('2026-11-01T08:00:00.000Z'));
    created.set(spec.reference, c);
  }
  return created;
}

/** Who is who: everyone has opened Stödlotsen, so their UPN is known; roles as named. */
export async function seedPeople(db: Db, tenantId = LOCAL_TENANT): Promise<void> {
  const at = new Date('2026-11-01T08:00:00.000Z');
  for (const person of [MANAGER_HISINGEN, MANAGER_ANGERED, ADMIN, ROLE_ADMIN, NEW_MANAGER, CASEWORKER]) {
    await upsertUser(db, { id: person.aadObjectId, tenantId, upn: person.upn, teamsUserId: person.id }, at);
  }
  await upsertUser(db, { id: STAFF.aadObjectId, tenantId, upn: 'personal.test@example.se', teamsUserId: STAFF.id }, at);
  await assignRole(db, tenantId, MANAGER_HISINGEN.upn, 'unit_manager', HISINGEN, at);
  await assignRole(db, tenantId, MANAGER_ANGERED.upn, 'unit_manager', ANGERED, at);
  await assignRole(db, tenantId, ROLE_ADMIN.upn, 'admin', '', at);
}
