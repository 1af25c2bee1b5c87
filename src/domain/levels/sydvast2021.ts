/** 000: the 2021 models of Sydväst, lägenhet (nivå 4–1, superseded for lägenhet by 003) and kollektiv (nivå 2–1, in force). */
import { cite } from '../sources';
import { NO_OTHER_CONTACT, PHONE_SMS_FACETIME, S000_KOLLEKTIV, S000_LAGENHET } from './sourceRefs';
import type { LevelModel } from './types';

export const SYDVAST_2021_LAGENHET: LevelModel = {
  id: 'sydvast_2021_lagenhet',
  titleSv: 'Stödnivåer i lägenhet, kort- och långsiktigt boende (från 1 april 2021)',
  validFrom: '2021-04-01',
  supersededFrom: '2025-04-01',
  supersededBy: 'lagenhetsboende_2025',
  citation: cite('000', 'Stödnivåer'),
  levels: [
    {
      id: '4',
      label: 'nivå 4',
      physicalVisits: {
        min: 1,
        max: 1,
        per: 'month',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: 1,
        unlessAgreedOtherwise: false,
      },
      otherContact: { frequency: 'client_may_contact', channelsSv: ['telefon', 'sms'], unlessAgreedOtherwise: false },
      contactNeed: null,
      individualSupport: [{ min: null, max: null, approx: 1, per: 'month' }],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: true,
      typicalUseSv:
        'Används främst i slutet av en placering eller när stödbehovet tillgodoses genom andra insatser; uppdraget gäller bara det som behövs för referensskrivning.',
      summarySv: [
        'Fysisk tillsyn eller personligt möte en gång i månaden, cirka en timme.',
        'Referenserna är den största delen av insatsen.',
        'Den enskilde får höra av sig till personalen via telefon eller sms däremellan.',
      ],
      citation: S000_LAGENHET,
    },
    {
      id: '3',
      label: 'nivå 3',
      physicalVisits: {
        min: 1,
        max: 1,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: null,
      individualSupport: [
        { min: 1, max: null, approx: null, per: 'week' },
        { min: 4, max: null, approx: null, per: 'month' },
      ],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv:
        'För den som behöver individuellt stöd inom fler områden än boendet och referensskrivningen, men inte tillsyn flera gånger i veckan.',
      summarySv: [
        'Fysisk tillsyn en gång i veckan, oftast när det individuella stödet ges.',
        'Individuellt stöd minst en timme i veckan eller minst fyra timmar i månaden.',
        'Stödet gäller fler områden än boende och referenser, vilket skiljer nivån från nivå 4.',
      ],
      citation: S000_LAGENHET,
    },
    {
      id: '2',
      label: 'nivå 2',
      physicalVisits: {
        min: 2,
        max: null,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: { frequency: 'daily', channelsSv: PHONE_SMS_FACETIME, unlessAgreedOtherwise: true },
      contactNeed: 'several_times_a_week',
      individualSupport: [{ min: 2, max: 4, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv: 'För den som behöver två till fyra timmar individuellt stöd i veckan och tillsyn eller kontakt flera gånger i veckan.',
      summarySv: [
        'Tillsyn varje dag, varav fysisk tillsyn minst två gånger i veckan.',
        'Däremellan tillsyn via till exempel telefon, sms eller facetime; formerna stäms av i varje ärende.',
        'Individuellt stöd två till fyra timmar i veckan.',
      ],
      citation: S000_LAGENHET,
    },
    {
      id: '1',
      label: 'nivå 1',
      physicalVisits: {
        min: 1,
        max: null,
        per: 'day',
        everyDay: 'if_needed',
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: 'daily',
      individualSupport: [{ min: 4, max: null, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: { aboveHoursPerWeek: 10, onlyOverLongerPeriod: true, citation: S000_LAGENHET },
      referencesAreMainPart: false,
      typicalUseSv:
        'Till exempel brukare nära LVM som behöver tillsyn varje dag och motiverande insatser för att minska missbruket.',
      summarySv: [
        'Fysisk tillsyn varje dag vid behov; boendet ska kunna erbjuda det varje dag och det sker dagligen om inget annat avtalas.',
        'Stöd enligt genomförandeplanen och individuellt stöd minst fyra timmar i veckan.',
        'Är behovet mer än tio timmar i veckan under en längre period bör andra kompletterande insatser övervägas.',
      ],
      citation: S000_LAGENHET,
    },
  ],
  notes: [
    {
      id: 'referenstid',
      textSv:
        'Alla nivåer kan ge referenstid om den enskilde har hyresavtal och följer hyreslagen: betalar hyran, inte stör och sköter lägenheten.',
      citation: cite('000', 'Referenstid'),
    },
    {
      id: 'referenstid_start',
      textSv:
        'Referenstiden börjar när den enskilde har skrivit på ett andrahandskontrakt och själv betalar hyran. Undantag gäller hushåll där förvaltare eller god man är utsedd.',
      citation: cite('000', 'Referenstid'),
    },
    {
      id: 'flexibla_nivaer',
      textSv:
        'Nivåerna är flexibla: den enskilde kan bo kvar när behovet ökar eller minskar, och placeringen kan börja på vilken nivå som helst.',
      citation: cite('000', 'Stödnivåer'),
    },
    {
      id: 'varaktiga_behov',
      textSv:
        'Visar sig behovet vara varaktigt bör mer kompensatoriska insatser övervägas, till exempel hemtjänst, boendestöd eller särskilt boende. Omvårdnad ingår inte i insatsen.',
      citation: cite('000', 'Individuellt stöd'),
    },
  ],
};

export const SYDVAST_2021_KOLLEKTIV: LevelModel = {
  id: 'sydvast_2021_kollektiv',
  titleSv: 'Stödnivåer i kollektiv, kort- och långsiktigt boende (från 1 april 2021)',
  validFrom: '2021-04-01',
  supersededFrom: null,
  supersededBy: null,
  citation: cite('000', 'Stödnivåer'),
  levels: [
    {
      id: '2',
      label: 'nivå 2',
      physicalVisits: {
        min: 1,
        max: null,
        per: 'day',
        everyDay: 'required',
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: 'daily',
      individualSupport: [{ min: 2, max: 4, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv: 'För den som behöver fysisk tillsyn varje dag och två till fyra timmar individuellt stöd i veckan.',
      summarySv: [
        'Fysisk tillsyn varje dag om inget annat avtalas.',
        'Stöd enligt genomförandeplanen och individuellt stöd två till fyra timmar i veckan.',
      ],
      citation: S000_KOLLEKTIV,
    },
    {
      id: '1',
      label: 'nivå 1',
      physicalVisits: {
        min: 1,
        max: null,
        per: 'day',
        everyDay: 'required',
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: true,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: 'daily',
      individualSupport: [{ min: 4, max: null, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: { aboveHoursPerWeek: 10, onlyOverLongerPeriod: true, citation: S000_KOLLEKTIV },
      referencesAreMainPart: false,
      typicalUseSv: 'För den som behöver fysisk tillsyn varje dag och minst fyra timmar individuellt stöd i veckan.',
      summarySv: [
        'Fysisk tillsyn varje dag om inget annat avtalas.',
        'Stöd enligt genomförandeplanen och individuellt stöd minst fyra timmar i veckan.',
        'Är behovet mer än tio timmar i veckan under en längre period bör andra kompletterande insatser övervägas.',
      ],
      citation: S000_KOLLEKTIV,
    },
  ],
  notes: [
    {
      id: 'referenstid',
      textSv: 'Alla nivåer kan ge referenstid om den enskilde har hyresavtal och följer hyreslagen.',
      citation: cite('000', 'Stödnivåer'),
    },
    {
      id: 'flexibla_nivaer',
      textSv:
        'Nivåerna är flexibla: den enskilde kan bo kvar när behovet ökar eller minskar, och placeringen kan börja på vilken nivå som helst.',
      citation: cite('000', 'Stödnivåer'),
    },
    {
      id: 'varaktiga_behov',
      textSv:
        'Visar sig behovet vara varaktigt bör mer kompensatoriska insatser övervägas, till exempel hemtjänst, boendestöd eller särskilt boende. Omvårdnad ingår inte i insatsen.',
      citation: cite('000', 'Individuellt stöd'),
    },
  ],
};
