import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../runtime/errors.js';
import type { Activation, DenseNetwork } from './network.js';

/**
 * Dense networks in the TF.js Layers format (model.json + weights.bin), so a package also loads
 * with `tf.loadLayersModel` in any TF.js program, while the suite reads it back without TF.js.
 */
const WEIGHTS_FILE = 'weights.bin';

interface WeightEntry {
  name: string;
  shape: number[];
  dtype: 'float32';
}

export async function writeTfjsModel(dir: string, network: DenseNetwork): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const layers: object[] = [];
  const weights: WeightEntry[] = [];
  const buffers: Float32Array[] = [];
  let inputs = network.inputSize;
  network.layers.forEach((layer, i) => {
    const name = `dense_${i + 1}`;
    layers.push({
      class_name: 'Dense',
      config: {
        name,
        trainable: true,
        dtype: 'float32',
        units: layer.units,
        activation: layer.activation,
        use_bias: true,
        kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
        bias_initializer: { class_name: 'Zeros', config: {} },
        kernel_regularizer: null,
        bias_regularizer: null,
        activity_regularizer: null,
        kernel_constraint: null,
        bias_constraint: null,
        ...(i === 0 ? { batch_input_shape: [null, network.inputSize] } : {}),
      },
    });
    weights.push(
      { name: `${name}/kernel`, shape: [inputs, layer.units], dtype: 'float32' },
      { name: `${name}/bias`, shape: [layer.units], dtype: 'float32' },
    );
    buffers.push(layer.kernel, layer.bias);
    inputs = layer.units;
  });
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'mlops-actions',
    convertedBy: null,
    modelTopology: {
      class_name: 'Sequential',
      config: { name: 'sequential', layers },
      keras_version: 'tfjs-layers 4.22.0',
      backend: 'tensor_flow.js',
    },
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights }],
  };
  const total = buffers.reduce((n, b) => n + b.length, 0);
  const all = new Float32Array(total);
  let offset = 0;
  for (const buffer of buffers) {
    all.set(buffer, offset);
    offset += buffer.length;
  }
  await writeFile(join(dir, 'model.json'), `${JSON.stringify(modelJson, null, 1)}\n`);
  await writeFile(join(dir, WEIGHTS_FILE), new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
  return ['model.json', WEIGHTS_FILE];
}

/** Reads a model.json written by writeTfjsModel (or any Sequential of Dense layers with float32 weights). */
export async function readTfjsModel(dir: string): Promise<DenseNetwork> {
  const path = join(dir, 'model.json');
  let model: any;
  try {
    model = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new FileError(`cannot read the TF.js model: ${(error as Error).message}`, path);
  }
  const layerConfigs: any[] = model?.modelTopology?.config?.layers ?? model?.modelTopology?.model_config?.config?.layers ?? [];
  const dense = layerConfigs.filter((layer) => layer.class_name === 'Dense');
  if (dense.length === 0 || layerConfigs.some((layer) => !['Dense', 'Dropout', 'InputLayer'].includes(layer.class_name))) {
    throw new FileError(
      'only Sequential models of Dense (and Dropout) layers can be served without TF.js; this model has other layers.',
      path,
    );
  }
  const manifest = model.weightsManifest?.[0];
  if (!manifest || model.weightsManifest.length !== 1) throw new FileError('expected one weights group in weightsManifest.', path);
  const chunks = await Promise.all((manifest.paths as string[]).map((p) => readFile(join(dir, p))));
  const bytes = Buffer.concat(chunks);
  const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const byName = new Map<string, Float32Array>();
  let offset = 0;
  for (const weight of manifest.weights as WeightEntry[]) {
    if (weight.dtype !== 'float32') throw new FileError(`weight ${weight.name} is ${weight.dtype}; only float32 is supported.`, path);
    const size = weight.shape.reduce((a, b) => a * b, 1);
    byName.set(weight.name, data.subarray(offset, offset + size));
    offset += size;
  }
  if (offset !== data.length) throw new FileError(`weights.bin holds ${data.length} floats but model.json describes ${offset}.`, path);
  const first = dense[0].config;
  const inputSize: number = first.batch_input_shape?.[1] ?? first.batchInputShape?.[1];
  let inputs = inputSize;
  const layers = dense.map((layer) => {
    const name = layer.config.name;
    const kernel = byName.get(`${name}/kernel`);
    const bias = byName.get(`${name}/bias`);
    if (!kernel || !bias || kernel.length !== inputs * layer.config.units)
      throw new FileError(`weights of layer ${name} are missing or have the wrong shape.`, path);
    inputs = layer.config.units;
    return { units: layer.config.units as number, activation: (layer.config.activation ?? 'linear') as Activation, kernel, bias };
  });
  return { inputSize, layers };
}
