import type { ActionName } from '../inputs/definitions.js';
import type { Step } from './types.js';

/**
 * Each step is its own chunk of the bundle, loaded on demand, so an action that does no ML
 * never loads TensorFlow.js. Literal import paths let the bundler split them.
 */
export async function loadStep<A extends ActionName>(name: A): Promise<Step<A>> {
  return (await loadAnyStep(name)) as Step<A>;
}

async function loadAnyStep(name: ActionName): Promise<Step<never>> {
  switch (name) {
    case 'validate-data':
      return (await import('./validate-data.js')).run;
    case 'train':
      return (await import('./train.js')).run;
    case 'tune':
      return (await import('./tune.js')).run;
    case 'evaluate':
      return (await import('./evaluate.js')).run;
    case 'register':
      return (await import('./register.js')).run;
    case 'deploy':
      return (await import('./deploy.js')).run;
    case 'monitor':
      return (await import('./monitor.js')).run;
    case 'open-drift-issue':
      return (await import('./open-drift-issue.js')).run;
  }
}
