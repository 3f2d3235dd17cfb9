import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as tfl from '@tensorflow/tfjs-layers';
import { predictNetwork, type DenseNetwork } from '../../shared/model/network.js';
import { readTfjsModel, writeTfjsModel } from '../../shared/model/tfjs-format.js';
import { loadBackend, type TfjsEngine } from '../../shared/train/backend.js';
import { seededRandom } from '../../shared/stats/random.js';

const { tf } = (await loadBackend('cpu', { cwd: fileURLToPath(new URL('../..', import.meta.url)), env: process.env })) as TfjsEngine;

function randomNetwork(): DenseNetwork {
  const random = seededRandom(3);
  const values = (n: number) => Float32Array.from({ length: n }, () => random() - 0.5);
  return {
    inputSize: 4,
    layers: [
      { units: 6, activation: 'relu', kernel: values(24), bias: values(6) },
      { units: 3, activation: 'softmax', kernel: values(18), bias: values(3) },
    ],
  };
}

describe('TF.js Layers format', () => {
  it('round-trips through writeTfjsModel/readTfjsModel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfjs-format-'));
    const network = randomNetwork();
    await writeTfjsModel(dir, network);
    expect(await readTfjsModel(dir)).toEqual(network);
  });

  it('loads in TF.js itself (tf.loadLayersModel) and predicts what the suite predicts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfjs-format-'));
    const network = randomNetwork();
    await writeTfjsModel(dir, network);
    const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    const weights = readFileSync(join(dir, 'weights.bin'));
    const model = await tfl.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest[0].weights,
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
      }),
    );
    const input = Float32Array.from({ length: 8 }, (_, i) => (i - 4) / 3);
    const theirs = (model.predict(tf.tensor2d(input, [2, 4])) as ReturnType<typeof tf.tensor>).dataSync();
    const ours = predictNetwork(network, input, 2);
    for (let i = 0; i < ours.length; i++) expect(theirs[i]).toBeCloseTo(ours[i], 6);
  });
});
