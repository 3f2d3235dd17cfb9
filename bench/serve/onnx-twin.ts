import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphBuilder } from '../../shared/model/onnx-graph.js';
import { readModelPackage, writeModelPackage } from '../../shared/model/package.js';
import type { DenseNetwork } from '../../shared/model/network.js';
import { readTfjsModel } from '../../shared/model/tfjs-format.js';
import { seededRandom } from '../../shared/stats/random.js';

function randomNetwork(inputSize: number, hidden: number[]): DenseNetwork {
  const random = seededRandom(7);
  const sizes = [inputSize, ...hidden, 1];
  const layers = sizes.slice(1).map((units, i) => {
    const scale = Math.sqrt(6 / (sizes[i] + units));
    const kernel = new Float32Array(sizes[i] * units);
    for (let k = 0; k < kernel.length; k++) kernel[k] = (random() * 2 - 1) * scale;
    const activation = i === sizes.length - 2 ? ('sigmoid' as const) : ('relu' as const);
    return { units, activation, kernel, bias: new Float32Array(units) };
  });
  return { inputSize, layers };
}

/**
 * The same weights as a tfjs package, as an ONNX package: each Dense layer becomes a Gemm with
 * the kernel and bias as initializers, then its activation. The service then runs the example's
 * MLP on onnxruntime-node, which is also the in-process ceiling the issue asks to compare with.
 *
 * With `wideHidden`, the hidden layers are replaced by layers of those widths with random
 * weights (same preprocessing, same sigmoid head): a model whose call cost dominates a request,
 * to show what batching does when the model, not HTTP, is the expensive part.
 */
export async function onnxTwin(tfjsDir: string, outDir: string, wideHidden?: number[]): Promise<string> {
  const manifest = await readModelPackage(tfjsDir);
  const trained = await readTfjsModel(join(tfjsDir, 'model'));
  const network = wideHidden ? randomNetwork(trained.inputSize, wideHidden) : trained;
  const graph = new GraphBuilder('mlops-serve-bench');
  let value = graph.input('x', 'float', ['rows', network.inputSize]);
  let inputs = network.inputSize;
  for (const layer of network.layers) {
    const kernel = graph.constant(layer.kernel, [inputs, layer.units]);
    const bias = graph.constant(layer.bias, [layer.units]);
    value = graph.node('Gemm', [value, kernel, bias]);
    if (layer.activation === 'relu') value = graph.node('Relu', [value]);
    else if (layer.activation === 'sigmoid') value = graph.node('Sigmoid', [value]);
    else if (layer.activation === 'softmax') value = graph.node('Softmax', [value], { axis: 1 });
    inputs = layer.units;
  }
  graph.node('Identity', [value], undefined, 'outputs');
  graph.output('outputs', 'float', ['rows', inputs]);
  await mkdir(join(outDir, 'model'), { recursive: true });
  await writeFile(join(outDir, 'model', 'model.onnx'), graph.encode());
  for (const file of ['data-profile.json', 'history.json']) {
    await copyFile(join(tfjsDir, file), join(outDir, file)).catch(() => undefined);
  }
  const metrics = JSON.parse(await readFile(join(tfjsDir, 'metrics.json'), 'utf8')) as Record<string, number>;
  const { files: _files, schemaVersion: _schema, metrics: _metrics, ...rest } = manifest;
  const name = wideHidden ? `${manifest.name}-wide` : manifest.name;
  await writeModelPackage(outDir, { ...rest, name, framework: 'onnx', backend: 'onnx-twin' }, { metrics });
  return outDir;
}
