import type { DeployTarget } from '../target.js';

/** Records the deployment only, for teams that ship the model with their own tooling. */
export const noneTarget: DeployTarget = {
  name: 'none',
  async deploy(request) {
    return {
      url: '',
      rolledBack: false,
      details: [`Recorded ${request.release.name} v${request.release.version} for ${request.environment}; nothing was started.`],
    };
  },
};
