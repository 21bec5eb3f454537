// What a service's own steps say about how it is done, beside its `delivery` field.
import type { Service } from './schema.ts';

/**
 * The steps (0-based) whose every channel is a desk: on a service marked `online`, the ones the citizen still does in
 * person ("Fazer a matrícula na escola indicada", "Comparecer à UAI"). Steps without channels are not counted.
 */
export function inPersonSteps(s: Service): number[] {
  return s.steps.flatMap((st, i) => (st.channels.length > 0 && st.channels.every((c) => c.type === 'presencial') ? [i] : []));
}
