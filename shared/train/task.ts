import { isMissing, parseNumber, type Cell, type Task } from '../model/preprocessing.js';

/** Up to this many distinct whole-number values, a numeric target is read as class labels. */
export const MAX_INTEGER_CLASSES = 10;

/**
 * The task a target implies when the config does not say: two values is binary; text, or a few
 * whole numbers, is multiclass; anything else numeric is regression. Returns the reason too, for the log.
 */
export function detectTask(cells: readonly Cell[]): { task: Task; reason: string } {
  const distinct = new Set<string>();
  let numeric = true;
  let integers = true;
  for (const cell of cells) {
    if (isMissing(cell)) continue;
    const text = String(cell).trim();
    distinct.add(text);
    const value = parseNumber(cell);
    if (Number.isNaN(value)) numeric = false;
    else if (!Number.isInteger(value)) integers = false;
  }
  if (distinct.size === 2) return { task: 'binary-classification', reason: `the target has two values (${[...distinct].join(', ')})` };
  if (!numeric) return { task: 'multiclass-classification', reason: `the target is text with ${distinct.size} values` };
  if (integers && distinct.size <= MAX_INTEGER_CLASSES)
    return { task: 'multiclass-classification', reason: `the target has ${distinct.size} whole-number values` };
  return { task: 'regression', reason: `the target is numeric with ${distinct.size} distinct values` };
}
