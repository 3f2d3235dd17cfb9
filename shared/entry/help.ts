import { ACTIONS, ACTION_NAMES, type ActionName } from '../inputs/definitions.js';

export function usageText(): string {
  const width = Math.max(...ACTION_NAMES.map((name) => name.length));
  const lines = ACTION_NAMES.map((name) => `  ${name.padEnd(width)}  ${ACTIONS[name].description}`);
  return [
    'Usage: mlops <action> --<input> value …',
    '',
    'Runs an mlops-actions step on this machine with the same inputs as in workflow YAML.',
    'Outputs are printed as JSON on stdout; logs and the job summary go to stderr.',
    '',
    'Actions:',
    ...lines,
    '',
    'Run `mlops <action> --help` for its inputs.',
    'Model registry: `mlops registry list <name>` (see `mlops registry --help`).',
    'Inference service: `mlops serve <package | name@alias>` (see `mlops serve --help`).',
    'The whole lifecycle on a local GitHub: `mlops example`; its web view: `mlops github serve`.',
    '',
  ].join('\n');
}

export function helpText(name: ActionName): string {
  const def = ACTIONS[name];
  const inputs = Object.entries(def.inputs).map(([input, d]) => {
    const type = d.type.kind === 'enum' ? d.type.values.join('|') : d.type.kind;
    const flags = [d.required ? 'required' : undefined, d.default !== undefined ? `default: ${d.default}` : undefined]
      .filter(Boolean)
      .join(', ');
    return `  --${input} <${type}>${flags ? `  (${flags})` : ''}\n      ${d.description}`;
  });
  const outputs = Object.entries(def.outputs).map(([output, d]) => `  ${output}: ${d.description}`);
  return [`mlops ${name}: ${def.description}`, '', 'Inputs:', ...inputs, '', 'Outputs (JSON on stdout):', ...outputs, ''].join('\n');
}
