import type { DeployTarget } from '../target.js';
import { kubernetesTarget } from './kubernetes.js';
import { localTarget } from './local.js';
import { noneTarget } from './none.js';

/** Every deploy target by the name the `target` input uses. */
export const TARGETS: Record<DeployTarget['name'], DeployTarget> = {
  local: localTarget,
  kubernetes: kubernetesTarget,
  none: noneTarget,
};
