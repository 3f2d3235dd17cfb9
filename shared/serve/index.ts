/** The inference service: start one, swap its model, stop it gracefully. See README.md beside this file. */
export { startService, type ServiceHandle } from './service.js';
export { DEFAULTS, type ServiceOptions } from './options.js';
export { DEFAULT_BATCHING, type BatchingOptions } from './batcher.js';
export { serveMain, parseServeArgs, TOKEN_VARIABLE, type ServeMainOptions } from './main.js';
export { installShutdownHandler, type ShutdownOptions } from './shutdown.js';
export { loadModelToServe, type LoadModelOptions } from './load-model.js';
export { describeModel, packageDigest, type ModelToServe, type ServedModel, type Predictions } from './served-model.js';
export { openPredictionLog, type PredictionLog, type PredictionLogOptions } from './prediction-log.js';
export { PROTOCOLS, routeList, type Protocol, type Route } from './protocols/index.js';
export { RequestError } from './request-error.js';
