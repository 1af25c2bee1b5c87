/** 003: lägenhetsboende from 2025-04-01, levels låg, medel, hög (least to most support). */
import { cite } from '../sources';
import { NO_OTHER_CONTACT, S003_TABLE } from './sourceRefs';
import type { LevelModel } from './types';

export const LAGENHETSBOENDE_2025: LevelModel = {
  id: 'lagenhetsboende_2025',
  titleSv: 'Stödnivåer i lägenhetsboende (från 1 april 2025)',
  validFrom: '2025-04-01',
  supersededFrom: null,
  supersededBy: null,
  citation: cite('003', 'Stödnivåer'),
  levels: [
    {
      id: 'lag',
      label: 'låg',
      physicalVisits: {
        min: 1,
        max: 1,
        per: 'every_other_week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: 1,
        unlessAgreedOtherwise: false,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: null,
      individualSupport: [{ min: null, max: null, approx: 1, per: 'every_other_week' }],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: true,
      typicalUseSv:
        'Används främst mot slutet av en placering eller när andra insatser redan möter stödbehovet; uppdraget gäller i första hand att följa upp det som behövs för boendereferenser.',
      summarySv: [
        'Fysisk tillsyn med individuellt stöd varannan vecka, ungefär en timme per gång.',
        'Boendereferenserna är den största delen av insatsen.',
        'Boendecoachning kan ingå om uppdraget säger det.',
      ],
      citation: S003_TABLE,
    },
    {
      id: 'medel',
      label: 'medel',
      physicalVisits: {
        min: 1,
        max: 2,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: false,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: false,
      },
      otherContact: NO_OTHER_CONTACT,
      contactNeed: null,
      individualSupport: [{ min: null, max: 3, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: false,
      complementaryServices: null,
      referencesAreMainPart: false,
      typicalUseSv:
        'För den som behöver individuellt stöd varje vecka enligt genomförandeplanen men inte kontakt varje dag.',
      summarySv: [
        'Fysisk tillsyn en till två gånger i veckan.',
        'Stöd enligt genomförandeplanen och individuellt stöd upp till tre timmar i veckan.',
      ],
      citation: S003_TABLE,
    },
    {
      id: 'hog',
      label: 'hög',
      physicalVisits: {
        min: 2,
        max: 3,
        per: 'week',
        everyDay: null,
        anyDayOfWeek: true,
        approxHoursPerVisit: null,
        unlessAgreedOtherwise: false,
      },
      otherContact: { frequency: 'daily', channelsSv: ['telefon', 'sms', 'videosamtal'], unlessAgreedOtherwise: true },
      contactNeed: 'daily',
      individualSupport: [{ min: null, max: 6, approx: null, per: 'week' }],
      includesWeekendsAndHolidays: true,
      complementaryServices: { aboveHoursPerWeek: 6, onlyOverLongerPeriod: false, citation: S003_TABLE },
      referencesAreMainPart: false,
      typicalUseSv:
        'För den som behöver kontakt med boendepersonalen varje dag, även helger, och fysisk tillsyn flera gånger i veckan.',
      summarySv: [
        'Kontakt varje dag, även helger och helgdagar, om inget annat avtalas.',
        'Fysisk tillsyn två till tre gånger i veckan; boendet ska kunna komma vilken veckodag som helst.',
        'Stöd enligt genomförandeplanen och individuellt stöd upp till sex timmar i veckan.',
        'Behövs mer än sex timmar i veckan ska andra kompletterande insatser övervägas.',
      ],
      citation: S003_TABLE,
    },
  ],
  notes: [
    {
      id: 'boendereferenser',
      textSv:
        'Möjlighet till boendereferenser ska erbjudas på alla stödnivåer så länge den enskilde på egen hand visar att hen tar sitt ansvar som hyresgäst.',
      citation: cite('003', 'Boendereferenser'),
    },
    {
      id: 'flexibla_nivaer',
      textSv:
        'Nivåerna är flexibla: den enskilde kan bo kvar när behovet ökar eller minskar, och placeringen kan börja på vilken nivå som helst.',
      citation: cite('003', 'Stödnivåer'),
    },
    {
      id: 'personalen_utformar_genomforandet',
      textSv: 'Boendepersonalen kan forma genomförandet, till exempel antalet besök, inom den bedömda nivån.',
      citation: cite('003', 'Stödnivåer'),
    },
    {
      id: 'mer_omfattande_insatser',
      textSv:
        'Är behovet större än vad lägenhetsboende rymmer bör andra insatser övervägas, till exempel kompletterande hemtjänst eller särskilt boende. Omvårdnad ingår inte i insatsen.',
      citation: cite('003', 'Individuellt stöd'),
    },
  ],
};
