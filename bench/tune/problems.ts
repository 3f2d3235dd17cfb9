import { existsSync, readFileSync } from 'node:fs';

/**
 * The benchmark problems, defined exactly as bench/tune/optuna_bench.py defines them, so both
 * sides optimise the same functions over the same spaces.
 */
export interface Problem {
  name: string;
  /** Search space in tune's YAML shape (as an object). */
  space: Record<string, Record<string, unknown>>;
  /** Known global minimum, for the simple regret. */
  optimum: number;
  evaluate(params: Record<string, number>): number;
}

export const branin: Problem = {
  name: 'branin',
  space: { x1: { type: 'uniform', low: -5, high: 10 }, x2: { type: 'uniform', low: 0, high: 15 } },
  optimum: 0.39788735772973816,
  evaluate({ x1, x2 }) {
    const b = 5.1 / (4 * Math.PI ** 2);
    const c = 5 / Math.PI;
    const t = 1 / (8 * Math.PI);
    return (x2 - b * x1 ** 2 + c * x1 - 6) ** 2 + 10 * (1 - t) * Math.cos(x1) + 10;
  },
};

const HARTMANN_ALPHA = [1.0, 1.2, 3.0, 3.2];
const HARTMANN_A = [
  [10, 3, 17, 3.5, 1.7, 8],
  [0.05, 10, 17, 0.1, 8, 14],
  [3, 3.5, 1.7, 10, 17, 8],
  [17, 8, 0.05, 10, 0.1, 14],
];
const HARTMANN_P = [
  [1312, 1696, 5569, 124, 8283, 5886],
  [2329, 4135, 8307, 3736, 1004, 9991],
  [2348, 1451, 3522, 2883, 3047, 6650],
  [4047, 8828, 8732, 5743, 1091, 381],
].map((row) => row.map((v) => v * 1e-4));

export const hartmann6: Problem = {
  name: 'hartmann6',
  space: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`x${i}`, { type: 'uniform', low: 0, high: 1 }])),
  optimum: -3.3223680114155147,
  evaluate(params) {
    let sum = 0;
    for (let i = 0; i < 4; i++) {
      let inner = 0;
      for (let j = 0; j < 6; j++) inner += HARTMANN_A[i][j] * (params[`x${j}`] - HARTMANN_P[i][j]) ** 2;
      sum += HARTMANN_ALPHA[i] * Math.exp(-inner);
    }
    return -sum;
  },
};

export const PROBLEMS = [branin, hartmann6];

/** bench/tune/churn-table.json, made by churn-table.mjs (run from the repository root). */
export const CHURN_TABLE = 'bench/tune/churn-table.json';

/**
 * A small real training: the validation loss of the built-in trainer on the shipped churn
 * example, looked up in a table of every point of a 7 × 4 × 4 × 3 grid (learning rate, hidden
 * layers, dropout, batch size) that churn-table.mjs trained through the tune step. Each parameter
 * is the index of its value, an int, so both samplers see the grid's order.
 */
export function churn(): Problem {
  if (!existsSync(CHURN_TABLE)) throw new Error(`${CHURN_TABLE} is missing: run node bench/tune/churn-table.mjs first`);
  const table = JSON.parse(readFileSync(CHURN_TABLE, 'utf8')) as { grid: Record<string, unknown[]>; rows: number[][] };
  const names = ['lr', 'hidden', 'dropout', 'batch'];
  const sizes = Object.values(table.grid).map((values) => values.length);
  const values = new Map(table.rows.map((row) => [row.slice(0, 4).join(','), row[4]]));
  return {
    name: 'churn',
    space: Object.fromEntries(names.map((name, i) => [name, { type: 'int', low: 0, high: sizes[i] - 1 }])),
    optimum: Math.min(...values.values()),
    evaluate(params) {
      const value = values.get(names.map((name) => params[name]).join(','));
      if (value === undefined) throw new Error(`no table entry for ${JSON.stringify(params)}`);
      return value;
    },
  };
}
