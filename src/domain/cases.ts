import { z } from 'zod';
import { HOUSING_FORMS, LEVEL_MODEL_IDS, SERVICES, type HousingForm, type IsoDate, type LevelModelId, type Service } from './case';
import { isIsoDate } from './calendar';
import type { MovedOnDestination } from './caseClosing';
import type { CaseFacts } from './deadlines';
import { isLevelId } from './levels/models';
import { levelModelFor } from './levels/modelSelection';
import { parseCaseReference, type CaseReference } from './privacy/caseReference';
import { freeTextSchema } from './privacy/freeText';

/** A client's case as Stödlotsen knows it: a pseudonymous reference and process dates, no content. */
export interface ClientCase {
  readonly id: string;
  readonly tenantId: string;
  readonly caseReference: CaseReference;
  readonly unit: string;
  readonly service: Service;
  readonly housingForm: HousingForm;
  readonly levelModel: LevelModelId | null;
  readonly currentLevel: string | null;
  readonly levelStartDate: IsoDate | null;
  readonly movedInDate: IsoDate | null;
  readonly assignmentDate: IsoDate | null;
  readonly implementationDate: IsoDate | null;
  readonly caseworkerUpn: string;
  readonly paysRent: boolean;
  readonly rentFromDate: IsoDate | null;
  readonly protectedIdentity: boolean;
  readonly uppstartsmoteDate: IsoDate | null;
  readonly followUpBookedAt: string | null;
  readonly genomforandeplanDate: IsoDate | null;
  readonly lastUnderlagDate: IsoDate | null;
  readonly createdBy: string;
  readonly version: number;
  /** The day the client moved on (case closed); null or absent while open. */
  readonly closedOn?: IsoDate | null;
  readonly movedOnTo?: MovedOnDestination | null;
}

export const UNIT_MAX_LENGTH = 120;

const optionalIsoDate = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isIsoDate(v), message);

/** Email-shaped UPN, the way the caseworker is picked in Teams. */
export const upnSchema = z
  .string({ required_error: 'Ange socialsekreterarens e-postadress.' })
  .trim()
  .toLowerCase()
  .max(320, 'E-postadressen är för lång.')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Ange socialsekreterarens e-postadress i Teams, till exempel fornamn.efternamn@example.se.');

/** What staff enter when registering a case (Ärenden, issue 4). */
export const caseRegistrationSchema = z
  .object({
    caseReference: z.unknown().transform((raw, ctx): CaseReference => {
      const parsed = parseCaseReference(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.messageSv });
      return z.NEVER;
    }),
    unit: freeTextSchema({ field: 'Enhet', maxLength: UNIT_MAX_LENGTH, required: true }),
    service: z.enum(SERVICES, { errorMap: () => ({ message: 'Välj insats.' }) }),
    housingForm: z.enum(HOUSING_FORMS, { errorMap: () => ({ message: 'Välj boendeform.' }) }),
    levelModel: z.enum(LEVEL_MODEL_IDS).optional(),
    currentLevel: z.string().optional(),
    levelStartDate: optionalIsoDate('Ange datumet då stödnivån började gälla som ÅÅÅÅ-MM-DD.'),
    movedInDate: optionalIsoDate('Ange inflyttningsdatum som ÅÅÅÅ-MM-DD.'),
    assignmentDate: optionalIsoDate('Ange datumet då uppdraget kom som ÅÅÅÅ-MM-DD.'),
    caseworkerUpn: upnSchema,
    paysRent: z.boolean(),
    rentFromDate: optionalIsoDate('Ange från vilket datum hyran betalas som ÅÅÅÅ-MM-DD.'),
    protectedIdentity: z.boolean(),
  })
  .superRefine((c, ctx) => {
    if (c.service === 'boendestod' && c.housingForm !== 'eget_boende') {
      ctx.addIssue({ code: 'custom', path: ['housingForm'], message: 'Boendestöd ges i den egna bostaden: välj ”eget boende”.' });
    }
    if (c.service === 'socialt_boende_med_stod' && c.housingForm === 'eget_boende') {
      ctx.addIssue({ code: 'custom', path: ['housingForm'], message: 'Välj vilken boendeform inom socialt boende med stöd det gäller.' });
    }
    if (c.service === 'socialt_boende_med_stod' && !c.movedInDate) {
      ctx.addIssue({ code: 'custom', path: ['movedInDate'], message: 'Ange inflyttningsdatum (ÅÅÅÅ-MM-DD).' });
    }
    if (c.service === 'boendestod' && !c.assignmentDate) {
      ctx.addIssue({ code: 'custom', path: ['assignmentDate'], message: 'Ange datumet då uppdraget kom (ÅÅÅÅ-MM-DD).' });
    }
    if (c.levelModel) {
      if (!c.currentLevel || !isLevelId(c.levelModel, c.currentLevel)) {
        ctx.addIssue({ code: 'custom', path: ['currentLevel'], message: 'Välj en stödnivå som finns i nivåmodellen.' });
      }
      if (!c.levelStartDate) {
        ctx.addIssue({ code: 'custom', path: ['levelStartDate'], message: 'Ange från vilket datum stödnivån gäller (ÅÅÅÅ-MM-DD).' });
      }
    }
    if (c.paysRent && !c.rentFromDate) {
      ctx.addIssue({ code: 'custom', path: ['rentFromDate'], message: 'Ange från vilket datum den enskilde betalar hyra (ÅÅÅÅ-MM-DD).' });
    }
  });

export type CaseRegistration = z.output<typeof caseRegistrationSchema>;

/** The level model a new case should use by default (003 from 2025-04-01, else 000), if any. */
export function suggestedLevelModel(service: Service, housingForm: HousingForm, decisionDate: IsoDate): LevelModelId | null {
  const selection = levelModelFor({ service, housingForm, decisionDate });
  return selection.model;
}

/** The deadline engine's view of a case. */
export function caseFactsOf(c: ClientCase): CaseFacts {
  return {
    service: c.service,
    ...(c.movedInDate ? { movedInDate: c.movedInDate } : {}),
    ...(c.levelStartDate ? { currentLevelStartDate: c.levelStartDate } : {}),
    ...(c.assignmentDate ? { assignmentReceivedDate: c.assignmentDate } : {}),
    ...(c.implementationDate ? { implementationDate: c.implementationDate } : {}),
    ...(c.uppstartsmoteDate ? { uppstartsmoteHeldDate: c.uppstartsmoteDate } : {}),
    ...(c.genomforandeplanDate ? { genomforandeplanReadyDate: c.genomforandeplanDate } : {}),
    ...(c.followUpBookedAt
      ? { followUp: { bookedAt: c.followUpBookedAt, ...(c.lastUnderlagDate && c.lastUnderlagDate <= c.followUpBookedAt.slice(0, 10) ? { underlagSentDate: c.lastUnderlagDate } : {}) } }
      : {}),
  };
}
