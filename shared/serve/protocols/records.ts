import { recordsToCheckedColumns } from '../features.js';
import { parseJsonBody } from '../json-body.js';
import { RequestError } from '../request-error.js';
import { rowValue, type Predictions, type ServedModel } from '../served-model.js';
import type { Protocol, RequestBody } from './protocol.js';

/**
 * The simplest client: `POST /predict` with one record or a list of records keyed by feature
 * name, answered with `{model, version, predictions}` (plus `labels` for classifiers).
 */
function parseRecords(body: RequestBody, model: ServedModel) {
  const value = parseJsonBody(body.bytes);
  let records: unknown[];
  if (Array.isArray(value)) records = value;
  else if (value !== null && typeof value === 'object') records = [value];
  else throw new RequestError('the body must be a record (a JSON object keyed by feature name) or a list of records.');
  return {
    columns: recordsToCheckedColumns(model, records),
    respond: (predictions: Predictions, served: ServedModel) => {
      const values = new Array<unknown>(predictions.rows);
      for (let row = 0; row < predictions.rows; row++) values[row] = rowValue(predictions, row);
      return {
        model: served.name,
        version: served.version,
        predictions: values,
        ...(predictions.labels ? { labels: predictions.labels } : {}),
      };
    },
  };
}

export const recordsProtocol: Protocol = {
  name: 'records',
  routes: [{ kind: 'infer', method: 'POST', template: '/predict', access: 'guarded', parse: parseRecords }],
};
