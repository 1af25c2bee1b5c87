/**
 * Which stödnivå model applies to a decision: by service, housing form and decision date.
 *
 * - boendestöd (002) is decided in hours and minutes per week: no level model;
 * - akutboende and eget boende have no levels (000: levels exist in kortsiktigt and långsiktigt boende;
 *   003: in lägenhetsboende);
 * - before 2021-04-01 no level model existed (000 introduced levels from that date);
 * - kollektiv forms: the 2021 kollektiv model (still in force);
 * - lägenhet forms: the 2025 model from 2025-04-01, the 2021 lägenhet model before that.
 */
import type { HousingForm, IsoDate, LevelModelId, Service } from '../case';
import { compareIsoDates, parseIsoDate } from '../calendar';
import { cite, type Citation } from '../sources';
import { LEVEL_MODELS } from './models';

export type LevelModelSelection =
  | { readonly model: LevelModelId; readonly citation: Citation }
  | { readonly model: null; readonly reasonSv: string; readonly citation: Citation };

export interface LevelModelSelectionInput {
  readonly service: Service;
  readonly housingForm: HousingForm;
  readonly decisionDate: IsoDate;
}

const LAGENHET_FORMS: readonly HousingForm[] = ['kortsiktigt_lagenhet', 'langsiktigt_lagenhet', 'lagenhetsboende'];
const KOLLEKTIV_FORMS: readonly HousingForm[] = ['kortsiktigt_kollektiv', 'langsiktigt_kollektiv'];

const LEVELS_INTRODUCED = LEVEL_MODELS.sydvast_2021_lagenhet.validFrom;
const LAGENHETSBOENDE_FROM = LEVEL_MODELS.lagenhetsboende_2025.validFrom;

function noModel(reasonSv: string, citation: Citation): LevelModelSelection {
  return Object.freeze({ model: null, reasonSv, citation });
}

function selected(model: LevelModelId, citation: Citation): LevelModelSelection {
  return Object.freeze({ model, citation });
}

/** Throws the calendar's `InvalidIsoDateError` when `decisionDate` is not a real `YYYY-MM-DD` date. */
export function levelModelFor(input: LevelModelSelectionInput): LevelModelSelection {
  const { service, housingForm } = input;
  const decisionDate = parseIsoDate(input.decisionDate);

  if (service === 'boendestod') {
    return noModel(
      'Boendestöd har inga stödnivåer – beslutet anges i timmar och minuter per vecka.',
      cite('002', 'Besluta'),
    );
  }
  if (housingForm === 'akutboende') {
    return noModel(
      'Akutboende har inga stödnivåer. Stödnivåer finns i kortsiktigt och långsiktigt boende samt i lägenhetsboende.',
      cite('000', 'Stödnivåer'),
    );
  }
  const isLagenhet = LAGENHET_FORMS.includes(housingForm);
  const isKollektiv = KOLLEKTIV_FORMS.includes(housingForm);
  if (!isLagenhet && !isKollektiv) {
    return noModel(
      'Stödnivåer gäller bara socialt boende med stöd i kollektiv eller lägenhet, inte boende i egen bostad.',
      cite('000', 'Stödnivåer'),
    );
  }
  if (compareIsoDates(decisionDate, LEVELS_INTRODUCED) < 0) {
    return noModel(
      'Stödnivåer infördes den 1 april 2021. För beslut före det datumet finns ingen stödnivåmodell.',
      cite('000', 'Stödnivåer'),
    );
  }
  if (isKollektiv) {
    return selected('sydvast_2021_kollektiv', cite('000', 'Bedömningsstöd för stödnivåer i kollektiv (kort- och långsiktigt boende)'));
  }
  if (compareIsoDates(decisionDate, LAGENHETSBOENDE_FROM) >= 0) return selected('lagenhetsboende_2025', cite('003', 'Stödnivåer'));
  return selected('sydvast_2021_lagenhet', cite('000', 'Bedömningsstöd för stödnivåer i lägenhet (kort- och långsiktigt boende)'));
}
