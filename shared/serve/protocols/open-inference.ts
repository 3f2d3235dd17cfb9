import type { Cell, Columns } from '../../model/preprocessing.js';
import { checkFeatureNames, describe } from '../features.js';
import { parseJsonObject } from '../json-body.js';
import { RequestError } from '../request-error.js';
import { outputData, type OutputSpec, type Predictions, type ServedModel } from '../served-model.js';
import type { InferRoute, InfoRoute, Protocol, RequestBody, ServiceView } from './protocol.js';

/**
 * The Open Inference Protocol (KServe V2) over REST, as KServe, Triton and MLServer serve it.
 * Tabular rows arrive either as one tensor per feature, named by the feature with shape [N] or
 * [N, 1] (MLServer's pandas codec, Triton clients), or as one numeric [N, features] tensor
 * (KServe's examples). Triton's binary tensor extension is accepted for inputs, because
 * tritonclient sends binary data by default.
 */

type Datatype = 'BOOL' | 'BYTES' | 'FP16' | 'FP32' | 'FP64' | IntegerType;
type IntegerType = 'INT8' | 'INT16' | 'INT32' | 'INT64' | 'UINT8' | 'UINT16' | 'UINT32' | 'UINT64';

const INTEGER_RANGES: Record<IntegerType, [number, number]> = {
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
  INT64: [-9223372036854775808, 9223372036854775807],
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  UINT64: [0, 18446744073709551615],
};
const DATATYPES: ReadonlySet<string> = new Set(['BOOL', 'BYTES', 'FP16', 'FP32', 'FP64', ...Object.keys(INTEGER_RANGES)]);
const ELEMENT_BYTES: Record<Exclude<Datatype, 'BYTES'>, number> = {
  BOOL: 1,
  INT8: 1,
  UINT8: 1,
  INT16: 2,
  UINT16: 2,
  FP16: 2,
  INT32: 4,
  UINT32: 4,
  FP32: 4,
  INT64: 8,
  UINT64: 8,
  FP64: 8,
};
/** Tensors of more elements than this are refused before anything is allocated for them. */
const MAX_ELEMENTS = 50_000_000;

interface Tensor {
  name: string;
  datatype: Datatype;
  shape: number[];
  data: Cell[];
}

function readTensor(raw: unknown, index: number, binary: BinaryCursor): Tensor {
  const where = `inputs[${index}]`;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RequestError(`${where} must be a tensor object {name, shape, datatype, data}, not ${describe(raw)}.`);
  }
  const tensor = raw as Record<string, unknown>;
  if (typeof tensor.name !== 'string' || tensor.name === '') throw new RequestError(`${where}.name must be a non-empty string.`);
  const label = `input "${tensor.name}"`;
  if (typeof tensor.datatype !== 'string' || !DATATYPES.has(tensor.datatype)) {
    throw new RequestError(
      `${label}: datatype ${JSON.stringify(tensor.datatype ?? null)} is not one of ` + `${[...DATATYPES].join(', ')}.`,
    );
  }
  const datatype = tensor.datatype as Datatype;
  const shape = tensor.shape;
  if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new RequestError(`${label}: shape must be a non-empty list of non-negative integers, e.g. [2] or [2, 1].`);
  }
  const count = shape.reduce((a: number, b: number) => a * b, 1);
  if (count > MAX_ELEMENTS) throw new RequestError(`${label}: shape ${JSON.stringify(shape)} is too large.`, 413);
  const parameters = tensor.parameters as Record<string, unknown> | undefined;
  const binarySize = parameters && typeof parameters === 'object' ? parameters.binary_data_size : undefined;
  let data: Cell[];
  if (binarySize !== undefined) {
    if (tensor.data !== undefined) throw new RequestError(`${label}: give data or binary_data_size, not both.`);
    if (!Number.isInteger(binarySize) || (binarySize as number) < 0) {
      throw new RequestError(`${label}: parameters.binary_data_size must be a non-negative integer.`);
    }
    data = binary.read(label, datatype, count, binarySize as number);
  } else {
    if (tensor.data === undefined) throw new RequestError(`${label}: data is missing.`);
    data = flatten(label, tensor.data, shape.length);
    checkElements(label, datatype, data);
  }
  if (data.length !== count) {
    throw new RequestError(
      `${label}: shape ${JSON.stringify(shape)} holds ${count} element${count === 1 ? '' : 's'} ` + `but data has ${data.length}.`,
    );
  }
  return { name: tensor.name, datatype, shape, data };
}

/** Data may be flat or nested as the shape (both are allowed); nesting deeper than the shape is refused. */
function flatten(label: string, data: unknown, depth: number): Cell[] {
  if (!Array.isArray(data)) return [data as Cell];
  if (!data.some(Array.isArray)) return data as Cell[];
  const out: Cell[] = [];
  const walk = (value: unknown, level: number): void => {
    if (!Array.isArray(value)) {
      out.push(value as Cell);
      return;
    }
    if (level >= depth) throw new RequestError(`${label}: data is nested deeper than its shape.`);
    for (const item of value) walk(item, level + 1);
  };
  walk(data, 0);
  return out;
}

function checkElements(label: string, datatype: Datatype, data: Cell[]): void {
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    let ok: boolean;
    if (datatype === 'BYTES') ok = typeof value === 'string';
    else if (datatype === 'BOOL') ok = typeof value === 'boolean';
    else if (datatype.startsWith('FP')) ok = typeof value === 'number' || value === null;
    else {
      const [low, high] = INTEGER_RANGES[datatype as IntegerType];
      ok = typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
    }
    if (!ok) {
      const expected =
        datatype === 'BYTES'
          ? 'a string'
          : datatype === 'BOOL'
            ? 'true or false'
            : datatype.startsWith('FP')
              ? 'a number'
              : `an integer in the ${datatype} range`;
      throw new RequestError(`${label}: element ${i} is ${describe(value)}; a ${datatype} tensor holds ${expected}.`);
    }
  }
}

/** Reads the binary section that follows the JSON header (Triton's binary tensor data extension). */
class BinaryCursor {
  private offset = 0;
  constructor(private readonly bytes: Buffer) {}

  read(label: string, datatype: Datatype, count: number, size: number): Cell[] {
    if (this.offset + size > this.bytes.length) {
      throw new RequestError(`${label}: binary_data_size ${size} runs past the end of the body.`);
    }
    const view = this.bytes.subarray(this.offset, this.offset + size);
    this.offset += size;
    if (datatype === 'BYTES') return readBinaryStrings(label, view);
    const width = ELEMENT_BYTES[datatype];
    if (size !== count * width) {
      throw new RequestError(`${label}: binary_data_size is ${size} bytes but ${count} ${datatype} elements take ` + `${count * width}.`);
    }
    const out = new Array<Cell>(count);
    for (let i = 0; i < count; i++) out[i] = readBinaryElement(view, datatype, i * width);
    return out;
  }

  finish(): void {
    if (this.offset !== this.bytes.length) {
      throw new RequestError(`the body has ${this.bytes.length - this.offset} bytes of binary data that no input claims.`);
    }
  }
}

function readBinaryElement(view: Buffer, datatype: Datatype, at: number): Cell {
  switch (datatype) {
    case 'BOOL':
      return view[at] !== 0;
    case 'INT8':
      return view.readInt8(at);
    case 'UINT8':
      return view[at];
    case 'INT16':
      return view.readInt16LE(at);
    case 'UINT16':
      return view.readUInt16LE(at);
    case 'INT32':
      return view.readInt32LE(at);
    case 'UINT32':
      return view.readUInt32LE(at);
    case 'INT64':
      return Number(view.readBigInt64LE(at));
    case 'UINT64':
      return Number(view.readBigUInt64LE(at));
    case 'FP16':
      return halfToNumber(view.readUInt16LE(at));
    case 'FP32':
      return view.readFloatLE(at);
    default:
      return view.readDoubleLE(at);
  }
}

function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** BYTES elements in binary form: each is a 4-byte little-endian length, then that many bytes. */
function readBinaryStrings(label: string, view: Buffer): Cell[] {
  const out: Cell[] = [];
  let at = 0;
  while (at < view.length) {
    if (at + 4 > view.length) throw new RequestError(`${label}: a BYTES element's length prefix is cut off.`);
    const length = view.readUInt32LE(at);
    at += 4;
    if (at + length > view.length) throw new RequestError(`${label}: a BYTES element runs past its binary_data_size.`);
    out.push(view.toString('utf8', at, at + length));
    at += length;
  }
  return out;
}

/** The JSON header and the binary section of a body that uses the binary tensor extension. */
function splitBody(body: RequestBody): { json: Buffer; binary: BinaryCursor } {
  const header = body.headers['inference-header-content-length'];
  if (header === undefined) return { json: body.bytes, binary: new BinaryCursor(Buffer.alloc(0)) };
  const length = Number(header);
  if (!Number.isInteger(length) || length < 0 || length > body.bytes.length) {
    throw new RequestError(
      `Inference-Header-Content-Length ${JSON.stringify(header)} does not fit a body of ` + `${body.bytes.length} bytes.`,
    );
  }
  return { json: body.bytes.subarray(0, length), binary: new BinaryCursor(body.bytes.subarray(length)) };
}

/** Tensors → feature columns: one tensor per feature, or one numeric [N, features] matrix. */
function tensorsToColumns(model: ServedModel, tensors: Tensor[]): Columns {
  const features = model.features;
  const byFeature = tensors.every((tensor) => model.featureIndex.has(tensor.name));
  if (!byFeature && tensors.length === 1 && tensors[0].shape.length === 2 && tensors[0].shape[1] === features.length) {
    const [matrix] = tensors;
    if (matrix.datatype === 'BYTES') {
      throw new RequestError(
        `input "${matrix.name}": a [N, ${features.length}] tensor must be numeric; send ` +
          'categorical features as one BYTES tensor per feature, named by the feature.',
      );
    }
    const categorical = features.find((feature) => feature.kind === 'categorical');
    if (categorical) {
      throw new RequestError(
        `input "${matrix.name}": model ${model.name} has the categorical feature ` +
          `"${categorical.name}", which a numeric matrix cannot carry; send one tensor per feature, ` +
          'named by the feature.',
      );
    }
    const rows = matrix.shape[0];
    const width = features.length;
    const values = new Map<string, Cell[]>();
    features.forEach((feature, j) => {
      const cells = new Array<Cell>(rows);
      for (let r = 0; r < rows; r++) cells[r] = asNumberIfBool(matrix.data[r * width + j]);
      values.set(feature.name, cells);
    });
    return { rows, values };
  }
  checkFeatureNames(
    model,
    tensors.map((tensor) => tensor.name),
  );
  const rows = tensors[0].shape[0];
  const values = new Map<string, Cell[]>();
  for (const tensor of tensors) {
    const { shape } = tensor;
    if (shape.length > 2 || (shape.length === 2 && shape[1] !== 1)) {
      throw new RequestError(`input "${tensor.name}": shape ${JSON.stringify(shape)} is not one value per row; use [N] or [N, 1].`);
    }
    if (shape[0] !== rows) {
      throw new RequestError(
        `input "${tensor.name}" has ${shape[0]} row${shape[0] === 1 ? '' : 's'} but input ` + `"${tensors[0].name}" has ${rows}.`,
      );
    }
    const numeric = model.features[model.featureIndex.get(tensor.name)!].kind === 'numeric';
    values.set(tensor.name, numeric && tensor.datatype === 'BOOL' ? tensor.data.map(asNumberIfBool) : tensor.data);
  }
  return { rows, values };
}

function asNumberIfBool(cell: Cell): Cell {
  return typeof cell === 'boolean' ? (cell ? 1 : 0) : cell;
}

function requestedOutputs(model: ServedModel, raw: unknown): readonly OutputSpec[] {
  if (raw === undefined) return model.outputs;
  if (!Array.isArray(raw)) throw new RequestError('outputs must be a list of {name} objects.');
  return raw.map((item, i) => {
    const name = (item as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') throw new RequestError(`outputs[${i}].name must be a string.`);
    const spec = model.outputs.find((output) => output.name === name);
    if (!spec) {
      throw new RequestError(
        `output "${name}" is not an output of model ${model.name} ` +
          `(outputs: ${model.outputs.map((output) => output.name).join(', ')}).`,
      );
    }
    return spec;
  });
}

function parseInfer(body: RequestBody, model: ServedModel) {
  const { json, binary } = splitBody(body);
  const request = parseJsonObject(json, 'an inference request');
  const { id, parameters, inputs } = request;
  if (id !== undefined && typeof id !== 'string') throw new RequestError('id must be a string.');
  if (parameters !== undefined && (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters))) {
    throw new RequestError('parameters must be an object.');
  }
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new RequestError('inputs must be a non-empty list of tensors {name, shape, datatype, data}.');
  }
  const tensors = inputs.map((input, i) => readTensor(input, i, binary));
  binary.finish();
  const outputs = requestedOutputs(model, request.outputs);
  const columns = tensorsToColumns(model, tensors);
  return {
    columns,
    id,
    respond: (predictions: Predictions, served: ServedModel) => ({
      model_name: served.name,
      model_version: served.version,
      ...(id !== undefined ? { id } : {}),
      outputs: outputs.map((spec) => ({
        name: spec.name,
        datatype: spec.datatype,
        shape: spec.width === 1 ? [predictions.rows] : [predictions.rows, spec.width],
        data: outputData(spec, predictions),
      })),
    }),
  };
}

function metadata(view: ServiceView) {
  const { model } = view;
  return {
    name: model.name,
    versions: [model.version],
    platform: `mlops-actions-${model.manifest.framework}`,
    inputs: model.features.map((feature) => ({
      name: feature.name,
      datatype: feature.kind === 'numeric' ? 'FP32' : 'BYTES',
      shape: [-1],
    })),
    outputs: model.outputs.map((spec) => ({
      name: spec.name,
      datatype: spec.datatype,
      shape: spec.width === 1 ? [-1] : [-1, spec.width],
    })),
    parameters: { task: model.task, ...(model.classes ? { classes: model.classes } : {}) },
  };
}

const modelReady = (view: ServiceView) => ({
  status: view.ready ? 200 : 503,
  body: { name: view.model.name, ready: view.ready },
});

function info(template: string, access: InfoRoute['access'], respond: InfoRoute['respond']): InfoRoute {
  return { kind: 'info', method: 'GET', template, access, respond };
}

function infer(template: string): InferRoute {
  return { kind: 'infer', method: 'POST', template, access: 'guarded', parse: parseInfer };
}

export const openInferenceProtocol: Protocol = {
  name: 'open-inference-v2',
  routes: [
    info('/v2', 'open', () => ({
      status: 200,
      body: { name: 'mlops-actions', version: '2', extensions: ['binary_tensor_data'] },
    })),
    info('/v2/health/live', 'open', () => ({ status: 200, body: { live: true } })),
    info('/v2/health/ready', 'open', (view) => ({ status: view.ready ? 200 : 503, body: { ready: view.ready } })),
    info('/v2/models/{name}', 'guarded', (view) => ({ status: 200, body: metadata(view) })),
    info('/v2/models/{name}/versions/{version}', 'guarded', (view) => ({ status: 200, body: metadata(view) })),
    info('/v2/models/{name}/ready', 'open', modelReady),
    info('/v2/models/{name}/versions/{version}/ready', 'open', modelReady),
    infer('/v2/models/{name}/infer'),
    infer('/v2/models/{name}/versions/{version}/infer'),
  ],
};
