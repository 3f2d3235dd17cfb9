import type { Cell, Columns } from '../../model/preprocessing.js';
import { arraysToCheckedColumns, checkFeatureNames, describe, recordsToCheckedColumns } from '../features.js';
import { parseJsonObject } from '../json-body.js';
import { RequestError } from '../request-error.js';
import { outputData, type Predictions, type ServedModel } from '../served-model.js';
import type { InferRoute, InfoRoute, Protocol, RequestBody, ServiceView } from './protocol.js';

/**
 * TensorFlow Serving's REST API. The model has one named input per feature, so:
 * - row form: `instances` is a list of objects keyed by feature (a value may be a scalar or a
 *   one-element list, as a [1]-shaped input), or a list of lists in feature order;
 * - columnar form: `inputs` is an object of per-feature lists, or a list of rows.
 * The model has several named outputs for classifiers (probability or probabilities, and label),
 * so, as TF Serving does for multi-output models, row answers are objects per row and columnar
 * answers are an object of lists; a regression model's single output is a plain list.
 */

const SIGNATURES = new Set(['serving_default']);

/** A [1]-shaped value per row arrives as a one-element list; anything longer is not one value. */
function scalar(value: unknown, where: () => string): Cell {
  if (!Array.isArray(value)) return value as Cell;
  if (value.length === 1 && !Array.isArray(value[0])) return value[0] as Cell;
  throw new RequestError(`${where()}: expected one value, got a list of ${value.length}.`);
}

function unwrapRecords(model: ServedModel, instances: unknown[]): Columns {
  const columns = recordsToCheckedColumns(model, instances, 'instance');
  for (const [name, cells] of columns.values) {
    for (let row = 0; row < cells.length; row++) {
      if (Array.isArray(cells[row])) cells[row] = scalar(cells[row], () => `instance ${row + 1}, feature "${name}"`);
    }
  }
  return columns;
}

/** `[[v1 … vF]]` (one instance of shape [1, F]) reads like `[v1 … vF]`. */
function unwrapRow(row: unknown, width: number): unknown {
  return Array.isArray(row) && row.length === 1 && Array.isArray(row[0]) && row[0].length === width ? row[0] : row;
}

function rowsToColumns(model: ServedModel, rows: unknown[], what: string): Columns {
  const width = model.featureNames.length;
  if (rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
    return unwrapRecords(model, rows);
  }
  if (rows.every(Array.isArray))
    return arraysToCheckedColumns(
      model,
      rows.map((row) => unwrapRow(row, width)),
      what,
    );
  if (width === 1 && rows.every((row) => row === null || typeof row !== 'object')) {
    return { rows: rows.length, values: new Map([[model.featureNames[0], rows as Cell[]]]) };
  }
  const bad = rows.findIndex((row) => row === null || typeof row !== 'object');
  throw new RequestError(
    `${what} ${bad + 1} is ${describe(rows[bad])}; each ${what} must be an object keyed by ` +
      `feature or a list of ${width} values in feature order (${model.featureNames.join(', ')}).`,
  );
}

function columnarToColumns(model: ServedModel, inputs: Record<string, unknown>): Columns {
  const names = Object.keys(inputs);
  checkFeatureNames(model, names);
  let rows = -1;
  const values = new Map<string, Cell[]>();
  for (const name of names) {
    const raw = inputs[name];
    const list = Array.isArray(raw) ? raw : [raw];
    if (rows >= 0 && list.length !== rows) {
      throw new RequestError(
        `inputs["${name}"] has ${list.length} value${list.length === 1 ? '' : 's'} but ` + `inputs["${names[0]}"] has ${rows}.`,
      );
    }
    rows = list.length;
    values.set(
      name,
      list.map((value, row) => scalar(value, () => `inputs["${name}"][${row}]`)),
    );
  }
  return { rows: Math.max(rows, 0), values };
}

function parsePredict(body: RequestBody, model: ServedModel) {
  const request = parseJsonObject(body.bytes, 'a predict request');
  const signature = request.signature_name;
  if (signature !== undefined && (typeof signature !== 'string' || !SIGNATURES.has(signature))) {
    throw new RequestError(`signature_name ${JSON.stringify(signature)} is not served; use "serving_default" or omit it.`);
  }
  const hasInstances = request.instances !== undefined;
  const hasInputs = request.inputs !== undefined;
  if (hasInstances === hasInputs) {
    throw new RequestError('give either "instances" (row form) or "inputs" (columnar form), exactly one of them.');
  }
  let columns: Columns;
  if (hasInstances) {
    if (!Array.isArray(request.instances)) throw new RequestError('instances must be a list, one item per row.');
    columns = rowsToColumns(model, request.instances, 'instance');
  } else if (Array.isArray(request.inputs)) {
    columns = rowsToColumns(model, request.inputs, 'row of inputs');
  } else if (request.inputs !== null && typeof request.inputs === 'object') {
    columns = columnarToColumns(model, request.inputs as Record<string, unknown>);
  } else {
    throw new RequestError('inputs must be an object of per-feature lists, or a list of rows.');
  }
  return {
    columns,
    respond: (predictions: Predictions, served: ServedModel) =>
      hasInstances ? { predictions: rowAnswers(predictions, served) } : { outputs: columnarAnswers(predictions, served) },
  };
}

function rowAnswers(predictions: Predictions, model: ServedModel): unknown[] {
  const data = model.outputs.map((spec) => outputData(spec, predictions));
  const out = new Array<unknown>(predictions.rows);
  for (let row = 0; row < predictions.rows; row++) {
    const values = model.outputs.map((spec, k) =>
      spec.width === 1 ? data[k][row] : data[k].slice(row * spec.width, (row + 1) * spec.width),
    );
    out[row] = values.length === 1 ? values[0] : Object.fromEntries(model.outputs.map((spec, k) => [spec.name, values[k]]));
  }
  return out;
}

function columnarAnswers(predictions: Predictions, model: ServedModel): unknown {
  const columns = model.outputs.map((spec) => {
    const data = outputData(spec, predictions);
    if (spec.width === 1) return data;
    return Array.from({ length: predictions.rows }, (_, row) => data.slice(row * spec.width, (row + 1) * spec.width));
  });
  return columns.length === 1 ? columns[0] : Object.fromEntries(model.outputs.map((spec, k) => [spec.name, columns[k]]));
}

/** GetModelStatusResponse as TF Serving renders it. */
function status(view: ServiceView) {
  return {
    status: 200,
    body: {
      model_version_status: [
        {
          version: view.model.version,
          state: view.ready ? 'AVAILABLE' : 'UNLOADING',
          status: { error_code: 'OK', error_message: '' },
        },
      ],
    },
  };
}

function tensorInfo(name: string, dtype: string, shape: number[]) {
  return {
    dtype,
    tensor_shape: { dim: shape.map((size) => ({ size: String(size), name: '' })), unknown_rank: false },
    name,
  };
}

/** GetModelMetadataResponse with the serving_default signature. */
function metadata(view: ServiceView) {
  const { model } = view;
  const inputs = Object.fromEntries(
    model.features.map((feature) => [feature.name, tensorInfo(feature.name, feature.kind === 'numeric' ? 'DT_FLOAT' : 'DT_STRING', [-1])]),
  );
  const outputs = Object.fromEntries(
    model.outputs.map((spec) => [
      spec.name,
      tensorInfo(spec.name, spec.datatype === 'BYTES' ? 'DT_STRING' : 'DT_FLOAT', spec.width === 1 ? [-1] : [-1, spec.width]),
    ]),
  );
  return {
    status: 200,
    body: {
      model_spec: { name: model.name, signature_name: '', version: model.version },
      metadata: {
        signature_def: {
          signature_def: { serving_default: { inputs, outputs, method_name: 'tensorflow/serving/predict' } },
        },
      },
    },
  };
}

function info(template: string, access: InfoRoute['access'], respond: InfoRoute['respond']): InfoRoute {
  return { kind: 'info', method: 'GET', template, access, respond };
}

function predict(template: string): InferRoute {
  return { kind: 'infer', method: 'POST', template, access: 'guarded', parse: parsePredict };
}

export const tfServingProtocol: Protocol = {
  name: 'tensorflow-serving',
  routes: [
    info('/v1/models/{name}', 'open', status),
    info('/v1/models/{name}/versions/{version}', 'open', status),
    info('/v1/models/{name}/metadata', 'guarded', metadata),
    info('/v1/models/{name}/versions/{version}/metadata', 'guarded', metadata),
    predict('/v1/models/{name}:predict'),
    predict('/v1/models/{name}/versions/{version}:predict'),
  ],
};
