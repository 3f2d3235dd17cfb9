import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Predictions, ServedModel } from './served-model.js';

/**
 * The service's Prometheus metrics, on a registry of its own so two services in one process
 * (a canary beside the stable version, or tests) never mix their numbers.
 */

export type Stage = 'queue' | 'preprocessing' | 'model' | 'total';

export interface ServiceMetrics {
  registry: Registry;
  contentType: string;
  request(route: string, code: number): void;
  stage(stage: Stage, seconds: number): void;
  batch(rows: number, requests: number): void;
  predictions(model: ServedModel, predictions: Predictions): void;
  /** The model now served: the info gauge moves to it, and prediction buckets follow its scale. */
  serving(model: ServedModel): void;
  swapped(outcome: 'success' | 'failure'): void;
  /** A request answered by (or, for a shadow, copied to) one version: primary, canary or shadow. */
  routed(model: ServedModel, role: TrafficRole): void;
}

const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096];
const PROBABILITY_BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1];

/** Buckets around where a model's predictions fall: probabilities, or the training target's mean ± 3 std. */
function predictionBuckets(model: ServedModel): number[] {
  if (model.task !== 'regression') return PROBABILITY_BUCKETS;
  const { mean, std } = model.predictor.preprocessing.target;
  if (mean === undefined || !std || !Number.isFinite(mean) || !Number.isFinite(std)) {
    return [-1000, -100, -10, -1, 0, 1, 10, 100, 1000, 10000];
  }
  const steps = [-3, -2, -1.5, -1, -0.5, -0.25, 0, 0.25, 0.5, 1, 1.5, 2, 3];
  return [...new Set(steps.map((k) => Number((mean + k * std).toPrecision(6))))].sort((a, b) => a - b);
}

/** Which part of the traffic a version takes: all of it, a canary's share, or a copy it answers to no one. */
export type TrafficRole = 'primary' | 'canary' | 'shadow';

export function createServiceMetrics(gauges: { queueDepth(): number; inFlight(): number }): ServiceMetrics {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({
    name: 'mlops_serve_requests_total',
    help: 'HTTP requests by route template and status code.',
    labelNames: ['route', 'code'],
    registers,
  });
  const routedRequests = new Counter({
    name: 'mlops_serve_model_requests_total',
    help: 'Inference requests by the version that answered them (primary or canary) or received a copy (shadow).',
    labelNames: ['model', 'version', 'role'],
    registers,
  });
  const stages = new Histogram({
    name: 'mlops_serve_stage_seconds',
    help: 'Inference latency by stage: queue wait, preprocessing, model call, and total (request arrival to response).',
    labelNames: ['stage'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const batchRows = new Histogram({
    name: 'mlops_serve_batch_rows',
    help: 'Rows per model call.',
    buckets: SIZE_BUCKETS,
    registers,
  });
  const batchRequests = new Histogram({
    name: 'mlops_serve_batch_requests',
    help: 'Requests merged into one model call.',
    buckets: SIZE_BUCKETS,
    registers,
  });
  new Gauge({
    name: 'mlops_serve_queue_depth',
    help: 'Requests waiting for a model call.',
    registers,
    collect() {
      this.set(gauges.queueDepth());
    },
  });
  new Gauge({
    name: 'mlops_serve_in_flight_requests',
    help: 'Inference requests accepted and not yet answered.',
    registers,
    collect() {
      this.set(gauges.inFlight());
    },
  });
  const info = new Gauge({
    name: 'mlops_serve_model_info',
    help: 'The model being served (value 1), by name, version, framework and task.',
    labelNames: ['model', 'version', 'framework', 'task'],
    registers,
  });
  const labels = new Counter({
    name: 'mlops_serve_predicted_labels_total',
    help: 'Predicted class labels of classifiers.',
    labelNames: ['model', 'version', 'label'],
    registers,
  });
  const swaps = new Counter({
    name: 'mlops_serve_model_swaps_total',
    help: 'Model swaps by outcome.',
    labelNames: ['outcome'],
    registers,
  });

  let distribution: Histogram<'model' | 'version' | 'output'> | undefined;
  let bucketKey = '';
  const stageChildren = new Map<Stage, ReturnType<typeof stages.labels>>();
  const requestChildren = new Map<string, ReturnType<typeof requests.labels>>();
  // Children are looked up by label values on every call otherwise; per-model caches keep it cheap.
  const distributionChildren = new WeakMap<ServedModel, ReturnType<NonNullable<typeof distribution>['labels']>[]>();
  const labelChildren = new WeakMap<ServedModel, Map<string, ReturnType<typeof labels.labels>>>();

  return {
    registry,
    contentType: registry.contentType,
    request(route, code) {
      const key = `${route} ${code}`;
      let child = requestChildren.get(key);
      if (!child) requestChildren.set(key, (child = requests.labels(route, String(code))));
      child.inc();
    },
    stage(stage, seconds) {
      let child = stageChildren.get(stage);
      if (!child) stageChildren.set(stage, (child = stages.labels(stage)));
      child.observe(seconds);
    },
    batch(rows, count) {
      batchRows.observe(rows);
      batchRequests.observe(count);
    },
    predictions(model, predictions) {
      if (!distribution) return;
      let children = distributionChildren.get(model);
      if (!children) {
        const names =
          model.task === 'multiclass-classification'
            ? model.classes!.map((c) => `p(${c})`)
            : [model.task === 'regression' ? 'prediction' : 'probability'];
        children = names.map((output) => distribution!.labels(model.name, model.version, output));
        distributionChildren.set(model, children);
      }
      const { values, width } = predictions;
      for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) children[i % width].observe(values[i]);
      if (predictions.labels) {
        let byLabel = labelChildren.get(model);
        if (!byLabel) labelChildren.set(model, (byLabel = new Map()));
        for (const label of predictions.labels) {
          let child = byLabel.get(label);
          if (!child) byLabel.set(label, (child = labels.labels(model.name, model.version, label)));
          child.inc();
        }
      }
    },
    serving(model) {
      info.reset();
      info.labels(model.name, model.version, model.manifest.framework, model.task).set(1);
      const buckets = predictionBuckets(model);
      const key = buckets.join(',');
      if (key === bucketKey) return;
      // Buckets are fixed per histogram; a model on another scale gets a fresh one.
      if (distribution) registry.removeSingleMetric('mlops_serve_prediction');
      bucketKey = key;
      distribution = new Histogram({
        name: 'mlops_serve_prediction',
        help: 'Distribution of predictions: P(positive class), each class probability, or the predicted value.',
        labelNames: ['model', 'version', 'output'],
        buckets,
        registers,
      });
    },
    routed(model, role) {
      routedRequests.labels(model.name, model.version, role).inc();
    },
    swapped(outcome) {
      swaps.labels(outcome).inc();
    },
  };
}
