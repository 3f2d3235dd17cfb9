import type * as Ort from 'onnxruntime-node';
import { deriveSeed, fillDropoutMask } from '../stats/random.js';
import type { OnnxEngine } from './backend.js';
import {
  layout,
  oneHot,
  type Batch,
  type FitSettings,
  type FitState,
  type NetworkShape,
  type Split,
  type TrainingKernel,
} from './kernel.js';
import { ADAM, buildPredictGraph, buildStepGraph } from './onnx-step.js';

/** Rows per inference run: bounds the tensors, not the work. */
const PREDICT_ROWS = 65_536;

/**
 * The onnxruntime kernel: each training step is one `session.run` of the graph from
 * buildStepGraph, on onnxruntime's native CPU kernels (MLAS GEMMs with AVX2/AVX-512). The
 * parameters and Adam's moments live in JavaScript between steps and go in and out of the
 * graph as plain tensors, so a checkpoint is just those arrays.
 *
 * Dropout masks are drawn in JavaScript from the seeded stream, so they are the same on every
 * machine. onnxruntime's own Dropout seeds once per session, which would make a resumed run
 * differ from an uninterrupted one.
 */
export async function onnxKernel(
  engine: OnnxEngine,
  shape: NetworkShape,
  settings: FitSettings,
  initial: Float32Array,
): Promise<TrainingKernel> {
  const ort = engine.ort;
  const { slots } = layout(shape);
  const adam = settings.optimizer === 'adam';
  const graph = buildStepGraph(shape, {
    task: settings.task,
    optimizer: settings.optimizer,
    weighted: Boolean(settings.classWeights),
    dropout: shape.dropout > 0,
  });
  const sessionOptions: Ort.InferenceSession.SessionOptions = {
    executionProviders: ['cpu'],
    intraOpNumThreads: engine.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  };
  const stepSession = await ort.InferenceSession.create(graph.bytes, sessionOptions);
  const predictSession = await ort.InferenceSession.create(buildPredictGraph(shape, settings.task), sessionOptions);

  const dims: Record<string, number[]> = {};
  const values: Record<string, Float32Array> = {};
  slots.forEach((slot, i) => {
    dims[`w${i}`] = [slot.inputs, slot.units];
    dims[`b${i}`] = [slot.units];
    values[`w${i}`] = initial.slice(slot.kernel, slot.bias);
    values[`b${i}`] = initial.slice(slot.bias, slot.bias + slot.units);
  });
  const moments = adam ? graph.parameters.flatMap((p) => [`${p}_m`, `${p}_v`]) : [];
  for (const name of moments) values[name] = new Float32Array(values[name.slice(0, -2)].length);
  const state = [...graph.parameters, ...moments];
  const shapeOf = (name: string) => dims[name.replace(/_(m|v)$/, '')];
  // Running β1ᵗ and β2ᵗ as float32 products, as TF.js keeps them.
  let powers: [number, number] = [Math.fround(ADAM.beta1), Math.fround(ADAM.beta2)];
  let lossSum = 0;
  const scalar = (value: number) => new ort.Tensor('float32', Float32Array.of(value), []);
  const classes = shape.outputs;
  const dropoutScale = 1 / (1 - shape.dropout);
  const masks = shape.hidden.map((units) => (shape.dropout > 0 ? new Float32Array(settings.batchSize * units) : undefined));

  return {
    async step(batch: Batch, stepSeed: number) {
      const rows = batch.rows;
      const y = batch.y.subarray(0, rows);
      const feeds: Record<string, Ort.Tensor> = {
        x: new ort.Tensor('float32', batch.x.subarray(0, rows * shape.inputSize), [rows, shape.inputSize]),
        labels: new ort.Tensor('float32', settings.task === 'multiclass-classification' ? oneHot(y, rows, classes) : y, [rows, classes]),
        inv_rows: scalar(1 / rows),
        lr: scalar(settings.learningRate),
      };
      if (batch.weights) feeds.weights = new ort.Tensor('float32', batch.weights.subarray(0, rows), [rows, 1]);
      shape.hidden.forEach((units, i) => {
        const mask = masks[i];
        if (!mask) return;
        // Inverted dropout: keep with probability 1 − rate, scaled by 1/(1 − rate).
        const live = mask.subarray(0, rows * units);
        fillDropoutMask(live, deriveSeed(stepSeed, i), shape.dropout, dropoutScale);
        feeds[`mask${i}`] = new ort.Tensor('float32', live, [rows, units]);
      });
      if (adam) {
        feeds.bias1 = scalar(1 - powers[0]);
        feeds.bias2 = scalar(1 - powers[1]);
      }
      for (const name of state) feeds[name] = new ort.Tensor('float32', values[name], shapeOf(name));
      const out = await stepSession.run(feeds);
      lossSum += (out.loss_sum.data as Float32Array)[0];
      for (const name of state) values[name] = out[`${name}_next`].data as Float32Array;
      if (adam) powers = [Math.fround(powers[0] * ADAM.beta1), Math.fround(powers[1] * ADAM.beta2)];
    },
    async takeLossSum() {
      const sum = lossSum;
      lossSum = 0;
      return sum;
    },
    async predict(split: Split) {
      const out = new Float32Array(split.rows * classes);
      const weights: Record<string, Ort.Tensor> = {};
      for (const name of graph.parameters) weights[name] = new ort.Tensor('float32', values[name], dims[name]);
      for (let start = 0; start < split.rows; start += PREDICT_ROWS) {
        const rows = Math.min(PREDICT_ROWS, split.rows - start);
        const x = new ort.Tensor('float32', split.x.subarray(start * shape.inputSize, (start + rows) * shape.inputSize), [
          rows,
          shape.inputSize,
        ]);
        const result = await predictSession.run({ x, ...weights });
        out.set(result.outputs.data as Float32Array, start * classes);
      }
      return out;
    },
    readWeights() {
      return graph.parameters.map((name) => Array.from(values[name]));
    },
    async saveOptimizer() {
      if (!adam) return { optimizer: [], adamPowers: undefined };
      return { optimizer: moments.map((name) => ({ name, shape: shapeOf(name), data: Array.from(values[name]) })), adamPowers: powers };
    },
    async restore(resume: FitState) {
      graph.parameters.forEach((name, k) => (values[name] = Float32Array.from(resume.weights[k])));
      for (const saved of resume.optimizer) if (saved.name in values) values[saved.name] = Float32Array.from(saved.data);
      if (resume.adamPowers) powers = resume.adamPowers;
    },
    async dispose() {
      await stepSession.release();
      await predictSession.release();
    },
  };
}
