/**
 * Answers for the summary tests. All data is invented; the client appears only as a case
 * reference. Inputs are plain objects (as they arrive from a card) and are parsed by the schemas.
 */

export const UPPSTARTSMOTE_SOCIALT_FULL = {
  service: 'socialt_boende_med_stod',
  caseReference: 'BST-2026-0042',
  date: '2026-03-02',
  participants: { roles: ['client', 'caseworker', 'contactStaff'], others: 'Tolk på telefon' },
  sinceMoveIn: 'Har kommit i ordning i lägenheten och sover bättre.\r\nHar handlat och lagat mat själv flera gånger.  ',
  assignmentReview: 'Uppdraget gicks igenom. Boendecoachning läggs till, daglig tillsyn tas bort.',
  clientGoals: {
    thoughtsAndGoals: 'Vill ha ett eget kontrakt inom ett år och börja på en sysselsättning.',
    prioritisedGoals: 'Betala hyran själv varje månad.',
  },
  followUp: {
    how: 'Möte på boendet med den enskilde, kontaktpersonal och socialsekreterare.',
    firstMeetingDate: '2026-04-14',
    firstMeetingTime: '10:00',
  },
  levelCheck: { modelId: 'lagenhetsboende_2025', levelId: 'medel', outcome: 'confirmed', comment: 'Stämmer med behoven hittills.' },
} as const;

export const UPPSTARTSMOTE_SOCIALT_MINIMAL = {
  service: 'socialt_boende_med_stod',
  caseReference: 'BST-2026-0043',
  date: '2026-03-03',
  participants: { roles: ['client', 'caseworker', 'contactStaff'] },
  sinceMoveIn: 'Det har fungerat bra.',
  assignmentReview: 'Inga ändringar i uppdraget.',
  clientGoals: { thoughtsAndGoals: 'Vill bo kvar och få ordning på ekonomin.', prioritisedGoals: '   ' },
  followUp: { how: 'Möte på socialkontoret.', firstMeetingDate: '2026-04-15' },
  levelCheck: { modelId: 'sydvast_2021_kollektiv', levelId: '2', outcome: 'confirmed' },
} as const;

export const UPPSTARTSMOTE_BOENDESTOD_FULL = {
  service: 'boendestod',
  caseReference: 'FFS-2026-0107',
  date: '2026-02-10',
  participants: { roles: ['contactStaff', 'client', 'caseworker'], others: 'Stödpedagog' },
  workingMethods: 'Boendestödet berättade om ESL och om att planen tas fram tillsammans.',
  assignmentReview: 'Uppdraget lästes igenom tillsammans. Den enskilde vill börja med struktur för veckan.',
  genomforandeplan: { status: 'started', comment: 'Två delmål formulerades.' },
  caseworkerReason: 'Helt nytt ärende utan tidigare information.',
} as const;

export const UPPSTARTSMOTE_BOENDESTOD_MINIMAL = {
  service: 'boendestod',
  caseReference: 'FFS-2026-0108',
  date: '2026-02-11',
  participants: { roles: ['client', 'contactStaff'] },
  workingMethods: 'Arbetssätten gicks igenom.',
  assignmentReview: 'Uppdraget gicks igenom.',
  genomforandeplan: { status: 'at_next_visit' },
  // Written although the caseworker did not attend: must not be shown.
  caseworkerReason: 'Ska inte synas.',
} as const;

export const GENOMFORANDEPLAN_SOCIALT_FULL = {
  service: 'socialt_boende_med_stod',
  caseReference: 'BST-2026-0042',
  date: '2026-03-13',
  what: 'Stöd med hyresinbetalning och kontakt med vårdcentralen.',
  who: 'Kontaktpersonal stöttar; den enskilde betalar själv via autogiro.',
  when: 'Varje måndag förmiddag.',
  how: 'Gemensam genomgång av post och kalender.',
  participation: 'declined',
  participationEfforts: 'Erbjudits två samtal och en skriftlig version. Markerat i planen.',
} as const;

export const GENOMFORANDEPLAN_SOCIALT_MINIMAL = {
  service: 'socialt_boende_med_stod',
  caseReference: 'BST-2026-0043',
  date: '2026-03-16',
  what: 'Stöd med hyra.',
  who: 'Kontaktpersonal.',
  when: 'Varje vecka.',
  how: 'Samtal.',
  participation: 'participated',
  // Written although the client took part: must not be shown.
  participationEfforts: 'Ska inte synas.',
} as const;

export const GENOMFORANDEPLAN_BOENDESTOD_FULL = {
  service: 'boendestod',
  caseReference: 'FFS-2026-0107',
  date: '2026-03-05',
  implementationDate: '2026-02-10',
  participation: 'Planen skrevs tillsammans på två besök. Den enskilde ville inte att någon annan deltog.',
  otherPlans: 'SIP med psykiatrin finns.',
  delmal: [
    {
      lifeArea: 'hemliv',
      what: 'Diska efter varje måltid.',
      when: 'Tisdagar och torsdagar med stöd.',
      expectedBy: '2026-06-30',
      how: 'Bildschema på kylskåpet och gemensam träning.',
    },
    {
      lifeArea: 'utbildningArbeteEkonomi',
      what: 'Betala räkningar i tid.',
      when: 'Den 25:e varje månad.',
      expectedBy: '2026-09-30',
      how: 'Autogiro och påminnelse i telefonen.',
    },
  ],
  arbetsmetod: 'ESL-temat Aktivitetsplanering och MI.',
  bemotande: 'Lugnt tempo, en sak i taget, ring innan besök.',
  krisplan: { measures: 'Kontakta psykiatrin vid sömnproblem mer än tre nätter.', consentToContact: true, contacts: 'Syster (fiktiv)' },
  copyGivenToClient: true,
} as const;

export const GENOMFORANDEPLAN_BOENDESTOD_MINIMAL = {
  service: 'boendestod',
  caseReference: 'FFS-2026-0108',
  date: '2026-03-09',
  implementationDate: '2026-02-12',
  participation: 'Planen skrevs tillsammans.',
  delmal: [{ lifeArea: 'trygghet', what: 'Känna sig trygg hemma.', when: 'Varje besök.', expectedBy: '2026-08-31', how: 'Samtal.' }],
  arbetsmetod: 'MI.',
  bemotande: 'Rakt och tydligt.',
  krisplan: { measures: 'Ring 112 vid akut fara.', consentToContact: false },
  copyGivenToClient: false,
} as const;

export const UNDERLAG_FULL = {
  caseReference: 'BST-2026-0042',
  date: '2026-06-01',
  conditions: { clientPaysRent: true, boendekartlaggningDone: true, levelChangeRelevant: true },
  sinceLastFollowUp: 'Stabilt boende, inga störningar.',
  rentPayment: { status: 'partly_paid', comment: 'Maj betald sent efter påminnelse.' },
  significantEvents: 'Inlagd på sjukhus 2026-05-02–2026-05-06.',
  goals: [
    {
      goal: 'Betala hyran själv varje månad.',
      fulfilment: 'partly_met',
      achievedHow: 'Autogiro är startat.',
      remaining: 'Hålla koll på saldot före dragningen.',
    },
    { goal: 'Delta i boendekartläggning.', fulfilment: 'met', achievedHow: 'Deltog i alla tre samtalen.' },
  ],
  boendekartlaggningResult: 'Klarar eget boende med stöd; söker träningslägenhet.',
  newNeeds: 'Stöd i kontakt med tandvården.',
  levelAdjustment: {
    direction: 'decrease',
    howChanged: 'Klarar vardagssysslor och post själv.',
    reason: 'Stabil hälsa och fungerande rutiner.',
    duration: { kind: 'lasting' },
  },
  clientPerspective: 'Den enskilde är nöjd och vill ha färre besök.\n\n\nVill själv ta mer ansvar.',
} as const;

export const UNDERLAG_MINIMAL = {
  caseReference: 'BST-2026-0043',
  date: '2026-06-02',
  conditions: { clientPaysRent: false, boendekartlaggningDone: false, levelChangeRelevant: false },
  sinceLastFollowUp: 'Det har fungerat.',
  goals: [{ goal: 'Stabil boendesituation.', fulfilment: 'not_met' }],
  clientPerspective: 'Vill fortsätta som nu.',
} as const;

/** Every conditional answer written, every condition false: none of them may be shown. */
export const UNDERLAG_CONDITIONS_FALSE = {
  ...UNDERLAG_FULL,
  caseReference: 'BST-2026-0044',
  conditions: { clientPaysRent: false, boendekartlaggningDone: false, levelChangeRelevant: false },
} as const;

export const STODNIVAANDRING_FULL = {
  caseReference: 'BST-2026-0042',
  date: '2026-03-20',
  modelId: 'lagenhetsboende_2025',
  currentLevelId: 'medel',
  proposedLevelId: 'hog',
  direction: 'increase',
  howChanged: 'Behöver kontakt varje dag och besök tre gånger i veckan.',
  reason: 'Återfall efter en period av nykterhet.',
  duration: { kind: 'temporary', until: '2026-05-31' },
  timing: 'before_follow_up',
  specialNeeds: 'Risk att förlora lägenheten om stödet inte ökar nu.',
  clientView: 'Vill själv ha tätare kontakt under våren.',
} as const;

export const STODNIVAANDRING_MINIMAL = {
  caseReference: 'BST-2026-0043',
  date: '2026-06-02',
  modelId: 'sydvast_2021_lagenhet',
  currentLevelId: '2',
  proposedLevelId: '3',
  direction: 'decrease',
  howChanged: 'Klarar tillsynen med ett besök i veckan.',
  reason: 'Har sysselsättning på dagtid.',
  duration: { kind: 'lasting' },
  timing: 'at_follow_up',
  // Written although the change waits for the follow-up meeting: must not be shown.
  specialNeeds: 'Ska inte synas.',
} as const;
