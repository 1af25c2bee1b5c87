import { cite } from '../sources';

const SMART = cite('001', 'Stödmaterial målformulering');

/** The SMART goal template used when the assignment is formulated (Placera). */
export const SMART_GOAL_TEMPLATE = Object.freeze({
  citation: SMART,
  criteria: Object.freeze(['Specifikt', 'Mätbart', 'Accepterat', 'Realistiskt', 'Tidssatt'] as const),
  longTermGoal: Object.freeze({
    id: 'longTermGoal',
    label: 'Långsiktigt mål',
    help: 'Vad är syftet med insatsen och vilket resultat väntas på lång sikt?',
  }),
  subGoalColumns: Object.freeze([
    Object.freeze({ id: 'subGoal', label: 'Delmål', help: 'Specificerat och realistiskt.' }),
    Object.freeze({ id: 'measure', label: 'Hur vet vi när målet är uppnått?', help: 'Mätbart.' }),
    Object.freeze({ id: 'deadline', label: 'När ska målet vara uppnått?', help: 'Tidssatt.' }),
    Object.freeze({ id: 'responsible', label: 'Ansvarig', help: 'Vem ansvarar för delmålet?' }),
  ] as const),
});

export type SmartSubGoalColumnId = (typeof SMART_GOAL_TEMPLATE.subGoalColumns)[number]['id'];
