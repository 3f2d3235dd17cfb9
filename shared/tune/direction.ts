import { findReportedMetric } from '../metrics/definitions.js';
import { InputError } from '../runtime/errors.js';

export type StudyDirection = 'minimize' | 'maximize';

/** Direction of a metric as named in metrics.json (`val_auc`, `cv_val_loss_mean`…), from the metric definitions. Undefined when unknown. */
export function knownDirection(metric: string): StudyDirection | undefined {
  const definition = findReportedMetric(metric);
  if (!definition) return undefined;
  return definition.direction === 'higher' ? 'maximize' : 'minimize';
}

/**
 * The study's direction: the metric's own when it is known; an explicit direction that
 * contradicts it is refused, because optimising a metric the wrong way round returns the worst
 * model with every sign of success. An unknown metric needs an explicit direction.
 */
export function resolveDirection(metric: string, explicit?: StudyDirection): StudyDirection {
  const known = knownDirection(metric);
  if (known && explicit && known !== explicit) {
    throw new InputError(
      `direction is ${explicit} but ${metric} is better when ${known === 'minimize' ? 'lower' : 'higher'}; ` +
        `set direction: ${known} (or leave it out).`,
      'direction',
    );
  }
  const direction = known ?? explicit;
  if (!direction) {
    throw new InputError(
      `metric "${metric}" is not one the suite knows, so its direction is unknown; set direction: ` + `minimize or maximize.`,
      'direction',
    );
  }
  return direction;
}
