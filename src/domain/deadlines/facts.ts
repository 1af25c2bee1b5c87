import { z } from 'zod';
import { SERVICES } from '../case';
import type { IsoDate, Service } from '../case';
import { isIsoDate } from '../calendar';

/**
 * What the deadline engine needs to know about a case: dated events, each optional until it has
 * happened. All dates are Stockholm calendar dates (`YYYY-MM-DD`).
 */
export interface CaseFacts {
  readonly service: Service;

  // Socialt boende med stöd (001, 000/003)
  /** Inflyttningsdatum. */
  readonly movedInDate?: IsoDate;
  /** Date the current stödnivå applies from (initial decision or latest change). */
  readonly currentLevelStartDate?: IsoDate;
  /** The next booked uppföljningsmöte and the staff's underlag for that very meeting. */
  readonly followUp?: FollowUpMeetingFacts;

  // Boendestöd (002)
  /** Date of the biståndsbeslut; anchors the IVO three-month limit when known. */
  readonly decisionDate?: IsoDate;
  /** Date the uppdrag arrived at the boendestöd unit. */
  readonly assignmentReceivedDate?: IsoDate;
  /** First contact with the client after the uppdrag arrived. */
  readonly firstContactDate?: IsoDate;
  /** Verkställighetsdatum: the client started receiving the support. */
  readonly implementationDate?: IsoDate;
  /** The caseworker reported the decision to IVO as not implemented. */
  readonly ivoReportedDate?: IsoDate;
  /** Latest sammanställning of daganteckningar transferred to the journal. */
  readonly lastDaganteckningSummaryDate?: IsoDate;

  // Both services
  readonly uppstartsmoteHeldDate?: IsoDate;
  /** The first genomförandeplan is ready and the caseworker has been told. */
  readonly genomforandeplanReadyDate?: IsoDate;
}

export interface FollowUpMeetingFacts {
  /** ISO 8601 date-time of the booked meeting; without offset it is Stockholm local time. */
  readonly bookedAt: string;
  /** Underlag för uppföljning documented and the caseworker notified. Belongs to this meeting only. */
  readonly underlagSentDate?: IsoDate;
}

const isoDate = z.string().refine(isIsoDate, { message: 'Ogiltigt datum, ange ÅÅÅÅ-MM-DD' });

/** Runtime validation for facts arriving from storage or a form. */
export const caseFactsSchema = z
  .object({
    service: z.enum(SERVICES),
    movedInDate: isoDate.optional(),
    currentLevelStartDate: isoDate.optional(),
    followUp: z
      .object({ bookedAt: z.string().min(10), underlagSentDate: isoDate.optional() })
      .strict()
      .optional(),
    decisionDate: isoDate.optional(),
    assignmentReceivedDate: isoDate.optional(),
    firstContactDate: isoDate.optional(),
    implementationDate: isoDate.optional(),
    ivoReportedDate: isoDate.optional(),
    lastDaganteckningSummaryDate: isoDate.optional(),
    uppstartsmoteHeldDate: isoDate.optional(),
    genomforandeplanReadyDate: isoDate.optional(),
  })
  .strict();

export class InvalidCaseFactError extends Error {
  override readonly name = 'InvalidCaseFactError';

  constructor(
    readonly field: string,
    override readonly cause: unknown,
  ) {
    super(`Ogiltigt värde i ${field}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
