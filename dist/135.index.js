export const id = 135;
export const ids = [135];
export const modules = {

/***/ 33135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/train/artifact.ts
var train_artifact = __webpack_require__(90901);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/data/profile.ts + 2 modules
var data_profile = __webpack_require__(98128);
// EXTERNAL MODULE: ./shared/model/package.ts
var model_package = __webpack_require__(85056);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./shared/metrics/definitions.ts
var definitions = __webpack_require__(50226);
;// CONCATENATED MODULE: ./shared/tune/direction.ts


/** Direction of a metric as named in metrics.json (`val_auc`, `cv_val_loss_mean`…), from the metric definitions. Undefined when unknown. */
function knownDirection(metric) {
    const definition = (0,definitions/* findReportedMetric */.H9)(metric);
    if (!definition)
        return undefined;
    return definition.direction === 'higher' ? 'maximize' : 'minimize';
}
/**
 * The study's direction: the metric's own when it is known; an explicit direction that
 * contradicts it is refused, because optimising a metric the wrong way round returns the worst
 * model with every sign of success. An unknown metric needs an explicit direction.
 */
function resolveDirection(metric, explicit) {
    const known = knownDirection(metric);
    if (known && explicit && known !== explicit) {
        throw new errors/* InputError */.dz(`direction is ${explicit} but ${metric} is better when ${known === 'minimize' ? 'lower' : 'higher'}; ` +
            `set direction: ${known} (or leave it out).`, 'direction');
    }
    const direction = known ?? explicit;
    if (!direction) {
        throw new errors/* InputError */.dz(`metric "${metric}" is not one the suite knows, so its direction is unknown; set direction: ` + `minimize or maximize.`, 'direction');
    }
    return direction;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/tune/space.ts



const TYPES = ['uniform', 'loguniform', 'int', 'choice'];
const KEYS = ['type', 'low', 'high', 'step', 'log', 'values', 'when', 'grid'];
const EXAMPLE = 'e.g. learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}';
function fail(message) {
    throw new errors/* InputError */.dz(message, 'search-space');
}
/** JSON text that is equal for equal values: choice values are compared through it. */
function valueKey(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]))
        : v);
}
function numberOf(name, key, value) {
    const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
        fail(`search-space parameter "${name}": ${key} must be a number (got ${JSON.stringify(value)}).`);
    }
    return parsed;
}
/** Accepts `{type: uniform, low, ` +
  `high}`, `{uniform: [low, high]}`, `{uniform: {low, high}}` and a bare list (choice). */
function normalizeEntry(name, raw) {
    if (Array.isArray(raw))
        return { type: 'choice', values: raw };
    if (raw === null || typeof raw !== 'object') {
        fail(`search-space parameter "${name}" must be a mapping such as {type: uniform, low: 0, high: ` +
            `1} or a list of choices (got ${JSON.stringify(raw)}).`);
    }
    const entry = { ...raw };
    const shorthand = TYPES.filter((type) => type in entry);
    if (shorthand.length > 1)
        fail(`search-space parameter "${name}" names several distributions (${shorthand.join(', ')}); give one.`);
    if (shorthand.length === 1) {
        const type = shorthand[0];
        if (entry.type !== undefined && entry.type !== type)
            fail(`search-space parameter "${name}" says both type: ${String(entry.type)} and ${type}; give one.`);
        const body = entry[type];
        delete entry[type];
        entry.type = type;
        if (type === 'choice')
            entry.values = body;
        else if (Array.isArray(body)) {
            if (body.length !== 2)
                fail(`search-space parameter "${name}": ${type}: [low, ` + `high] needs exactly two numbers (got ${JSON.stringify(body)}).`);
            [entry.low, entry.high] = body;
        }
        else if (body && typeof body === 'object')
            Object.assign(entry, body);
        else
            fail(`search-space parameter "${name}": write ${type}: [low, high] or ${type}: {low: …, high: ` + `…} (got ${JSON.stringify(body)}).`);
    }
    for (const key of Object.keys(entry)) {
        if (!KEYS.includes(key)) {
            const hint = (0,suggest/* closest */.k)(key, KEYS);
            fail(`search-space parameter "${name}" has the unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}. ` +
                `Keys: ${KEYS.join(', ')}.`);
        }
    }
    return entry;
}
function parseDistribution(name, entry) {
    const type = entry.type;
    if (typeof type !== 'string' || !TYPES.includes(type)) {
        const hint = typeof type === 'string' ? (0,suggest/* closest */.k)(type, TYPES) : undefined;
        const got = type === undefined ? '' : ` (got ${JSON.stringify(type)})`;
        const didYouMean = hint ? `; did you mean "${hint}"?` : '.';
        fail(`search-space parameter "${name}" needs type: ${TYPES.join(', ')}${got}${didYouMean} ${EXAMPLE}.`);
    }
    if (type === 'choice') {
        const values = entry.values;
        if (!Array.isArray(values) || values.length === 0)
            fail(`search-space parameter "${name}": a choice needs a non-empty list, e.g. values: [adam, sgd].`);
        const seen = new Set();
        for (const value of values) {
            const key = valueKey(value);
            if (seen.has(key))
                fail(`search-space parameter "${name}" lists the choice ${key} twice; list each value once.`);
            seen.add(key);
        }
        for (const key of ['low', 'high', 'step', 'log']) {
            if (entry[key] !== undefined)
                fail(`search-space parameter "${name}": ${key} does not apply to a choice; list the values instead.`);
        }
        return { type: 'choice', values: values };
    }
    if (entry.values !== undefined)
        fail(`search-space parameter "${name}": values applies to a choice only; a ${type} takes low and high.`);
    if (entry.low === undefined || entry.high === undefined)
        fail(`search-space parameter "${name}": a ${type} needs low and high, ${EXAMPLE}.`);
    const low = numberOf(name, 'low', entry.low);
    const high = numberOf(name, 'high', entry.high);
    if (!(low <= high))
        fail(`search-space parameter "${name}": low (${low}) must not be above high (${high}).`);
    if (entry.log !== undefined && typeof entry.log !== 'boolean')
        fail(`search-space parameter "${name}": log must be true or false.`);
    if (type === 'loguniform') {
        if (low <= 0)
            fail(`search-space parameter "${name}": a loguniform range must be above 0 (low is ${low}); ` + `use uniform for ranges that include 0.`);
        if (entry.step !== undefined)
            fail(`search-space parameter "${name}": step does not combine with a log scale; drop step or use uniform.`);
        return { type: 'loguniform', low, high };
    }
    if (type === 'uniform') {
        if (entry.log === true)
            fail(`search-space parameter "${name}": for a log scale write type: loguniform.`);
        if (entry.step === undefined)
            return { type: 'uniform', low, high };
        const step = numberOf(name, 'step', entry.step);
        if (step <= 0)
            fail(`search-space parameter "${name}": step must be above 0 (got ${step}).`);
        const count = (high - low) / step;
        if (Math.abs(count - Math.round(count)) > 1e-9 * Math.max(1, count)) {
            fail(`search-space parameter "${name}": high − low (${high - low}) must be a whole number of steps ${step}.`);
        }
        return { type: 'uniform', low, high, step };
    }
    if (!Number.isInteger(low) || !Number.isInteger(high))
        fail(`search-space parameter "${name}": an int range needs whole numbers (got ${low}..${high}); ` + `use uniform for fractions.`);
    const log = entry.log === true;
    const step = entry.step === undefined ? 1 : numberOf(name, 'step', entry.step);
    if (!Number.isInteger(step) || step < 1)
        fail(`search-space parameter "${name}": an int step must be a whole number ≥ 1 (got ${step}).`);
    if (log && step !== 1)
        fail(`search-space parameter "${name}": an int with log: true cannot have a step; drop one of them.`);
    if (log && low < 1)
        fail(`search-space parameter "${name}": an int with log: true must start at 1 or more (low is ${low}).`);
    if ((high - low) % step !== 0)
        fail(`search-space parameter "${name}": high − low (${high - low}) must be a multiple of step ${step}.`);
    return { type: 'int', low, high, step, log };
}
function parseWhen(name, raw) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length === 0) {
        fail(`search-space parameter "${name}": when must map a choice parameter to its value(s), e.g. when: {model: mlp}.`);
    }
    return Object.fromEntries(Object.entries(raw).map(([parent, value]) => [
        parent,
        (Array.isArray(value) ? value : [value]),
    ]));
}
/**
 * Parses a search space given as YAML/JSON text or as an already parsed object; every problem is
 * an InputError naming the parameter and what to write instead.
 */
function parseSearchSpace(input) {
    let raw = input;
    if (typeof input === 'string') {
        try {
            raw = (0,dist/* parse */.qg)(input);
        }
        catch (error) {
            fail(`search-space is not valid YAML or JSON: ${error.message.split('\n')[0]}.`);
        }
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length === 0) {
        fail(`search-space must be a non-empty mapping of parameter to distribution, ${EXAMPLE}.`);
    }
    const parameters = [];
    for (const [name, value] of Object.entries(raw)) {
        const entry = normalizeEntry(name, value);
        const parameter = { name, distribution: parseDistribution(name, entry) };
        if (entry.when !== undefined)
            parameter.when = parseWhen(name, entry.when);
        if (entry.grid !== undefined) {
            const points = numberOf(name, 'grid', entry.grid);
            if (parameter.distribution.type === 'choice')
                fail(`search-space parameter "${name}": grid applies to numeric ranges; a choice is searched value by value.`);
            if (!Number.isInteger(points) || points < 1)
                fail(`search-space parameter "${name}": grid must be a whole number of points ≥ 1 (got ${points}).`);
            parameter.gridPoints = points;
        }
        parameters.push(parameter);
    }
    return { parameters: orderParents(parameters) };
}
/** Checks each `when` against its parent and puts parents first, so one pass in order can decide what is active. */
function orderParents(parameters) {
    const byName = new Map(parameters.map((p) => [p.name, p]));
    for (const parameter of parameters) {
        for (const [parentName, values] of Object.entries(parameter.when ?? {})) {
            const parent = byName.get(parentName);
            if (!parent) {
                const hint = (0,suggest/* closest */.k)(parentName, [...byName.keys()]);
                fail(`search-space parameter "${parameter.name}": when refers to "${parentName}", ` +
                    `which is not a parameter${hint ? ` (did you mean "${hint}"?)` : ''}.`);
            }
            if (parent.distribution.type !== 'choice') {
                fail(`search-space parameter "${parameter.name}": when can only test a choice parameter, ` +
                    `and "${parentName}" is a ${parent.distribution.type}.`);
            }
            const allowed = new Set(parent.distribution.values.map(valueKey));
            for (const value of values) {
                if (!allowed.has(valueKey(value))) {
                    fail(`search-space parameter "${parameter.name}": when ${parentName}: ${valueKey(value)} can never hold; ` +
                        `"${parentName}" takes ${parent.distribution.values.map(valueKey).join(', ')}.`);
                }
            }
        }
    }
    const ordered = [];
    const state = new Map();
    const visit = (parameter, path) => {
        if (state.get(parameter.name) === 'done')
            return;
        if (state.get(parameter.name) === 'visiting')
            fail(`search-space conditions form a cycle: ${[...path, parameter.name].join(' → ')}; ` + `a parameter cannot depend on itself.`);
        state.set(parameter.name, 'visiting');
        for (const parentName of Object.keys(parameter.when ?? {}))
            visit(byName.get(parentName), [...path, parameter.name]);
        state.set(parameter.name, 'done');
        ordered.push(parameter);
    };
    for (const parameter of parameters)
        visit(parameter, []);
    return ordered;
}
/** Whether `parameter` exists given the values chosen so far (its parents come first in the space). */
function isActive(parameter, params) {
    if (!parameter.when)
        return true;
    for (const [parent, values] of Object.entries(parameter.when)) {
        if (!(parent in params))
            return false;
        const key = valueKey(params[parent]);
        if (!values.some((value) => valueKey(value) === key))
            return false;
    }
    return true;
}
/** The index of a choice value, or -1. */
function choiceIndex(distribution, value) {
    const key = valueKey(value);
    return distribution.values.findIndex((candidate) => valueKey(candidate) === key);
}
/** Whether `value` is a value the distribution can produce (used to check params read from files). */
function inDistribution(distribution, value) {
    if (distribution.type === 'choice')
        return choiceIndex(distribution, value) >= 0;
    if (typeof value !== 'number' || !Number.isFinite(value))
        return false;
    const tolerance = 1e-9 * Math.max(1, Math.abs(distribution.high - distribution.low));
    if (value < distribution.low - tolerance || value > distribution.high + tolerance)
        return false;
    if (distribution.type === 'int')
        return Number.isInteger(value) && (value - distribution.low) % distribution.step === 0;
    return true;
}
/**
 * Checks that `params` are exactly the active parameters of the space with values it can
 * produce: a trials file or a trial result from another study is refused instead of mixed in.
 */
function checkParams(space, params, where) {
    const expected = new Set();
    for (const parameter of space.parameters) {
        if (!isActive(parameter, params))
            continue;
        expected.add(parameter.name);
        if (!(parameter.name in params))
            throw new errors/* InputError */.dz(`${where} has no value for the parameter "${parameter.name}"; it was made with another search space.`);
        if (!inDistribution(parameter.distribution, params[parameter.name])) {
            throw new errors/* InputError */.dz(`${where} has ${parameter.name} = ${valueKey(params[parameter.name])}, outside the search space; ` +
                `it was made with another search space.`);
        }
    }
    for (const name of Object.keys(params)) {
        if (!expected.has(name))
            throw new errors/* InputError */.dz(`${where} has the parameter "${name}", which the search space does not have (or not for these values); ` +
                `it was made with another search space.`);
    }
}
/** Snaps a number to what the distribution allows: the step grid, whole numbers, the bounds. */
function snapToDistribution(distribution, value) {
    const { low, high } = distribution;
    let snapped = value;
    if (distribution.type === 'int') {
        snapped = distribution.log ? Math.round(value) : low + Math.round((value - low) / distribution.step) * distribution.step;
    }
    else if (distribution.type === 'uniform' && distribution.step !== undefined) {
        const steps = Math.round((value - low) / distribution.step);
        // Multiplying the step count keeps values like 0.30000000000000004 out of the trials file.
        snapped = Number((low + steps * distribution.step).toPrecision(15));
    }
    return Math.min(high, Math.max(low, snapped));
}
/** The space as the canonical mapping `parseSearchSpace` reads: stored in the trials file, compared on resume. */
function spaceDefinition(space) {
    const out = {};
    for (const { name, distribution, when, gridPoints } of space.parameters) {
        const entry = { ...distribution };
        if (distribution.type === 'int' && !distribution.log)
            delete entry.log;
        if (distribution.type === 'int' && distribution.step === 1)
            delete entry.step;
        if (when)
            entry.when = when;
        if (gridPoints !== undefined)
            entry.grid = gridPoints;
        out[name] = entry;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/tune/study.ts





const STATES = ['running', 'complete', 'pruned', 'failed'];
function toSearchSpace(space) {
    if (typeof space === 'object' && Array.isArray(space.parameters))
        return space;
    return parseSearchSpace(space);
}
function createStudy(options) {
    const metric = options.metric ?? 'val_loss';
    if (!Number.isInteger(options.maxTrials) || options.maxTrials < 1)
        throw new errors/* InputError */.dz(`trials must be a whole number ≥ 1 (got ${options.maxTrials}).`, 'trials');
    if (!Number.isInteger(options.seed) || options.seed < 0)
        throw new errors/* InputError */.dz(`seed must be a whole number ≥ 0 (got ${options.seed}).`, 'seed');
    return {
        version: 1,
        metric,
        direction: resolveDirection(metric, options.direction),
        sampler: options.sampler,
        pruner: options.pruner ?? { name: 'none' },
        seed: options.seed,
        maxTrials: options.maxTrials,
        space: spaceDefinition(toSearchSpace(options.space)),
        trials: [],
    };
}
const spaces = new WeakMap();
/** The study's search space, parsed once. */
function studySpace(study) {
    let space = spaces.get(study.space);
    if (!space)
        spaces.set(study.space, (space = parseSearchSpace(study.space)));
    return space;
}
/** What differs between two studies' definitions (empty when one can continue the other). */
function definitionDifferences(a, b) {
    const fields = ['metric', 'direction', 'sampler', 'pruner', 'seed', 'space'];
    return fields.filter((field) => valueKey(a[field]) !== valueKey(b[field]));
}
function trialOf(study, number) {
    return study.trials.find((trial) => trial.number === number);
}
/** Adds or replaces the trial with the same number, keeping trials in number order. */
function putTrial(study, trial) {
    const at = study.trials.findIndex((t) => t.number === trial.number);
    if (at >= 0)
        study.trials[at] = trial;
    else {
        study.trials.push(trial);
        study.trials.sort((a, b) => a.number - b.number);
    }
}
/** The best complete trial; the earliest wins a tie, so the answer does not depend on order of arrival. */
function bestTrial(study) {
    let best;
    for (const trial of study.trials) {
        if (trial.state !== 'complete')
            continue;
        if (!best)
            best = trial;
        else {
            const better = study.direction === 'minimize' ? trial.value < best.value : trial.value > best.value;
            if (better || (trial.value === best.value && trial.number < best.number))
                best = trial;
        }
    }
    return best;
}
function countByState(study) {
    const counts = { running: 0, complete: 0, pruned: 0, failed: 0 };
    for (const trial of study.trials)
        counts[trial.state]++;
    return counts;
}
/**
 * Throws when trials have finished and every one of them failed: the search learnt nothing, and
 * the first error is usually the cause.
 */
function assertNotAllFailed(study) {
    const finished = study.trials.filter((trial) => trial.state !== 'running');
    if (finished.length === 0 || finished.some((trial) => trial.state !== 'failed'))
        return;
    const first = finished.reduce((a, b) => (b.number < a.number ? b : a));
    const all = finished.length === 1 ? 'the only trial' : `all ${finished.length} trials`;
    throw new errors/* UserError */.yo(`${all} failed; the first (trial ${first.number}) with: ${first.error ?? 'no error message'}`);
}
// ---------------------------------------------------------------- files
/** JSON of the study; NaN intermediate values become null. */
function studyToJson(study) {
    const finite = (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value);
    return `${JSON.stringify(study, finite, 2)}\n`;
}
/** Reads and checks a trials file's text; problems are FileErrors naming the file. */
function parseStudyJson(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* FileError */.f6(`is not valid JSON (${error.message}); it should be a trials file written by tune.`, file);
    }
    const fail = (message) => {
        throw new errors/* FileError */.f6(`${message}; it does not look like a trials file written by tune.`, file);
    };
    if (!raw || typeof raw !== 'object' || raw.version !== 1)
        fail('has no "version": 1');
    for (const key of ['metric', 'direction', 'sampler', 'pruner', 'seed', 'maxTrials', 'space', 'trials'])
        if (!(key in raw))
            fail(`has no "${key}"`);
    if (!Array.isArray(raw.trials))
        fail('"trials" is not a list');
    let space;
    try {
        space = parseSearchSpace(raw.space);
    }
    catch (error) {
        return fail(`has an unreadable search space (${error.message})`);
    }
    const numbers = new Set();
    for (const trial of raw.trials) {
        if (!trial || typeof trial !== 'object' || !Number.isInteger(trial.number) || trial.number < 0)
            fail('has a trial without a whole "number"');
        if (numbers.has(trial.number))
            fail(`has trial ${trial.number} twice`);
        numbers.add(trial.number);
        if (!STATES.includes(trial.state))
            fail(`trial ${trial.number} has the unknown state ${JSON.stringify(trial.state)}`);
        if (trial.state === 'complete' && typeof trial.value !== 'number')
            fail(`complete trial ${trial.number} has no value`);
        if (!Array.isArray(trial.intermediate))
            trial.intermediate = [];
        trial.intermediate = trial.intermediate.map((point) => ({
            epoch: point.epoch,
            value: point.value ?? Number.NaN,
        }));
        if (trial.value === null)
            trial.value = Number.NaN;
        try {
            checkParams(space, trial.params ?? {}, `trial ${trial.number}`);
        }
        catch (error) {
            fail(error.message.replace(/; it was made with another search space\.$/, ''));
        }
    }
    raw.trials.sort((a, b) => a.number - b.number);
    return raw;
}
function csvCell(value) {
    if (value === undefined || value === null)
        return '';
    const text = typeof value === 'string' ? value : typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : JSON.stringify(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** One row per trial, one `params_<name>` column per parameter (Optuna's trials_dataframe naming). */
function studyToCsv(study) {
    const names = studySpace(study).parameters.map((p) => p.name);
    const header = [
        'number',
        'state',
        'value',
        'last_epoch',
        'pruned_at',
        'duration_s',
        'round',
        'error',
        ...names.map((n) => `params_${n}`),
    ];
    const rows = study.trials.map((trial) => {
        const lastEpoch = trial.intermediate.length ? Math.max(...trial.intermediate.map((p) => p.epoch)) : undefined;
        const params = trial.params;
        return [
            trial.number,
            trial.state,
            trial.value,
            lastEpoch,
            trial.prunedAt,
            trial.durationSeconds,
            trial.round,
            trial.error,
            ...names.map((n) => params[n]),
        ];
    });
    return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
/** `trials.json` → `trials.csv`; any other name gets `.csv` appended. */
function csvPathFor(jsonPath) {
    return jsonPath.endsWith('.json') ? `${jsonPath.slice(0, -5)}.csv` : `${jsonPath}.csv`;
}
async function writeAtomically(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, text);
    await (0,promises_.rename)(temporary, path);
}
/** Writes the JSON trials file and its CSV twin, each replaced whole: an interrupted write never leaves half a file. */
async function writeStudyFiles(study, jsonPath) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(jsonPath), { recursive: true });
    await writeAtomically(jsonPath, studyToJson(study));
    await writeAtomically(csvPathFor(jsonPath), studyToCsv(study));
}
/** The study in a trials file, or undefined when there is no such file. */
async function readStudyFile(jsonPath) {
    let text;
    try {
        text = await (0,promises_.readFile)(jsonPath, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* FileError */.f6(`cannot be read: ${error.message}`, jsonPath);
    }
    return parseStudyJson(text, jsonPath);
}

// EXTERNAL MODULE: ./shared/train/command.ts + 1 modules
var train_command = __webpack_require__(3122);
// EXTERNAL MODULE: ./shared/train/config.ts
var train_config = __webpack_require__(76289);
// EXTERNAL MODULE: ./shared/train/manifest.ts
var manifest = __webpack_require__(78262);
// EXTERNAL MODULE: ./shared/train/trial.ts
var trial = __webpack_require__(90603);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./shared/train/trial-pool.ts





/** The bundle (dist/index.js) next to the running chunk, or MLOPS_TUNE_WORKER_BUNDLE; undefined when running from the sources. */
function trialWorkerBundle(env) {
    let here;
    try {
        here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    }
    catch {
        here = undefined;
    }
    const candidates = [env.MLOPS_TUNE_WORKER_BUNDLE, here && (0,external_node_path_.join)(here, 'index.js')];
    return candidates.find((file) => Boolean(file) && (0,external_node_fs_.existsSync)(file));
}
// `node -e` with the bundle's URL as its first argument: no extra file has to ship beside the bundle.
const BOOT = 'import(process.argv[1]).then((bundle) => bundle.serveTrialWorker()).catch((error) => { console.error(error); process.exit(70); });';
function createTrialPool(options) {
    const bundle = options.bundle ?? trialWorkerBundle(options.env);
    return bundle ? processPool(options, bundle) : inProcessPool();
}
/** From the sources: one trial at a time in this process (TF.js holds one global engine). */
function inProcessPool() {
    let queue = Promise.resolve();
    return {
        processes: false,
        run(request, onEpoch, log) {
            const result = queue.then(() => (0,trial/* trainConfigTrial */.n5)(request, { onEpoch, log }));
            queue = result.catch(() => undefined);
            return result;
        },
        async close() {
            await queue;
        },
    };
}
function processPool(options, bundle) {
    const workers = [];
    const waiting = [];
    let nextId = 1;
    let closed = false;
    const spawnWorker = () => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, ['-e', BOOT, (0,external_node_url_.pathToFileURL)(bundle).href], {
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
            serialization: 'advanced',
        });
        const worker = { child, busy: false, stderr: [] };
        const keep = (chunk) => {
            worker.stderr.push(...chunk.toString('utf8').split('\n').filter(Boolean));
            worker.stderr.splice(0, Math.max(0, worker.stderr.length - 20));
        };
        child.stderr.on('data', keep);
        // Anything a library prints on stdout must not reach the runner as a workflow command.
        child.stdout.on('data', (chunk) => worker.current?.log?.(chunk.toString('utf8').trimEnd()));
        child.on('message', (message) => {
            const current = worker.current;
            if (!current || message.id !== current.id)
                return;
            switch (message.type) {
                case 'epoch': {
                    let decision = 'continue';
                    try {
                        decision = current.onEpoch(message.epoch, message.logs);
                    }
                    catch (error) {
                        // The trial fails with this error once the worker has stopped it.
                        current.error = error;
                        decision = 'stop';
                    }
                    child.send({ type: 'decision', id: message.id, decision });
                    break;
                }
                case 'log':
                    current.log?.(message.message);
                    break;
                case 'done':
                    finish(worker, () => current.resolve(message.outcome));
                    break;
                case 'stopped':
                    finish(worker, () => current.reject(current.error ?? new trial/* TrialStopped */.EF(message.epoch)));
                    break;
                case 'failed':
                    finish(worker, () => current.reject(new Error(message.message)));
                    break;
            }
        });
        child.on('exit', (code, signal) => {
            const at = workers.indexOf(worker);
            if (at >= 0)
                workers.splice(at, 1);
            const current = worker.current;
            worker.current = undefined;
            if (current) {
                const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
                const tail = worker.stderr.length ? `: ${worker.stderr.slice(-3).join(' | ')}` : '';
                current.reject(new Error(`the trial's worker process ${how} (out of memory?)${tail}`));
            }
            // A waiting trial gets a fresh process in its place.
            if (!closed && waiting.length > 0) {
                const fresh = spawnWorker();
                fresh.busy = true;
                waiting.shift()(fresh);
            }
        });
        child.on('error', () => {
            // 'exit' follows and fails the current trial.
        });
        workers.push(worker);
        return worker;
    };
    const finish = (worker, settle) => {
        if (!worker.current)
            return;
        worker.current = undefined;
        settle();
        const next = waiting.shift();
        if (next)
            next(worker);
        else
            worker.busy = false;
    };
    const acquire = () => {
        const idle = workers.find((w) => !w.busy);
        if (idle) {
            idle.busy = true;
            return Promise.resolve(idle);
        }
        if (workers.length < options.size) {
            const worker = spawnWorker();
            worker.busy = true;
            return Promise.resolve(worker);
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    return {
        processes: true,
        async run(request, onEpoch, log) {
            const worker = await acquire();
            const id = nextId++;
            return new Promise((resolve, reject) => {
                worker.current = { id, onEpoch, log, resolve, reject };
                worker.child.send({ type: 'run', id, request });
            });
        },
        async close() {
            closed = true;
            await Promise.all(workers.map((worker) => new Promise((resolve) => {
                if (worker.child.exitCode !== null || worker.child.signalCode !== null)
                    return resolve();
                worker.child.once('exit', () => resolve());
                worker.child.disconnect();
                setTimeout(() => worker.child.kill('SIGKILL'), 5000).unref();
            })));
        },
    };
}

;// CONCATENATED MODULE: ./shared/train/tune-objective.ts











function commandIO(io, number) {
    return { ...io, info: (message) => io.info(`[trial ${number}] ${message}`) };
}
/** A trial's value from the metrics its training reported; a missing metric fails the trial, naming the ones there. */
function trialResult(metrics, metric, attributes) {
    const value = metrics[metric];
    if (value === undefined) {
        throw new errors/* UserError */.yo(`the training reported no "${metric}" (it reported ${Object.keys(metrics).join(', ') || 'nothing'}); set metric to one of them.`);
    }
    return { value, attributes };
}
/** Every parameter of the space must be a setting applyParams can set in a trainer config. */
function checkParameterNames(study) {
    for (const parameter of studySpace(study).parameters) {
        try {
            (0,train_config/* applyParams */.J4)({}, { [parameter.name]: null });
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            throw new errors/* InputError */.dz(error.message.replace(/^params has the unknown parameter ("[^"]*")/, 'search-space parameter $1 is not a setting of the trainer config'), 'search-space');
        }
    }
}
/** Checks the objective inputs once the study is known and builds the function each trial runs. */
function tuneObjective(options) {
    return async (study, { parallel, trialFolder }) => {
        const { config, command, data, io, env, cwd } = options;
        if (config && command)
            throw new errors/* InputError */.dz('give either config (the built-in trainer) or command (your own training command), not both.', 'config');
        if (!config && !command)
            throw new errors/* InputError */.dz('give config (a built-in trainer YAML) or command (e.g. `python train.py`) for the trials to run.', 'config');
        const { event: _event, ...runFacts } = options.run;
        if (command) {
            if (study.pruner.name !== 'none')
                io.warning(`pruner ${study.pruner.name} needs per-epoch values, which a training command does not report; its trials run to the end.`);
            let profile;
            const dataProfile = () => (profile ??= data
                ? (0,data_profile/* profileData */.AG)(data, { cwd }).catch((error) => {
                    if (!(0,errors/* isUserError */.iU)(error))
                        throw error;
                    io.warning(`data "${data}" could not be profiled as CSV or JSON Lines (${error.message}); the trials' packages have no data-profile.json.`);
                    return undefined;
                })
                : Promise.resolve(undefined));
            const objective = async (params, _report, { number }) => {
                const folder = await trialFolder(number, params);
                const { paramsFile, packageDir } = folder;
                const result = await (0,train_command/* runTrainingCommand */.b)({
                    command,
                    cwd,
                    env: { ...env, MLOPS_PARAMS_FILE: paramsFile, MLOPS_TRIAL: String(number) },
                    io: commandIO(io, number),
                    packageDir,
                    data: data ? (0,external_node_path_.resolve)(cwd, data) : undefined,
                    params,
                    seed: study.seed,
                });
                const profiled = await dataProfile();
                const facts = { run: options.run, seed: study.seed, params, durationSeconds: result.durationSeconds };
                const dataFacts = profiled && data ? { path: data, profile: profiled } : undefined;
                await (0,model_package/* writeModelPackage */.FX)(packageDir, (0,manifest/* commandManifest */.be)(result, { ...facts, command, data: dataFacts }), {
                    metrics: result.metrics,
                    history: result.history,
                    profile: profiled,
                });
                return trialResult(result.metrics, study.metric, { package: folder.package });
            };
            return { objective, how: `each trial runs \`${command}\``, close: async () => { } };
        }
        // The built-in trainer: check the config, its data and the parameter names before any trial runs.
        const loaded = await (0,train_config/* loadConfig */.Z9)(config, cwd);
        (0,trial/* configDataPattern */.fS)(config, cwd, loaded.data, data);
        checkParameterNames(study);
        // onnxruntime uses every core by default; parallel trials share them.
        const workerEnv = parallel > 1 && env.MLOPS_TRAIN_THREADS === undefined
            ? { ...env, MLOPS_TRAIN_THREADS: String(Math.max(1, Math.floor((0,external_node_os_.availableParallelism)() / parallel))) }
            : env;
        const pool = createTrialPool({ size: parallel, env: workerEnv });
        let warnedNoEpochValues = false;
        const objective = async (params, report, { number }) => {
            const folder = await trialFolder(number, params);
            let reported = false;
            let epochMetrics = [];
            const outcome = await pool.run({
                config: config,
                cwd,
                data,
                params,
                seed: study.seed,
                backend: options.backend,
                packageDir: folder.packageDir,
                env: workerEnv,
                run: runFacts,
            }, (epoch, logs) => {
                epochMetrics = Object.keys(logs);
                const value = logs[study.metric];
                if (value === undefined)
                    return 'continue';
                reported = true;
                return report(epoch, value) === 'prune' ? 'stop' : 'continue';
            }, (message) => io.debug(`trial ${number}: ${message}`));
            if (!reported && study.pruner.name !== 'none' && !warnedNoEpochValues) {
                warnedNoEpochValues = true;
                io.warning(`pruner ${study.pruner.name}: the trainer reports no per-epoch ${study.metric} (it reports ${epochMetrics.join(', ')}), so no trial is pruned.`);
            }
            return trialResult(outcome.metrics, study.metric, {
                package: folder.package,
                backend: outcome.backend,
                device: outcome.device,
                epochs: outcome.epochs,
            });
        };
        const how = pool.processes
            ? `trials run in up to ${parallel} worker process${parallel === 1 ? '' : 'es'}`
            : 'trials run in this process, one at a time (no bundle to start workers from)';
        return { objective, how, close: () => pool.close() };
    };
}

;// CONCATENATED MODULE: ./shared/tune/samplers/normal.ts
/**
 * The standard normal pieces the Parzen estimator needs, accurate to about 1e-15 relative in
 * the tails it reaches (|z| up to a few hundred): the TPE compares log densities of kernels far
 * from a candidate, where 1 − Φ computed naively would round to 0 and the ratio to ±∞.
 */
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const SQRT1_2 = Math.SQRT1_2;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
function logNormalPdf(z) {
    return -0.5 * z * z - LOG_SQRT_2PI;
}
/** erf by its series with terms of one sign (no cancellation); used for |z| ≤ 3/√2 only. */
function erfSeries(z) {
    if (z < 0)
        return -erfSeries(-z);
    const z2 = 2 * z * z;
    let term = z;
    let sum = z;
    for (let n = 0; n < 200; n++) {
        term *= z2 / (2 * n + 3);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return TWO_OVER_SQRT_PI * Math.exp(-z * z) * sum;
}
/** Mills ratio (1 − Φ(t)) / φ(t) for t ≥ 3, by Laplace's continued fraction (modified Lentz). */
function millsRatio(t) {
    let f = t;
    let c = t;
    let d = 0;
    for (let j = 1; j < 500; j++) {
        d = t + j * d;
        c = t + j / c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return 1 / f;
}
/** Φ(z), the standard normal CDF. */
function normalCdf(z) {
    if (z === -Infinity)
        return 0;
    if (z === Infinity)
        return 1;
    if (z < -3)
        return Math.exp(logNormalPdf(z)) * millsRatio(-z);
    if (z > 3)
        return 1 - Math.exp(logNormalPdf(z)) * millsRatio(z);
    return 0.5 + 0.5 * erfSeries(z * SQRT1_2);
}
/** log Φ(z), finite far into the left tail. */
function logNormalCdf(z) {
    if (z === -Infinity)
        return -Infinity;
    if (z < -3)
        return logNormalPdf(z) + Math.log(millsRatio(-z));
    if (z > 3)
        return Math.log1p(-Math.exp(logNormalPdf(z)) * millsRatio(z));
    return Math.log(normalCdf(z));
}
/** log(Φ(b) − Φ(a)) for a ≤ b, computed on the side of 0 where it does not cancel. */
function logGaussMass(a, b) {
    if (!(a < b))
        return -Infinity;
    if (b <= 0) {
        const logB = logNormalCdf(b);
        return logB + Math.log1p(-Math.exp(logNormalCdf(a) - logB));
    }
    if (a > 0)
        return logGaussMass(-b, -a);
    return Math.log1p(-normalCdf(a) - normalCdf(-b));
}
/** Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation, then one Halley step on the exact Φ. */
function normalQuantile(p) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    let x;
    if (p < 0.02425) {
        const q = Math.sqrt(-2 * Math.log(p));
        x =
            (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) *
                q +
                2.938163982698783) /
                ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
    }
    else {
        const q = p - 0.5;
        const r = q * q;
        x =
            ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
                3.066479806614716e1) *
                r +
                2.506628277459239) *
                q) /
                (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
                    1.328068155288572e1) *
                    r +
                    1);
    }
    // Halley's step in log space keeps the relative error down where p underflows Φ's linear scale.
    const logP = Math.log(p);
    for (let i = 0; i < 2; i++) {
        const logCdf = logNormalCdf(x);
        const ratio = Math.exp(logNormalPdf(x) - logCdf);
        const error = logCdf - logP;
        // d/dx log Φ = φ/Φ; second-order correction from d²/dx² log Φ = −(φ/Φ)(x + φ/Φ).
        const first = ratio;
        const second = -ratio * (x + ratio);
        x -= (error / first) * (1 / (1 - (error * second) / (2 * first * first)));
    }
    return x;
}
/**
 * A draw from the standard normal truncated to [a, b] by inversion of the uniform `u`: one
 * uniform a draw keeps the seeded streams simple. Inverts on the side with the smaller tail mass.
 */
function truncatedNormalSample(u, a, b) {
    if (a >= 0)
        return -truncatedNormalSample(1 - u, -b, -a);
    const pa = normalCdf(a);
    const pb = normalCdf(b);
    const p = pa + u * (pb - pa);
    const x = p < 0.5 ? normalQuantile(p) : -normalQuantile(normalCdf(-b) + (1 - u) * (pb - pa));
    return Math.min(b, Math.max(a, x));
}

;// CONCATENATED MODULE: ./shared/tune/importance.ts


const GRID_STEPS = 50;
const PRIOR_WEIGHT = 1;
const MIN_TOP_TRIALS = 2;
/** Each value's grid cell and the cell count of a numeric parameter (Optuna's _count_numerical_param_in_grid). */
function numericCells(distribution, values) {
    let steps = GRID_STEPS;
    const log = distribution.type === 'loguniform' || (distribution.type === 'int' && distribution.log);
    if (distribution.type === 'int' && distribution.log) {
        steps = Math.min(Math.ceil(Math.log(distribution.high - distribution.low + 1) / Math.log(2)) + 1, steps);
    }
    else if (distribution.type === 'int' || (distribution.type === 'uniform' && distribution.step !== undefined)) {
        steps = Math.min(Math.round((distribution.high - distribution.low) / distribution.step) + 1, steps);
    }
    const scale = log ? Math.log : (x) => x;
    const low = scale(distribution.low);
    const high = scale(distribution.high);
    const grid = Array.from({ length: steps }, (_, i) => steps === 1 ? low : i === steps - 1 ? high : low + ((high - low) * i) / (steps - 1));
    const stepSize = steps > 1 ? grid[1] - grid[0] : 0;
    // numpy.searchsorted(grid, x − step/2, side='left'): the first grid point at or above.
    const cells = values.map((value) => {
        const target = scale(value) - stepSize / 2;
        let lo = 0;
        let hi = steps;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (grid[mid] < target)
                lo = mid + 1;
            else
                hi = mid;
        }
        return Math.min(lo, steps - 1);
    });
    return { size: steps, cells };
}
/** The density of each grid cell (Optuna's _ScottParzenEstimator for a discretised numeric parameter). */
function numericDensity(counts) {
    const size = counts.length;
    const total = counts.reduce((a, b) => a + b, 0);
    const mus = [];
    const weights = [];
    counts.forEach((count, cell) => {
        if (count > 0) {
            mus.push(cell);
            weights.push(count);
        }
    });
    const mean = mus.reduce((sum, mu, i) => sum + mu * weights[i], 0) / total;
    let sigma = Math.sqrt(mus.reduce((sum, mu, i) => sum + (mu - mean) ** 2 * weights[i], 0) / Math.max(1, total - 1));
    const cumulative = [];
    weights.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
    const searchLeft = (target) => cumulative.findIndex((c) => c >= target);
    const searchRight = (target) => {
        const at = cumulative.findIndex((c) => c > target);
        return at === -1 ? cumulative.length : at;
    };
    const q25 = searchLeft(Math.floor(total / 4));
    const q75 = searchRight(Math.floor((total * 3) / 4));
    const iqr = mus[Math.min(mus.length - 1, q75)] - mus[q25];
    sigma = 1.059 * Math.min(iqr / 1.34, sigma) * total ** -0.2;
    // 0.5 / 1.64: at least 90 % of a kernel stays within its own cell's neighbourhood (Optuna's floor).
    sigma = Math.max(sigma, 0.5 / 1.64);
    const kernels = mus.map((mu, i) => ({ mu, sigma, weight: weights[i] }));
    kernels.push({ mu: 0.5 * (size - 1), sigma: size, weight: PRIOR_WEIGHT });
    const weightSum = kernels.reduce((sum, k) => sum + k.weight, 0);
    return Array.from({ length: size }, (_, cell) => kernels.reduce((density, k) => {
        const logCell = logGaussMass((cell - 0.5 - k.mu) / k.sigma, (cell + 0.5 - k.mu) / k.sigma);
        const logAll = logGaussMass((-0.5 - k.mu) / k.sigma, (size - 0.5 - k.mu) / k.sigma);
        return density + (k.weight / weightSum) * Math.exp(logCell - logAll);
    }, 0));
}
/** Each category's probability: a smoothed kernel per observed category, weighted by its count, and a uniform prior. */
function categoricalDensity(counts) {
    const size = counts.length;
    const observed = counts.map((count, category) => ({ count, category })).filter((o) => o.count > 0);
    const kernelCount = observed.length + 1;
    const weightSum = observed.reduce((sum, o) => sum + o.count, 0) + PRIOR_WEIGHT;
    const density = new Array(size).fill((PRIOR_WEIGHT / weightSum) * (1 / size));
    for (const { count, category } of observed) {
        const rowSum = (PRIOR_WEIGHT / kernelCount) * size + 1;
        for (let c = 0; c < size; c++) {
            const p = (PRIOR_WEIGHT / kernelCount + (c === category ? 1 : 0)) / rowSum;
            density[c] += (count / weightSum) * p;
        }
    }
    return density;
}
/** The parameter's estimated distribution over its grid cells (numeric) or categories. */
function densityOf(distribution, values) {
    if (distribution.type === 'choice') {
        const counts = new Array(distribution.values.length).fill(0);
        for (const value of values)
            counts[choiceIndex(distribution, value)]++;
        return categoricalDensity(counts);
    }
    const { size, cells } = numericCells(distribution, values);
    const counts = new Array(size).fill(0);
    for (const cell of cells)
        counts[cell]++;
    return numericDensity(counts);
}
/** Optuna's _QuantileFilter: trials at or better than max(2nd best, the quantile's value). */
function topTrials(trials, direction, quantile) {
    const sign = direction === 'minimize' ? 1 : -1;
    const losses = trials.map((t) => sign * t.value);
    const sorted = [...losses].sort((a, b) => a - b);
    const cutoff = Math.max(sorted[MIN_TOP_TRIALS - 1], sorted[Math.max(0, Math.ceil(quantile * losses.length) - 1)]);
    return trials.filter((_, i) => losses[i] <= cutoff);
}
function isSingle(distribution) {
    return distribution.type === 'choice' ? distribution.values.length === 1 : distribution.low === distribution.high;
}
function parameterImportance(space, study, options = {}) {
    const quantile = options.baselineQuantile ?? 0.1;
    const onLocal = options.evaluateOnLocal ?? true;
    const complete = study.trials.filter((t) => t.state === 'complete' && Number.isFinite(t.value));
    const rated = space.parameters.filter((p) => !isSingle(p.distribution) && complete.every((t) => p.name in t.params));
    const unrated = space.parameters.filter((p) => !rated.includes(p)).map((p) => p.name);
    if (rated.length === 0)
        return { importances: [], unrated, trials: complete.length };
    if (complete.length <= MIN_TOP_TRIALS) {
        return {
            importances: rated.map((p) => ({ name: p.name, importance: 1 / rated.length })),
            unrated,
            trials: complete.length,
        };
    }
    const top = topTrials(complete, study.direction, quantile);
    const divergences = rated.map((parameter) => {
        const valuesOf = (trials) => trials.map((t) => t.params[parameter.name]);
        // The 1e-12 keeps empty cells from dividing by zero, as Optuna.
        const topDensity = densityOf(parameter.distribution, valuesOf(top)).map((p) => p + 1e-12);
        const localDensity = onLocal
            ? densityOf(parameter.distribution, valuesOf(complete)).map((p) => p + 1e-12)
            : topDensity.map(() => 1 / topDensity.length);
        return localDensity.reduce((sum, local, i) => sum + local * (topDensity[i] / local - 1) ** 2, 0);
    });
    const total = divergences.reduce((a, b) => a + b, 0);
    const importances = rated
        .map((p, i) => ({ name: p.name, importance: total > 0 ? divergences[i] / total : 1 / rated.length }))
        .sort((a, b) => b.importance - a.importance);
    return { importances, unrated, trials: complete.length };
}

;// CONCATENATED MODULE: ./shared/tune/trial.ts
function isFinished(trial) {
    return trial.state !== 'running';
}
/** The last reported epoch and its value, or undefined. */
function lastIntermediate(trial) {
    let last;
    for (const point of trial.intermediate)
        if (!last || point.epoch > last.epoch)
            last = point;
    return last;
}

;// CONCATENATED MODULE: ./shared/tune/pruners/asha.ts


const DEFAULTS = {
    minResource: 'auto',
    reductionFactor: 4,
    minEarlyStoppingRate: 0,
    bootstrapCount: 0,
};
function checkOptions(options) {
    const settings = { ...DEFAULTS, ...options };
    const fail = (message) => {
        throw new errors/* InputError */.dz(`pruner asha: ${message}`, 'pruner');
    };
    const { minResource, reductionFactor, minEarlyStoppingRate, bootstrapCount } = settings;
    if (minResource !== 'auto' && !(Number.isInteger(minResource) && minResource >= 1))
        fail(`minResource must be "auto" or a whole number ≥ 1 (got ${minResource}).`);
    if (!(Number.isInteger(reductionFactor) && reductionFactor >= 2))
        fail(`reductionFactor must be a whole number ≥ 2 (got ${reductionFactor}).`);
    if (!(Number.isInteger(minEarlyStoppingRate) && minEarlyStoppingRate >= 0))
        fail(`minEarlyStoppingRate must be a whole number ≥ 0 (got ${minEarlyStoppingRate}).`);
    if (!(Number.isInteger(bootstrapCount) && bootstrapCount >= 0))
        fail(`bootstrapCount must be a whole number ≥ 0 (got ${bootstrapCount}).`);
    if (bootstrapCount > 0 && minResource === 'auto')
        fail('bootstrapCount needs a fixed minResource (as in Optuna).');
    return settings;
}
/**
 * Optuna estimates the minimum resource once, from the complete trials when it first can. The
 * first complete trial by number stands for "the first finished", which is what Optuna sees
 * in a sequential study and does not depend on timing in a parallel one.
 */
function estimateMinResource(others) {
    let first;
    for (const trial of others) {
        if (trial.state === 'complete' && trial.intermediate.length > 0 && (!first || trial.number < first.number))
            first = trial;
    }
    if (!first)
        return undefined;
    return Math.max(Math.floor(lastIntermediate(first).epoch / 100), 1);
}
/** Whether `value` is among the top 1/reductionFactor of `competing` (which includes it). */
function promotable(value, competing, reductionFactor, direction) {
    let index = Math.floor(competing.length / reductionFactor) - 1;
    // Optuna cannot pause trials, so with fewer than reductionFactor values only the best goes on.
    if (index === -1)
        index = 0;
    const sorted = [...competing].sort((a, b) => a - b);
    return direction === 'maximize' ? value >= sorted[sorted.length - 1 - index] : value <= sorted[index];
}
function ashaPruner(options = {}) {
    const settings = checkOptions(options);
    return {
        spec: { name: 'asha', options: { ...settings } },
        decide(context) {
            const { epoch, value, others, direction } = context;
            const rungs = [...context.trial.rungs];
            const minResource = settings.minResource === 'auto' ? estimateMinResource(others) : settings.minResource;
            if (minResource === undefined)
                return { prune: false, rungs };
            for (;;) {
                const rung = rungs.length;
                const promotionEpoch = minResource * settings.reductionFactor ** (settings.minEarlyStoppingRate + rung);
                if (epoch < promotionEpoch)
                    return { prune: false, rungs };
                if (Number.isNaN(value))
                    return { prune: true, rungs };
                rungs.push(value);
                const competing = [value];
                for (const other of others)
                    if (other.rungs && other.rungs.length > rung)
                        competing.push(other.rungs[rung]);
                if (competing.length <= settings.bootstrapCount)
                    return { prune: true, rungs };
                if (!promotable(value, competing, settings.reductionFactor, direction))
                    return { prune: true, rungs };
            }
        },
    };
}

;// CONCATENATED MODULE: ./shared/tune/pruners/none.ts
/** Never prunes: every trial runs all its epochs. */
function noPruner() {
    return { spec: { name: 'none' }, decide: () => ({ prune: false }) };
}

;// CONCATENATED MODULE: ./shared/tune/pruners/index.ts




const PRUNER_NAMES = ['none', 'asha'];
/** Builds a pruner from its name or its recorded spec. */
function createPruner(spec) {
    if (spec === undefined)
        return noPruner();
    if (typeof spec === 'object' && 'decide' in spec)
        return spec;
    const { name, options } = typeof spec === 'string' ? { name: spec, options: undefined } : spec;
    if (name === 'none')
        return noPruner();
    if (name === 'asha')
        return ashaPruner(options);
    const hint = (0,suggest/* closest */.k)(String(name), PRUNER_NAMES);
    throw new errors/* InputError */.dz(`pruner must be one of ${PRUNER_NAMES.join(', ')} (got ` + `${JSON.stringify(name)})${hint ? `; did you mean "${hint}"?` : '.'}`, 'pruner');
}



;// CONCATENATED MODULE: ./shared/tune/run-trial.ts
/** One line of an error for the trials file: the message of a thrown Error, else its text. */
function errorLine(error) {
    const message = error instanceof Error ? error.message || error.name : String(error);
    const line = message.split('\n')[0].trim();
    return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
/**
 * Runs the objective once and records what happened. Never throws: a failure is a trial
 * state, so that the search goes on.
 */
async function runTrial(run) {
    const started = performance.now();
    const intermediate = [];
    let rungs = [];
    let prunedAt;
    const report = (epoch, value) => {
        if (prunedAt !== undefined)
            return 'prune';
        if (typeof epoch !== 'number' || !Number.isFinite(epoch))
            throw new TypeError(`report(epoch, value): epoch must be a finite number (got ${epoch})`);
        if (typeof value !== 'number')
            throw new TypeError(`report(epoch, value): value must be a number (got ${typeof value})`);
        // As Optuna: a second report for the same epoch is ignored.
        if (intermediate.some((point) => point.epoch === epoch))
            return 'continue';
        intermediate.push({ epoch, value });
        const decision = run.pruner.decide({
            direction: run.direction,
            trial: { number: run.number, intermediate, rungs },
            epoch,
            value,
            others: run.others,
        });
        if (decision.rungs)
            rungs = decision.rungs;
        if (!decision.prune)
            return 'continue';
        prunedAt = epoch;
        return 'prune';
    };
    const base = { number: run.number, state: 'running', params: run.params, intermediate };
    if (run.round !== undefined)
        base.round = run.round;
    const finish = (fields) => {
        const trial = { ...base, ...fields, durationSeconds: Math.round(performance.now() - started) / 1000 };
        if (rungs.length)
            trial.rungs = rungs;
        return trial;
    };
    let result;
    try {
        result = await run.objective(run.params, report, { number: run.number });
    }
    catch (error) {
        if (prunedAt !== undefined)
            return finish({ state: 'pruned', prunedAt, value: valueAt(intermediate, prunedAt) });
        return finish({ state: 'failed', error: errorLine(error) });
    }
    if (prunedAt !== undefined)
        return finish({ state: 'pruned', prunedAt, value: valueAt(intermediate, prunedAt) });
    const value = typeof result === 'object' && result !== null ? result.value : result;
    const attributes = typeof result === 'object' && result !== null ? result.attributes : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return finish({
            state: 'failed',
            error: `the objective returned ${JSON.stringify(value) ?? String(value)}, not a finite number`,
        });
    }
    return finish(attributes ? { state: 'complete', value, attributes } : { state: 'complete', value });
}
function valueAt(intermediate, epoch) {
    return intermediate.find((point) => point.epoch === epoch).value;
}

// EXTERNAL MODULE: ./shared/stats/random.ts
var stats_random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/tune/samplers/sampler.ts
/** Random streams by purpose, so samplers never share draws. */
const STREAM = { random: 1, tpe: 2, grid: 3 };

;// CONCATENATED MODULE: ./shared/tune/samplers/grid.ts




/** A grid larger than this is refused: nobody means to run it, and enumerating it costs memory. */
const MAX_GRID_POINTS = 100_000;
/** An int range with more values than this needs `grid: N` to say how many to try. */
const MAX_INT_VALUES = 1000;
function linspace(low, high, points) {
    if (points === 1)
        return [(low + high) / 2];
    return Array.from({ length: points }, (_, i) => (i === points - 1 ? high : low + ((high - low) * i) / (points - 1)));
}
/** The values grid search tries for one parameter. */
function gridValues(parameter) {
    const { name, distribution, gridPoints } = parameter;
    if (distribution.type === 'choice')
        return distribution.values;
    const dedupe = (values) => [...new Set(values.map((v) => snapToDistribution(distribution, v)))];
    if (gridPoints !== undefined) {
        const log = distribution.type === 'loguniform' || (distribution.type === 'int' && distribution.log);
        const points = log
            ? linspace(Math.log(distribution.low), Math.log(distribution.high), gridPoints).map(Math.exp)
            : linspace(distribution.low, distribution.high, gridPoints);
        return dedupe(points);
    }
    const step = distribution.type === 'int' ? distribution.step : distribution.type === 'uniform' ? distribution.step : undefined;
    if (step !== undefined) {
        const count = Math.round((distribution.high - distribution.low) / step) + 1;
        if (count <= MAX_INT_VALUES)
            return dedupe(Array.from({ length: count }, (_, i) => distribution.low + i * step));
        throw new errors/* InputError */.dz(`search-space parameter "${name}" has ${count} values, too many to try each; add grid: <points> (e.g. grid: ` +
            `10) or use algorithm random or tpe.`, 'search-space');
    }
    throw new errors/* InputError */.dz(`search-space parameter "${name}" is a continuous ${distribution.type} range; grid search needs grid: ` +
        `<points> on it (e.g. grid: 5), a step, or a choice.`, 'search-space');
}
/** Every combination of grid values, where a conditional parameter varies only where it exists. */
function enumerateGrid(space) {
    const values = new Map(space.parameters.map((p) => [p.name, gridValues(p)]));
    const points = [];
    const walk = (index, params) => {
        if (points.length > MAX_GRID_POINTS) {
            throw new errors/* InputError */.dz(`the grid has more than ${MAX_GRID_POINTS.toLocaleString('en-US')} points; use fewer grid points or values, ` +
                `or algorithm random or tpe.`, 'search-space');
        }
        if (index === space.parameters.length) {
            points.push({ ...params });
            return;
        }
        const parameter = space.parameters[index];
        if (!isActive(parameter, params))
            return walk(index + 1, params);
        for (const value of values.get(parameter.name)) {
            params[parameter.name] = value;
            walk(index + 1, params);
        }
        delete params[parameter.name];
    };
    walk(0, {});
    return points;
}
function paramsKey(params) {
    return valueKey(params);
}
/**
 * Grid search: the points in an order shuffled by the seed (as Optuna, so a study stopped early
 * has covered the grid evenly rather than one corner), each tried once; a point already in the
 * history in any state, failed included, is not tried again.
 */
function gridSampler() {
    const cache = new WeakMap();
    const orderedGrid = (space, seed) => {
        let bySeed = cache.get(space);
        if (!bySeed)
            cache.set(space, (bySeed = new Map()));
        let grid = bySeed.get(seed);
        if (!grid) {
            const points = enumerateGrid(space);
            const order = (0,stats_random/* shuffledIndices */.FF)(points.length, (0,stats_random/* deriveSeed */.B7)(seed, STREAM.grid));
            grid = Array.from(order, (i) => points[i]);
            bySeed.set(seed, grid);
        }
        return grid;
    };
    return {
        spec: { name: 'grid' },
        suggest(context) {
            const tried = new Set(context.history.map((trial) => paramsKey(trial.params)));
            return orderedGrid(context.space, context.seed).find((point) => !tried.has(paramsKey(point)));
        },
    };
}

;// CONCATENATED MODULE: ./shared/tune/samplers/random.ts



/** One value of `distribution` from the uniform draw `u`: uniform on the scale the distribution names. */
function sampleUniformly(distribution, u) {
    switch (distribution.type) {
        case 'choice':
            return distribution.values[Math.min(distribution.values.length - 1, Math.floor(u * distribution.values.length))];
        case 'loguniform': {
            const logLow = Math.log(distribution.low);
            return snapToDistribution(distribution, Math.exp(logLow + u * (Math.log(distribution.high) - logLow)));
        }
        case 'int': {
            if (distribution.log) {
                // As Optuna: log-uniform over [low − ½, high + ½], rounded, so each integer gets its log-width share.
                const logLow = Math.log(distribution.low - 0.5);
                const value = Math.exp(logLow + u * (Math.log(distribution.high + 0.5) - logLow));
                return snapToDistribution(distribution, value);
            }
            const count = (distribution.high - distribution.low) / distribution.step + 1;
            return distribution.low + Math.min(count - 1, Math.floor(u * count)) * distribution.step;
        }
        case 'uniform': {
            if (distribution.step !== undefined) {
                const count = Math.round((distribution.high - distribution.low) / distribution.step) + 1;
                return snapToDistribution(distribution, distribution.low + Math.min(count - 1, Math.floor(u * count)) * distribution.step);
            }
            return distribution.low + u * (distribution.high - distribution.low);
        }
    }
}
/** Random parameters of trial `number`: a function of the seed and the number only. */
function randomParams(space, seed, number) {
    const random = (0,stats_random/* seededRandom */.Is)((0,stats_random/* deriveSeed */.B7)(seed, number, STREAM.random));
    const params = {};
    for (const parameter of space.parameters) {
        // Draw for inactive parameters too, so a condition does not shift the other parameters' draws.
        const u = random();
        if (isActive(parameter, params))
            params[parameter.name] = sampleUniformly(parameter.distribution, u);
    }
    return params;
}
function randomSampler() {
    return {
        spec: { name: 'random' },
        suggest: (context) => randomParams(context.space, context.seed, context.number),
    };
}

;// CONCATENATED MODULE: ./shared/tune/samplers/parzen.ts

const EPS = 1e-12;
/**
 * Optuna's default weights: equal below 25 observations; beyond, the oldest get a linear ramp
 * from 1/n up to 1 and the 25 most recent weigh 1 (observations are in trial order).
 */
function defaultWeights(n) {
    const weights = new Float64Array(n).fill(1);
    if (n >= 25) {
        const ramp = n - 25;
        for (let i = 0; i < ramp; i++)
            weights[i] = ramp === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (ramp - 1);
    }
    return weights;
}
function numericKernels(dimension, values, options, dims) {
    const { low, high } = dimension;
    const n = values.length;
    const mus = new Float64Array(n + 1);
    const sigmas = new Float64Array(n + 1);
    mus.set(values);
    mus[n] = 0.5 * (low + high);
    if (options.multivariate && options.bandwidth === 'spread') {
        // Scott's rule on the observations' own spread: as the good trials close in on an optimum,
        // so do their kernels. Optuna's rule (below) scales with the whole range and stays wide.
        // One observation says nothing about spread: its kernel is as wide as the prior's.
        const mean = values.reduce((a, b) => a + b, 0) / Math.max(n, 1);
        const std = n >= 2 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : high - low;
        sigmas.fill(1.06 * std * Math.max(n, 1) ** (-1 / (dims + 4)));
    }
    else if (options.multivariate) {
        // Optuna's multivariate rule (after BOHB): Scott's exponent with a fixed share of the range.
        sigmas.fill(0.2 * Math.max(n, 1) ** (-1 / (dims + 4)) * (high - low));
    }
    else {
        // Each kernel reaches to its farther neighbour among the observations and the prior's centre.
        const order = Array.from(mus.keys()).sort((a, b) => mus[a] - mus[b] || a - b);
        const edges = [low, ...order.map((i) => mus[i]), high];
        const sorted = order.map((_, j) => Math.max(edges[j + 1] - edges[j], edges[j + 2] - edges[j + 1]));
        if (!options.considerEndpoints && edges.length >= 4) {
            sorted[0] = edges[2] - edges[1];
            sorted[sorted.length - 1] = edges[edges.length - 2] - edges[edges.length - 3];
        }
        order.forEach((i, j) => (sigmas[i] = sorted[j]));
    }
    const maxSigma = high - low;
    const resolution = options.clipResolution;
    const minSigma = options.magicClip ? (high - low) / Math.min(100 * resolution, resolution * (1 + (n + 1))) : EPS;
    for (let i = 0; i < n + 1; i++)
        sigmas[i] = Math.min(maxSigma, Math.max(minSigma, sigmas[i]));
    sigmas[n] = high - low;
    const logMass = new Float64Array(n + 1);
    for (let i = 0; i < n + 1; i++)
        logMass[i] = logGaussMass((low - mus[i]) / sigmas[i], (high - mus[i]) / sigmas[i]);
    return { mus, sigmas, logMass };
}
/** An observed category weighs 1 plus the prior's share spread over all categories; the prior kernel is uniform. */
function categoricalKernels(size, values, priorWeight) {
    const n = values.length;
    const probabilities = new Float64Array((n + 1) * size).fill(priorWeight / (n + 1));
    values.forEach((category, i) => (probabilities[i * size + category] += 1));
    for (let i = 0; i <= n; i++) {
        let sum = 0;
        for (let c = 0; c < size; c++)
            sum += probabilities[i * size + c];
        for (let c = 0; c < size; c++)
            probabilities[i * size + c] /= sum;
    }
    return probabilities;
}
/**
 * Builds the estimator from observations in trial order (rows of coordinates, one column per
 * dimension) and their weights (Optuna's default when omitted).
 */
function buildParzenEstimator(dimensions, observations, options, observationWeights) {
    const n = observations.length;
    const raw = observationWeights ?? defaultWeights(n);
    const weights = new Float64Array(n + 1);
    weights.set(raw);
    weights[n] = n === 0 ? 1 : options.priorWeight;
    const total = weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i <= n; i++)
        weights[i] /= total;
    const kernels = dimensions.map((dimension, d) => {
        const column = observations.map((row) => row[d]);
        return dimension.kind === 'categorical'
            ? categoricalKernels(dimension.size, column, options.priorWeight)
            : numericKernels(dimension, column, options, dimensions.length);
    });
    return { dimensions, weights, logWeights: weights.map(Math.log), kernels };
}
function pickIndex(cumulative, u) {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > u)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/**
 * `size` draws from the mixture, in the estimator's coordinates and before any rounding: the
 * caller maps them to parameter values (rounding discrete ones) and back.
 */
function sampleParzen(estimator, random, size) {
    const cumulative = new Float64Array(estimator.weights.length);
    let sum = 0;
    estimator.weights.forEach((w, i) => (cumulative[i] = sum += w));
    const samples = [];
    for (let s = 0; s < size; s++) {
        const component = pickIndex(cumulative, random() * sum);
        const point = estimator.dimensions.map((dimension, d) => {
            const kernels = estimator.kernels[d];
            const u = random();
            if (dimension.kind === 'categorical') {
                const row = kernels.subarray(component * dimension.size, (component + 1) * dimension.size);
                let acc = 0;
                for (let c = 0; c < dimension.size; c++)
                    if (u < (acc += row[c]))
                        return c;
                return dimension.size - 1;
            }
            const { mus, sigmas } = kernels;
            const mu = mus[component];
            const sigma = sigmas[component];
            const z = truncatedNormalSample(u, (dimension.low - mu) / sigma, (dimension.high - mu) / sigma);
            return Math.min(dimension.high, Math.max(dimension.low, mu + sigma * z));
        });
        samples.push(point);
    }
    return samples;
}
/** log density (log probability for discrete and categorical dimensions) of each point under the mixture. */
function logPdfParzen(estimator, points) {
    const components = estimator.weights.length;
    const out = new Float64Array(points.length);
    const perComponent = new Float64Array(components);
    for (let p = 0; p < points.length; p++) {
        perComponent.set(estimator.logWeights);
        estimator.dimensions.forEach((dimension, d) => {
            const x = points[p][d];
            const kernels = estimator.kernels[d];
            if (dimension.kind === 'categorical') {
                const probabilities = kernels;
                for (let i = 0; i < components; i++)
                    perComponent[i] += Math.log(probabilities[i * dimension.size + x]);
                return;
            }
            const { mus, sigmas, logMass } = kernels;
            if (dimension.kind === 'continuous') {
                for (let i = 0; i < components; i++) {
                    perComponent[i] += logNormalPdf((x - mus[i]) / sigmas[i]) - Math.log(sigmas[i]) - logMass[i];
                }
                return;
            }
            let lower;
            let upper;
            if (dimension.kind === 'discrete') {
                lower = Math.max(dimension.low, x - dimension.step / 2);
                upper = Math.min(dimension.high, x + dimension.step / 2);
            }
            else {
                const integer = Math.round(Math.exp(x));
                lower = Math.max(dimension.low, Math.log(integer - 0.5));
                upper = Math.min(dimension.high, Math.log(integer + 0.5));
            }
            for (let i = 0; i < components; i++) {
                perComponent[i] += logGaussMass((lower - mus[i]) / sigmas[i], (upper - mus[i]) / sigmas[i]) - logMass[i];
            }
        });
        let max = -Infinity;
        for (let i = 0; i < components; i++)
            if (perComponent[i] > max)
                max = perComponent[i];
        if (max === -Infinity) {
            out[p] = -Infinity;
            continue;
        }
        let sum = 0;
        for (let i = 0; i < components; i++)
            sum += Math.exp(perComponent[i] - max);
        out[p] = max + Math.log(sum);
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/tune/samplers/tpe.ts






const TPE_DEFAULTS = {
    multivariate: true,
    startupTrials: 10,
    candidates: 24,
    gammaRatio: 0.1,
    gammaMax: 25,
    priorWeight: 1,
    magicClip: true,
    considerEndpoints: false,
    bandwidth: 'spread',
    clipResolution: 2,
    avoidRepeats: true,
    constantLiar: true,
    candidatesInFlight: 8,
    nearBestInFlight: [0.2, 0.5, 1, 2, 0],
    believerInFlight: true,
};
function coordinateOf(distribution) {
    if (distribution.type === 'choice') {
        return {
            dimension: { kind: 'categorical', size: distribution.values.length },
            toCoordinate: (value) => choiceIndex(distribution, value),
            fromCoordinate: (x) => distribution.values[x],
        };
    }
    const snap = (value) => snapToDistribution(distribution, value);
    const { low, high } = distribution;
    if (distribution.type === 'loguniform') {
        return {
            dimension: { kind: 'continuous', low: Math.log(low), high: Math.log(high) },
            toCoordinate: (value) => Math.log(value),
            fromCoordinate: (x) => snap(Math.exp(x)),
        };
    }
    if (distribution.type === 'int' && distribution.log) {
        return {
            dimension: { kind: 'log-discrete', low: Math.log(low - 0.5), high: Math.log(high + 0.5) },
            toCoordinate: (value) => Math.log(value),
            fromCoordinate: (x) => snap(Math.exp(x)),
        };
    }
    const step = distribution.step;
    if (step !== undefined) {
        return {
            dimension: { kind: 'discrete', low: low - step / 2, high: high + step / 2, step },
            toCoordinate: (value) => value,
            fromCoordinate: (x) => snap(x),
        };
    }
    return {
        dimension: { kind: 'continuous', low, high },
        toCoordinate: (value) => value,
        fromCoordinate: (x) => snap(x),
    };
}
function singleValue(distribution) {
    if (distribution.type === 'choice')
        return distribution.values.length === 1 ? distribution.values[0] : undefined;
    return distribution.low === distribution.high ? distribution.low : undefined;
}
/** Parameters modelled together: one each (univariate), or those sharing a `when` (multivariate). */
function parameterGroups(parameters, multivariate) {
    if (!multivariate)
        return parameters.map((p) => [p]);
    const groups = new Map();
    for (const parameter of parameters) {
        const key = valueKey((parameter.when ?? {}));
        if (!groups.has(key))
            groups.set(key, []);
        groups.get(key).push(parameter);
    }
    return [...groups.values()];
}
/**
 * Sort key of a trial, smaller is better, as Optuna's `(-step, value)`: complete trials first
 * by value, then pruned ones, those that went further first, then (liar) trials in flight.
 */
function rankKey(trial, sign) {
    if (trial.state === 'complete')
        return [-Infinity, sign * trial.value];
    if (trial.state === 'pruned') {
        const last = lastIntermediate(trial);
        if (!last)
            return [1, 0];
        return [-last.epoch, Number.isNaN(last.value) ? Infinity : sign * last.value];
    }
    return [Infinity, Infinity];
}
/** Indices (into `trials`) of the γ best and of the rest, each in trial order. */
function splitTrials(trials, belowCount, sign) {
    const keys = trials.map((trial) => rankKey(trial, sign));
    // Compared, not subtracted: −∞ − −∞ is NaN.
    const compare = (a, b) => {
        const first = keys[a][0] === keys[b][0] ? 0 : keys[a][0] < keys[b][0] ? -1 : 1;
        if (first !== 0)
            return first;
        const second = keys[a][1] === keys[b][1] ? 0 : keys[a][1] < keys[b][1] ? -1 : 1;
        return second !== 0 ? second : a - b;
    };
    const order = Array.from(trials.keys()).sort(compare);
    const below = order.slice(0, belowCount).sort((a, b) => a - b);
    const above = order.slice(belowCount).sort((a, b) => a - b);
    return { below, above };
}
/**
 * The estimator reduced to kernel `index` (a row of its observations), each σ times `width`:
 * draws from it stay near that observation. Undefined when there is no such row.
 */
function bestKernel(estimator, index, width) {
    if (index < 0)
        return undefined;
    const weights = new Float64Array(estimator.weights.length);
    weights[index] = 1;
    const kernels = estimator.kernels.map((kernel) => {
        if (kernel instanceof Float64Array)
            return kernel;
        return { ...kernel, sigmas: kernel.sigmas.map((sigma) => sigma * width) };
    });
    return { ...estimator, weights, logWeights: weights.map(Math.log), kernels };
}
/**
 * `trials` with each one in flight recorded as complete with the value of its nearest complete
 * trial (each numeric parameter scaled by its range, log ranges in logs; a choice, or a parameter
 * only one of the two has, differs by 1). Without complete trials, `trials` unchanged.
 */
function believeInFlight(trials, parameters) {
    const complete = trials.filter((t) => t.state === 'complete');
    if (complete.length === 0)
        return [...trials];
    const scaled = parameters.map((parameter) => {
        const { dimension, toCoordinate } = coordinateOf(parameter.distribution);
        if (dimension.kind === 'categorical')
            return undefined;
        const span = dimension.high - dimension.low || 1;
        return (value) => toCoordinate(value) / span;
    });
    const distance = (a, b) => {
        let sum = 0;
        parameters.forEach((parameter, d) => {
            const x = a.params[parameter.name];
            const y = b.params[parameter.name];
            const scale = scaled[d];
            if (x === undefined || y === undefined || !scale)
                sum += valueKey(x ?? null) === valueKey(y ?? null) ? 0 : 1;
            else
                sum += (scale(x) - scale(y)) ** 2;
        });
        return sum;
    };
    return trials.map((trial) => {
        if (trial.state !== 'running')
            return trial;
        let nearest = complete[0];
        let nearestDistance = distance(trial, nearest);
        for (const other of complete) {
            const d = distance(trial, other);
            if (d < nearestDistance)
                [nearest, nearestDistance] = [other, d];
        }
        return { ...trial, state: 'complete', value: nearest.value };
    });
}
function tpeSampler(options = {}) {
    const settings = { ...TPE_DEFAULTS, ...options };
    const parzen = {
        priorWeight: settings.priorWeight,
        magicClip: settings.magicClip,
        considerEndpoints: settings.considerEndpoints,
        multivariate: settings.multivariate,
        bandwidth: settings.bandwidth,
        clipResolution: settings.clipResolution,
    };
    const gamma = (n) => Math.min(Math.ceil(settings.gammaRatio * n), settings.gammaMax);
    return {
        spec: { name: 'tpe', options: { ...settings } },
        suggest(context) {
            const { space, history, seed, number } = context;
            const finishedCount = history.filter((t) => t.state === 'complete' || t.state === 'pruned').length;
            if (finishedCount < settings.startupTrials)
                return randomParams(space, seed, number);
            const used = history.filter((t) => t.state === 'complete' || t.state === 'pruned' || (settings.constantLiar && t.state === 'running'));
            const sign = context.direction === 'minimize' ? 1 : -1;
            const split = splitTrials(used, gamma(finishedCount), sign);
            /** Position, among the rows of `indices` (trial order), of the best complete trial; −1 if none. */
            const bestRow = (indices) => {
                let best = -1;
                indices.forEach((i, at) => {
                    if (used[i].state !== 'complete')
                        return;
                    if (best < 0 || sign * used[i].value < sign * used[indices[best]].value)
                        best = at;
                });
                return best;
            };
            const inFlightCount = used.length - finishedCount;
            const inFlight = inFlightCount > 0;
            const candidates = inFlight ? settings.candidatesInFlight : settings.candidates;
            const widths = [settings.nearBestInFlight].flat();
            const nearBestWidth = inFlight ? widths[(inFlightCount - 1) % widths.length] : 0;
            const believedSplit = inFlight && settings.believerInFlight
                ? splitTrials(believeInFlight(used, space.parameters), gamma(finishedCount), sign)
                : undefined;
            const params = {};
            parameterGroups(space.parameters, settings.multivariate).forEach((group, groupIndex) => {
                if (!isActive(group[0], params))
                    return;
                const modelled = [];
                for (const parameter of group) {
                    const only = singleValue(parameter.distribution);
                    if (only !== undefined)
                        params[parameter.name] = only;
                    else
                        modelled.push(parameter);
                }
                if (modelled.length === 0)
                    return;
                const coordinates = modelled.map((p) => coordinateOf(p.distribution));
                const continuous = coordinates.every((c) => c.dimension.kind === 'continuous');
                const { below: belowIndices, above: aboveIndices } = (continuous && believedSplit) || split;
                const rows = (indices) => indices
                    .map((i) => used[i])
                    .filter((trial) => modelled.every((p) => p.name in trial.params))
                    .map((trial) => modelled.map((p, d) => coordinates[d].toCoordinate(trial.params[p.name])));
                const dimensions = coordinates.map((c) => c.dimension);
                const below = buildParzenEstimator(dimensions, rows(belowIndices), parzen);
                const above = buildParzenEstimator(dimensions, rows(aboveIndices), parzen);
                const random = (0,stats_random/* seededRandom */.Is)((0,stats_random/* deriveSeed */.B7)(seed, number, STREAM.tpe, groupIndex));
                // bestRow skips trials in flight, believed or not: the centre is a result, not a guess.
                const nearBest = nearBestWidth > 0 && continuous
                    ? bestKernel(below, bestRow(belowIndices.filter((i) => modelled.every((p) => p.name in used[i].params))), nearBestWidth)
                    : undefined;
                // Candidates are mapped to parameter values and back, so discrete ones are scored as the values they become.
                const values = sampleParzen(nearBest ?? below, random, candidates).map((x) => x.map((v, d) => coordinates[d].fromCoordinate(v)));
                const points = values.map((row) => row.map((v, d) => coordinates[d].toCoordinate(v)));
                const scoreBelow = logPdfParzen(below, points);
                const scoreAbove = logPdfParzen(above, points);
                // Every trial that had these parameters, finished or in flight, counts as tried.
                const tried = new Set(settings.avoidRepeats ? rows(Array.from(used.keys())).map((row) => row.join(',')) : []);
                const fresh = points.map((row) => !tried.has(row.join(',')));
                const anyFresh = fresh.some(Boolean);
                let best = -1;
                for (let i = 0; i < points.length; i++) {
                    if (anyFresh && !fresh[i])
                        continue;
                    if (best < 0 || scoreBelow[i] - scoreAbove[i] > scoreBelow[best] - scoreAbove[best])
                        best = i;
                }
                modelled.forEach((p, d) => (params[p.name] = values[best][d]));
            });
            return params;
        },
    };
}

;// CONCATENATED MODULE: ./shared/tune/samplers/index.ts





const SAMPLER_NAMES = ['grid', 'random', 'tpe'];
/** Builds a sampler from its name or its recorded spec (a trials file, a matrix state). */
function createSampler(spec) {
    if (typeof spec === 'object' && 'suggest' in spec)
        return spec;
    const { name, options } = typeof spec === 'string' ? { name: spec, options: undefined } : spec;
    switch (name) {
        case 'grid':
            return gridSampler();
        case 'random':
            return randomSampler();
        case 'tpe': {
            const unknown = Object.keys(options ?? {}).filter((key) => !(key in TPE_DEFAULTS));
            if (unknown.length)
                throw new errors/* InputError */.dz(`unknown tpe option(s) ${unknown.join(', ')}; known: ${Object.keys(TPE_DEFAULTS).join(', ')}.`, 'algorithm');
            return tpeSampler(options);
        }
        default: {
            const hint = (0,suggest/* closest */.k)(String(name), SAMPLER_NAMES);
            throw new errors/* InputError */.dz(`algorithm must be one of ${SAMPLER_NAMES.join(', ')} (got ` +
                `${JSON.stringify(name)})${hint ? `; did you mean "${hint}"?` : '.'}`, 'algorithm');
        }
    }
}




;// CONCATENATED MODULE: ./shared/tune/local.ts





/**
 * What trial `number` may know when `parallel` trials run at once: the trials up to
 * number − parallel with their results, and the parallel − 1 before it as in flight (the
 * constant liar's "running"), whether or not they have finished by the time it starts. With
 * parallel 1 that is every earlier trial, as in a sequential Optuna study.
 *
 * This is what makes a seeded parallel study reproducible: a suggestion (and a pruning
 * decision) depends on trial numbers, never on which trial happened to finish first. The cost:
 * trial n starts only once every trial up to n − parallel has finished, so one slow trial can
 * hold up to parallel − 1 slots idle until it finishes.
 */
function visibleHistory(trials, number, parallel) {
    const history = [];
    const finished = [];
    for (const trial of trials) {
        if (trial.number >= number)
            continue;
        if (trial.number <= number - parallel && trial.state !== 'running') {
            history.push(trial);
            finished.push(trial);
        }
        else {
            history.push({ number: trial.number, state: 'running', params: trial.params, intermediate: [] });
        }
    }
    return { history, finished };
}
/**
 * Runs a study on this machine: `parallel` objectives at once, suggestions in trial-number order
 * (see visibleHistory), every finished trial written to `trialsFile`. A trials file of the same
 * study is resumed: its finished trials are kept and its unfinished ones run again with the
 * same parameters, so an interrupted seeded study ends as an uninterrupted one would have.
 * Failed trials are recorded and the search goes on; if every trial fails, the first error is thrown.
 */
async function runLocalStudy(options) {
    const parallel = options.parallel ?? 1;
    if (!Number.isInteger(parallel) || parallel < 1)
        throw new errors/* InputError */.dz(`parallel must be a whole number ≥ 1 (got ${parallel}).`, 'parallel');
    const sampler = createSampler(options.sampler);
    const pruner = createPruner(options.pruner);
    const fresh = createStudy({
        space: toSearchSpace(options.space),
        sampler: sampler.spec,
        pruner: pruner.spec,
        seed: options.seed,
        maxTrials: options.trials,
        metric: options.metric,
        direction: options.direction,
    });
    let study = fresh;
    if (options.trialsFile) {
        const previous = await readStudyFile(options.trialsFile);
        if (previous) {
            const differences = definitionDifferences(previous, fresh);
            if (differences.length) {
                throw new errors/* InputError */.dz(`${options.trialsFile} holds a different study (its ${differences.join(', ')} ` +
                    `differ${differences.length === 1 ? 's' : ''}); ` +
                    'delete it to start over, or give another trials file.', 'trials-dir');
            }
            study = { ...previous, maxTrials: options.trials };
        }
    }
    const space = studySpace(study);
    let failure;
    let writing;
    let dirty = false;
    // Coalesces writes: at most one in flight and one queued, however fast trials finish.
    const persist = () => {
        if (!options.trialsFile)
            return;
        dirty = true;
        if (writing)
            return;
        writing = (async () => {
            try {
                while (dirty) {
                    dirty = false;
                    await writeStudyFiles(study, options.trialsFile);
                }
            }
            catch (error) {
                failure ??= error;
            }
            finally {
                writing = undefined;
            }
        })();
    };
    const finished = new Set(study.trials.filter((t) => t.state !== 'running').map((t) => t.number));
    const firstUnfinished = () => {
        let n = 0;
        while (finished.has(n))
            n++;
        return n;
    };
    const running = new Map();
    let next = 0;
    let exhausted = false;
    const start = (number) => {
        const { history, finished: others } = visibleHistory(study.trials, number, parallel);
        const recorded = study.trials.find((t) => t.number === number);
        const params = recorded?.params ?? sampler.suggest({ space, direction: study.direction, history, number, seed: study.seed });
        if (!params) {
            exhausted = true;
            return;
        }
        putTrial(study, { number, state: 'running', params, intermediate: [] });
        const task = runTrial({
            number,
            params,
            objective: options.objective,
            pruner,
            direction: study.direction,
            others,
        }).then((trial) => {
            putTrial(study, trial);
            finished.add(number);
            running.delete(number);
            persist();
            options.onTrial?.(trial, study);
        });
        running.set(number, task.catch((error) => {
            // Only onTrial or a write can throw here; stop starting trials and rethrow once the others end.
            failure ??= error;
            running.delete(number);
        }));
    };
    for (;;) {
        while (failure === undefined &&
            !exhausted &&
            next < study.maxTrials &&
            running.size < parallel &&
            next < firstUnfinished() + parallel) {
            if (!finished.has(next))
                start(next);
            next++;
        }
        if (running.size === 0)
            break;
        await Promise.race(running.values());
    }
    persist();
    while (writing)
        await writing;
    if (failure !== undefined)
        throw failure;
    assertNotAllFailed(study);
    return { study, best: bestTrial(study) };
}

;// CONCATENATED MODULE: ./shared/tune/matrix.ts






/**
 * Matrix mode: a study fanned out over a GitHub job matrix in rounds. Round k is planned from
 * the results of rounds before it, with the trials of round k itself treated as in flight
 * (constant liar), so one round's jobs spread out instead of repeating one guess. The study
 * travels between jobs as its trials file; every function here is pure (returns a new study).
 */
/** GitHub's limit on the jobs one matrix may create. */
const MAX_ROUND_SIZE = 256;
function specOf(trial) {
    return { number: trial.number, params: trial.params, round: trial.round ?? 0 };
}
/**
 * Plans the next round of at most `roundSize` trials (fewer when the study's trial budget or a
 * grid runs out; none when it is spent). While the latest round still has trials without a
 * result, it is returned again, unchanged: re-running the plan job never adds trials. Planning
 * is a function of the study alone (its seed included), so the same study plans the same round.
 */
function planRound(study, roundSize) {
    if (!Number.isInteger(roundSize) || roundSize < 1 || roundSize > MAX_ROUND_SIZE) {
        throw new errors/* InputError */.dz(`a round has 1 to ${MAX_ROUND_SIZE} trials (GitHub's matrix limit); got ${roundSize}.`, 'parallel');
    }
    const rounds = study.trials.map((t) => t.round ?? 0);
    const lastRound = rounds.length ? Math.max(...rounds) : -1;
    const pending = study.trials.filter((t) => (t.round ?? 0) === lastRound && t.state === 'running');
    if (pending.length > 0) {
        return { round: lastRound, trials: study.trials.filter((t) => (t.round ?? 0) === lastRound).map(specOf), study };
    }
    const round = lastRound + 1;
    const sampler = createSampler(study.sampler);
    const space = studySpace(study);
    const next = structuredClone(study);
    const firstNumber = study.trials.length ? Math.max(...study.trials.map((t) => t.number)) + 1 : 0;
    const count = Math.min(roundSize, study.maxTrials - study.trials.length);
    const planned = [];
    for (let i = 0; i < count; i++) {
        const number = firstNumber + i;
        // Earlier rounds as they ended (a trial still running there is in flight too), and this round's trials in flight.
        const history = [...next.trials, ...planned];
        const params = sampler.suggest({ space, direction: study.direction, history, number, seed: study.seed });
        if (!params)
            break;
        planned.push({ number, state: 'running', params, intermediate: [], round });
    }
    next.trials.push(...planned);
    return { round, trials: planned.map(specOf), study: next };
}
/**
 * Runs one planned trial (the `trial` job). The pruner compares with the trials of earlier
 * rounds only: the other jobs of this round run elsewhere at the same time.
 */
async function runPlannedTrial(study, spec, objective) {
    const planned = trialOf(study, spec.number);
    if (!planned || valueKey(planned.params) !== valueKey(spec.params)) {
        throw new errors/* InputError */.dz(`trial ${spec.number} is not planned in this study with these parameters; ` + `give the trial entry from this study's matrix.`, 'trial');
    }
    const round = planned.round ?? 0;
    const others = study.trials.filter((t) => t.state !== 'running' && (t.round ?? 0) < round);
    return runTrial({
        number: spec.number,
        params: spec.params,
        objective,
        pruner: createPruner(study.pruner),
        direction: study.direction,
        others,
        round,
    });
}
const RANK = { running: 0, failed: 1, pruned: 2, complete: 3 };
/**
 * Records one trial's result. Idempotent: recording the same result again changes nothing.
 * When a trial was re-run and reports twice, the more finished state wins (complete over
 * pruned over failed) and between equals the first recorded stays, so a re-run job that failed
 * cannot overwrite a result that arrived.
 */
function recordTrialResult(study, result) {
    const planned = trialOf(study, result.number);
    if (!planned)
        throw new errors/* InputError */.dz(`trial ${result.number} was never planned in this study; its result belongs to another study.`, 'trials-dir');
    if (valueKey(planned.params) !== valueKey(result.params)) {
        throw new errors/* InputError */.dz(`the result of trial ${result.number} has other parameters than the plan; ` + `it belongs to another study or an older plan.`, 'trials-dir');
    }
    checkParams(studySpace(study), result.params, `the result of trial ${result.number}`);
    if (result.state === 'complete' && (typeof result.value !== 'number' || !Number.isFinite(result.value))) {
        throw new errors/* InputError */.dz(`the result of trial ${result.number} is complete without a finite value.`, 'trials-dir');
    }
    if (RANK[result.state] <= RANK[planned.state])
        return study;
    const next = structuredClone(study);
    const at = next.trials.findIndex((t) => t.number === result.number);
    next.trials[at] = { ...structuredClone(result), round: planned.round };
    return next;
}
/**
 * Records many results (the `report` job gathering artifacts); the order does not matter except
 * between two results of one trial.
 */
function mergeResults(study, results) {
    return results.reduce(recordTrialResult, study);
}
/**
 * Marks the trials still running as failed, for the report job after a matrix ended: a job that
 * crashed without uploading a result must not keep its round open forever.
 */
function failUnreported(study, error = 'no result was reported for this trial (its job failed or was cancelled)') {
    if (!study.trials.some((t) => t.state === 'running'))
        return study;
    const next = structuredClone(study);
    for (const trial of next.trials)
        if (trial.state === 'running')
            Object.assign(trial, { state: 'failed', error });
    return next;
}

;// CONCATENATED MODULE: ./shared/tune/study-files.ts




/**
 * The layout of tune's `trials-dir`: trials.json + trials.csv (the study), and one folder per
 * trial, `trial-N` (`trial-N-attempt-A` for a matrix job's re-run), holding params.json,
 * result.json (matrix mode) and `package/`, the trial's model package. Every complete trial keeps
 * its package, so the best one is there without training it again (a re-training would cost a
 * trial's time and, on onnxruntime, can differ with the thread count); pruned and failed trials
 * have none.
 */
const STUDY_FILE = 'trials.json';
/** The trials folder `dir` (relative to `cwd`, or absolute), with paths shown relative to `cwd`. */
function trialsDir(dir, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, dir);
    return { dir: absolute, file: (0,external_node_path_.join)(absolute, STUDY_FILE), shown: (path) => (0,external_node_path_.relative)(cwd, path) || '.' };
}
/** A trial's folder name: `trial-N`, or `trial-N-attempt-A` for a matrix job's re-run. */
function trialFolderName(number, attempt = 1) {
    return attempt > 1 ? `trial-${number}-attempt-${attempt}` : `trial-${number}`;
}
/** Replaces the trial's folder and writes its params.json. */
async function prepareTrialFolder(files, name, params) {
    const folder = (0,external_node_path_.join)(files.dir, name);
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    await (0,promises_.mkdir)(folder, { recursive: true });
    const paramsFile = (0,external_node_path_.join)(folder, 'params.json');
    await (0,promises_.writeFile)(paramsFile, `${JSON.stringify(params, null, 2)}\n`);
    const packageDir = (0,external_node_path_.join)(folder, 'package');
    return { folder, paramsFile, packageDir, package: (0,external_node_path_.relative)(files.dir, packageDir) };
}
/** The package of a trial, when its recorded folder is inside trials-dir and holds one. */
function packageOf(trial, files) {
    const recorded = trial.attributes?.package;
    if (typeof recorded !== 'string')
        return undefined;
    const full = (0,external_node_path_.resolve)(files.dir, recorded);
    const inside = (0,external_node_path_.relative)(files.dir, full);
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return undefined;
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(full, 'manifest.json')) ? full : undefined;
}
/** The search-space input: the space itself (YAML/JSON), or the path of a file holding it. */
async function readSearchSpace(value, cwd) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (trimmed.includes('\n') || !/\.(ya?ml|json)$/i.test(trimmed))
        return value;
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, trimmed), 'utf8');
    }
    catch (error) {
        const why = error.code === 'ENOENT' ? 'it does not exist' : error.message;
        throw new errors/* InputError */.dz(`search-space names the file ${trimmed}, which cannot be read (${why}); give a path relative to the workspace, or the space itself as YAML.`, 'search-space');
    }
}
// ---------------------------------------------------------------- matrix: results on disk
const RESULT_FOLDER = /^trial-(\d+)(?:-attempt-(\d+))?$/;
const study_files_STATES = ['running', 'complete', 'pruned', 'failed'];
/** The result.json of every trial folder in trials-dir (the trial jobs' artifacts, downloaded), ordered by trial and attempt. */
async function readResults(files) {
    let names;
    try {
        names = (await (0,promises_.readdir)(files.dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const found = [];
    for (const name of names) {
        const match = RESULT_FOLDER.exec(name);
        const file = (0,external_node_path_.join)(files.dir, name, 'result.json');
        if (!match || !(0,external_node_fs_.existsSync)(file))
            continue;
        const shown = files.shown(file);
        let raw;
        try {
            raw = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (error) {
            throw new errors/* FileError */.f6(`is not valid JSON (${error.message}); it should be a trial result written by tune.`, shown);
        }
        if (!raw || typeof raw !== 'object' || !Number.isInteger(raw.number) || !study_files_STATES.includes(raw.state) || typeof raw.params !== 'object')
            throw new errors/* FileError */.f6('is not a trial result written by tune (it needs number, state and params).', shown);
        if (raw.number !== Number(match[1]))
            throw new errors/* FileError */.f6(`holds trial ${raw.number}, not trial ${match[1]} as its folder says.`, shown);
        raw.intermediate = (Array.isArray(raw.intermediate) ? raw.intermediate : []).map((p) => ({
            epoch: p.epoch,
            value: p.value ?? Number.NaN,
        }));
        if (raw.value === null)
            raw.value = Number.NaN;
        found.push({ trial: raw, number: raw.number, attempt: Number(match[2] ?? 1) });
    }
    return found.sort((a, b) => a.number - b.number || a.attempt - b.attempt).map((entry) => entry.trial);
}
/** A trial as result.json holds it (non-finite numbers as null). */
function resultJson(trial) {
    return `${JSON.stringify(trial, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}
/** Writes a trial's result.json into its folder (made when missing); returns the file, absolute. */
async function writeTrialResult(folder, trial) {
    await (0,promises_.mkdir)(folder, { recursive: true });
    const resultFile = (0,external_node_path_.join)(folder, 'result.json');
    await (0,promises_.writeFile)(resultFile, resultJson(trial));
    return resultFile;
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/tune/report.ts


/** Points a chart draws at most: beyond, the trials are thinned evenly (the last is always kept). */
const CHART_POINTS = 100;
function showValue(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'number')
        return (0,markdown/* formatNumber */.ZV)(value);
    if (typeof value === 'string' || typeof value === 'boolean' || value === null)
        return String(value);
    return JSON.stringify(value);
}
function note(trial) {
    if (trial.state === 'pruned')
        return `pruned at epoch ${trial.prunedAt}`;
    if (trial.state === 'failed')
        return trial.error ?? 'failed';
    return '';
}
/** Complete trials best first, then pruned (furthest first), failed and running, each by number. */
function reportOrder(study) {
    const sign = study.direction === 'minimize' ? 1 : -1;
    const group = { complete: 0, pruned: 1, failed: 2, running: 3 };
    return [...study.trials].sort((a, b) => {
        if (a.state !== b.state)
            return group[a.state] - group[b.state];
        if (a.state === 'complete')
            return sign * (a.value - b.value) || a.number - b.number;
        if (a.state === 'pruned')
            return (b.prunedAt ?? 0) - (a.prunedAt ?? 0) || a.number - b.number;
        return a.number - b.number;
    });
}
/** A markdown table of the trials, best first, at most `limit` rows with a line saying how many were left out. */
function trialsTable(study, options = {}) {
    const limit = options.limit ?? 50;
    const names = studySpace(study).parameters.map((p) => p.name);
    const ordered = reportOrder(study);
    const rows = ordered
        .slice(0, limit)
        .map((trial) => [
        trial.number,
        trial.state,
        trial.value === undefined ? '' : (0,markdown/* formatNumber */.ZV)(trial.value),
        ...names.map((name) => showValue(trial.params[name])),
        note(trial),
    ]);
    const header = ['trial', 'state', study.metric, ...names, 'note'];
    const align = header.map((_, i) => (i === 0 || i === 2 ? 'r' : 'l'));
    const more = ordered.length > limit ? `\n\n${ordered.length - limit} more trials are in the trials file.` : '';
    return (0,markdown/* table */.tp)(header, rows, align) + more;
}
/** Best value so far after each trial, from the first complete trial on: [trial number, best][]. */
function bestValueHistory(study) {
    const points = [];
    let best;
    for (const trial of [...study.trials].sort((a, b) => a.number - b.number)) {
        if (trial.state === 'complete') {
            const better = best === undefined || (study.direction === 'minimize' ? trial.value < best : trial.value > best);
            if (better)
                best = trial.value;
        }
        if (best !== undefined)
            points.push([trial.number, best]);
    }
    return points;
}
function thin(items, max) {
    if (items.length <= max)
        return items;
    return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]);
}
/** A Mermaid xychart of the best value over trials, fenced for GitHub; empty when no trial completed. */
function bestValueChart(study) {
    const points = thin(bestValueHistory(study), CHART_POINTS);
    if (points.length === 0)
        return '';
    const label = study.metric.replace(/"/g, "'");
    const values = points.map(([, v]) => Number(v.toPrecision(6)));
    let low = Math.min(...values);
    let high = Math.max(...values);
    if (low === high) {
        const pad = Math.abs(low) * 0.05 || 1;
        low -= pad;
        high += pad;
    }
    const lines = [
        'xychart-beta',
        `  title "Best ${label} over trials (${study.direction === 'minimize' ? 'lower' : 'higher'} is better)"`,
        `  x-axis "trial" [${points.map(([n]) => n).join(', ')}]`,
        `  y-axis "${label}" ${Number(low.toPrecision(6))} --> ${Number(high.toPrecision(6))}`,
        `  line [${values.join(', ')}]`,
    ];
    return (0,markdown/* codeBlock */.DV)(lines.join('\n'), 'mermaid');
}
/** A markdown table of parameter importances, most important first. */
function importanceTable(result) {
    if (result.importances.length === 0)
        return 'No parameter could be rated (too few complete trials, or every parameter is conditional).';
    const rows = result.importances.map(({ name, importance }) => [
        name,
        (0,markdown/* formatNumber */.ZV)(importance, 3),
        '█'.repeat(Math.round(importance * 20)),
    ]);
    const unrated = result.unrated.length ? `\n\nNot rated (conditional or single-valued): ${result.unrated.join(', ')}.` : '';
    return ((0,markdown/* table */.tp)(['parameter', 'importance', ''], rows, ['l', 'r', 'l']) +
        `\n\nPED-ANOVA over ${result.trials} complete trials (top 10 % against all).${unrated}`);
}

;// CONCATENATED MODULE: ./shared/tune/summary.ts




/** The tune step's log line and job summaries. */
/** One trial as a log line: state, value, how it ended, time and parameters. */
function trialLine(trial, metric) {
    const value = trial.value !== undefined && Number.isFinite(trial.value) ? ` ${metric}=${(0,markdown/* formatNumber */.ZV)(trial.value)}` : '';
    const how = trial.state === 'pruned' ? ` at epoch ${trial.prunedAt}` : trial.state === 'failed' ? `: ${trial.error ?? 'no error message'}` : '';
    const time = trial.durationSeconds !== undefined ? ` in ${trial.durationSeconds.toFixed(1)} s` : '';
    return `trial ${trial.number}: ${trial.state}${value}${how}${time} ${JSON.stringify(trial.params)}`;
}
function paramsTable(params) {
    return (0,markdown/* table */.tp)(['parameter', 'value'], Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? (0,markdown/* formatNumber */.ZV)(value) : JSON.stringify(value)]));
}
/** The study as a job summary: counts, the best trial, the best value over trials, every trial and parameter importance. */
function studySummary(study, { title, notes = [], trialsFile }) {
    const counts = countByState(study);
    const best = bestTrial(study);
    const states = [
        `${counts.complete} complete`,
        `${counts.pruned} pruned`,
        `${counts.failed} failed`,
        ...(counts.running ? [`${counts.running} running`] : []),
    ];
    const head = [
        `### tune: ${title}`,
        `${study.trials.length} trial${study.trials.length === 1 ? '' : 's'} (${states.join(', ')}) of ${study.maxTrials} · ` +
            `sampler \`${study.sampler.name}\` · pruner \`${study.pruner.name}\` · seed ${study.seed} · ` +
            `\`${study.metric}\`, ${study.direction === 'minimize' ? 'lower' : 'higher'} is better`,
        ...notes,
    ];
    if (best) {
        head.push(`**Best: trial ${best.number}, ${study.metric} = ${(0,markdown/* formatNumber */.ZV)(best.value)}**`, paramsTable(best.params));
    }
    else {
        head.push('No trial has completed.');
    }
    const sections = [{ markdown: head.join('\n\n'), essential: true }];
    const chart = bestValueChart(study);
    if (chart)
        sections.push({ markdown: `#### Best value over trials\n\n${chart}` });
    sections.push({ markdown: `#### Trials\n\n${trialsTable(study)}` });
    if (counts.complete > 0)
        sections.push({ markdown: `#### Parameter importance\n\n${importanceTable(parameterImportance(studySpace(study), study))}` });
    return (0,markdown/* renderReport */.B1)(sections, (0,markdown/* summaryLimit */.mf)(`the trials file ${trialsFile}`)).markdown;
}
/** One matrix trial as a job summary: its state, value and parameters. */
function trialSummary(trial, metric) {
    const value = trial.value !== undefined && Number.isFinite(trial.value) ? (0,markdown/* formatNumber */.ZV)(trial.value) : '—';
    return [
        `### tune: trial ${trial.number} (round ${trial.round ?? 0})`,
        `**${trial.state}**${trial.state === 'pruned' ? ` at epoch ${trial.prunedAt}` : ''} · ${metric} = ${value}${trial.error ? ` · ${trial.error}` : ''}`,
        paramsTable(trial.params),
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./shared/tune/modes.ts









/**
 * tune's four modes as plain functions: `local` runs the study here, `parallel` trials at once;
 * `plan` → `trial` × N → `report` runs it as GitHub job matrices in rounds, the study travelling
 * between jobs as the trials file (docs/tune.md). What a trial trains is not known here: the
 * caller gives a `PrepareObjective` (the built-in trainer or a command, shared/train/tune-objective.ts).
 * Errors a user can fix are `InputError`s naming the input (`search-space`, `trials-dir`, `round`, `trial`).
 */
const UNREPORTED = 'no result was reported for this trial (its job failed or was cancelled)';
/**
 * The study the inputs describe. With a study file already there, the inputs must describe the
 * same study (only `trials` may grow), and `search-space` may be left out.
 */
async function studyFromDefinition(definition, files, existing, cwd) {
    const text = await readSearchSpace(definition.searchSpace, cwd);
    if (text === undefined && !existing) {
        throw new errors/* InputError */.dz('search-space is required to start a study: a YAML map of parameter to distribution, e.g. `learning_rate: {type: loguniform, low: 1.0e-4, high: 0.1}`.', 'search-space');
    }
    const fresh = createStudy({
        space: text ?? existing.space,
        sampler: createSampler(definition.algorithm).spec,
        pruner: createPruner(definition.pruner).spec,
        seed: definition.seed,
        maxTrials: definition.trials,
        metric: definition.metric,
        direction: definition.direction,
    });
    if (!existing)
        return fresh;
    const differences = definitionDifferences(existing, fresh);
    if (differences.length > 0) {
        throw new errors/* InputError */.dz(`${files.shown(files.file)} holds a different study (its ${differences.join(', ')} ` +
            `differ${differences.length === 1 ? 's' : ''} from the inputs); give the same inputs to continue it, ` +
            'or another trials-dir to start a new one.', 'trials-dir');
    }
    return { ...existing, maxTrials: definition.trials };
}
/** The study in trials-dir, which `mode` needs (plan wrote it). */
async function requireStudy(files, mode) {
    const study = await readStudyFile(files.file);
    if (study)
        return study;
    throw new errors/* InputError */.dz(`${mode} mode needs the study in trials-dir, but ${files.shown(files.file)} does not exist; ` +
        "run plan first and put its trials.json there (the reusable workflow downloads the plan job's study artifact).", 'trials-dir');
}
/** Trials numbered in the study's rounds; a local study's trials count as round 0. */
function latestRound(study) {
    return study.trials.length ? Math.max(...study.trials.map((t) => t.round ?? 0)) : -1;
}
const modes_specOf = (trial) => ({ number: trial.number, params: trial.params, round: trial.round ?? 0 });
const finishedCount = (study) => study.trials.filter((t) => t.state !== 'running').length;
/**
 * Runs (or resumes) the study in trials-dir here. When every trial fails it throws the
 * UserError of assertNotAllFailed, with the trials file written (and given to `onFailed`).
 */
async function runLocalMode(options) {
    const { files, definition, cwd, parallel, prepare, onFailed, io } = options;
    const previous = await readStudyFile(files.file);
    const study = await studyFromDefinition(definition, files, previous, cwd);
    if (previous) {
        const finished = finishedCount(previous);
        io.info(`resuming the study in ${files.shown(files.file)}: ${finished} trial${finished === 1 ? '' : 's'} finished, ${Math.max(0, definition.trials - finished)} to run.`);
    }
    const prepared = await prepare(study, {
        parallel,
        trialFolder: (number, params) => prepareTrialFolder(files, trialFolderName(number), params),
    });
    io.info(`${definition.trials} trials, ${prepared.how}.`);
    const started = performance.now();
    let result;
    try {
        result = await runLocalStudy({
            space: study.space,
            sampler: study.sampler,
            pruner: study.pruner,
            trials: study.maxTrials,
            parallel,
            seed: study.seed,
            objective: prepared.objective,
            trialsFile: files.file,
            metric: study.metric,
            direction: study.direction,
            onTrial: (trial) => io.info(trialLine(trial, study.metric)),
        });
    }
    catch (error) {
        const recorded = onFailed && (0,errors/* isUserError */.iU)(error) ? await readStudyFile(files.file).catch(() => undefined) : undefined;
        if (recorded)
            await onFailed(recorded);
        throw error;
    }
    finally {
        await prepared.close();
    }
    const seconds = (performance.now() - started) / 1000;
    io.info(`the study took ${seconds.toFixed(1)} s with parallel ${parallel}.`);
    return { study: result.study, seconds };
}
/** Gathers the results in trials-dir into the study and plans the next round (or returns a planned one again). */
async function runPlanMode({ files, definition, cwd, round: requested, rounds, checkStudy, io, }) {
    const previous = await readStudyFile(files.file);
    let study = await studyFromDefinition(definition, files, previous, cwd);
    // A search space the built-in trainer cannot take fails here, before a matrix of jobs starts.
    checkStudy?.(study);
    const results = await readResults(files);
    study = mergeResults(study, results);
    const latest = latestRound(study);
    let round;
    let trials;
    if (requested !== undefined && requested <= latest) {
        // A re-run of a plan job: the same matrix again, nothing added.
        round = requested;
        trials = study.trials.filter((t) => (t.round ?? 0) === requested).map(modes_specOf);
        io.info(`round ${requested} was planned already; its matrix is returned unchanged.`);
    }
    else {
        if (requested !== undefined && requested > latest + 1) {
            throw new errors/* InputError */.dz(`round is ${requested}, but the study in ${files.shown(files.file)} has ${latest < 0 ? 'no rounds yet' : `rounds up to ${latest}`}: round ${latest + 1} comes first.`, 'round');
        }
        // Planning round `requested` means the jobs of the rounds before it are over.
        if (requested !== undefined)
            study = failUnreported(study, UNREPORTED);
        const open = study.trials.some((t) => (t.round ?? 0) === latest && t.state === 'running');
        const remaining = study.maxTrials - study.trials.length;
        if (!open && remaining <= 0) {
            round = latest + 1;
            trials = [];
            io.info(`the study has all its ${study.maxTrials} trials; nothing to plan.`);
        }
        else {
            const roundsLeft = Math.max(1, rounds - (latest + 1));
            const size = Math.min(MAX_ROUND_SIZE, Math.max(1, Math.ceil(remaining / roundsLeft)));
            if (!open && roundsLeft === 1 && remaining > size)
                io.warning(`this is the last of ${rounds} rounds and a matrix takes at most ${MAX_ROUND_SIZE} trials: ${remaining - size} of the ${remaining} remaining trials will not run. Raise rounds or lower trials.`);
            const planned = planRound(study, size);
            study = planned.study;
            round = planned.round;
            trials = planned.trials;
        }
    }
    await writeStudyFiles(study, files.file);
    io.info(`round ${round}: ${trials.length} trial${trials.length === 1 ? '' : 's'} (${trials.map((t) => t.number).join(', ') || 'none'}).`);
    return { study, round, trials };
}
/** The summary's note on a planned round. */
function planNote({ study, round, trials }) {
    return `Round ${round}: ${trials.length} trial${trials.length === 1 ? '' : 's'} in the matrix; ${finishedCount(study)} finished before it.`;
}
// ---------------------------------------------------------------- trial
/** The trial input: one entry of the planned matrix. */
function parseTrialSpec(value) {
    const example = 'give one entry of the planned matrix, e.g. `trial: ${{ toJSON(matrix.trial) }}`';
    if (value === undefined)
        throw new errors/* InputError */.dz(`trial is required in trial mode; ${example}.`, 'trial');
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* InputError */.dz(`trial must be a JSON object (got ${JSON.stringify(value)}); ${example}.`, 'trial');
    const { number, params, round } = value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0)
        throw new errors/* InputError */.dz(`trial has no whole "number" ≥ 0 (got ${JSON.stringify(number)}); ${example}.`, 'trial');
    if (!params || typeof params !== 'object' || Array.isArray(params))
        throw new errors/* InputError */.dz(`trial has no "params" object (got ${JSON.stringify(params)}); ${example}.`, 'trial');
    if (round !== undefined && (typeof round !== 'number' || !Number.isInteger(round) || round < 0))
        throw new errors/* InputError */.dz(`trial's "round" must be a whole number ≥ 0 (got ${JSON.stringify(round)}).`, 'trial');
    return { number, params: params, round: round ?? 0 };
}
/** Runs one planned trial and writes its result.json; a trial with a result in the study is not run again. */
async function runTrialMode({ files, trial: input, runAttempt, prepare, io }) {
    const spec = parseTrialSpec(input);
    const study = await requireStudy(files, 'trial');
    const attempt = Math.max(1, Number.parseInt(runAttempt ?? '1', 10) || 1);
    const name = trialFolderName(spec.number, attempt);
    const folder = (0,external_node_path_.join)(files.dir, name);
    // A re-run of the matrix must not train again what already has a result (a failed one is retried).
    const recorded = study.trials.find((t) => t.number === spec.number);
    if (recorded && (recorded.state === 'complete' || recorded.state === 'pruned')) {
        io.info(`trial ${spec.number} already has a result (${recorded.state}) in the study; it is not run again.`);
        return { study, trial: recorded, name, folder };
    }
    const prepared = await prepare(study, { parallel: 1, trialFolder: (_number, params) => prepareTrialFolder(files, name, params) });
    let trial;
    try {
        trial = await runPlannedTrial(study, spec, prepared.objective);
    }
    finally {
        await prepared.close();
    }
    const resultFile = await writeTrialResult(folder, trial);
    io.info(trialLine(trial, study.metric));
    if (trial.state === 'failed')
        io.warning(`trial ${trial.number} failed: ${trial.error}. It is recorded as failed and the study goes on; report fails only if every trial fails.`);
    return { study, trial, name, folder, resultFile };
}
/** Gathers every trial result in trials-dir into the study; a trial without one is failed. */
async function runReportMode({ files, io }) {
    let study = await requireStudy(files, 'report');
    const results = await readResults(files);
    study = failUnreported(mergeResults(study, results), UNREPORTED);
    await writeStudyFiles(study, files.file);
    if (study.trials.length === 0)
        throw new errors/* UserError */.yo(`the study in ${files.shown(files.file)} has no trials yet; run plan and the trial jobs before report.`);
    io.info(`gathered ${results.length} trial result${results.length === 1 ? '' : 's'} from ${files.shown(files.dir)}.`);
    return { study, results: results.length };
}

;// CONCATENATED MODULE: ./shared/tune/index.ts
/** Hyperparameter search: spaces, samplers, pruners, studies run locally or over a job matrix, importance, reports. */














;// CONCATENATED MODULE: ./shared/steps/tune.ts



const run = async (context) => {
    switch (context.inputs.mode) {
        case 'local':
            return local(context);
        case 'plan':
            return plan(context);
        case 'trial':
            return tune_trial(context);
        case 'report':
            return report(context);
    }
};
const filesOf = ({ inputs, cwd }) => trialsDir(inputs['trials-dir'], cwd);
const definitionOf = ({ inputs }) => ({
    searchSpace: inputs['search-space'],
    algorithm: inputs.algorithm,
    pruner: inputs.pruner,
    seed: inputs.seed,
    trials: inputs.trials,
    metric: inputs.metric,
    direction: inputs.direction,
});
const objectiveOf = ({ inputs, io, env, cwd, run }) => tuneObjective({ config: inputs.config, command: inputs.command, data: inputs.data, backend: inputs.backend, cwd, env, run, io });
const summaryOf = (study, files, title, notes) => studySummary(study, { title, notes, trialsFile: files.shown(files.file) });
/** The outputs of a whole study: the trials file and the best trial with its package. */
function studyOutputs(study, files, io) {
    const best = bestTrial(study);
    const outputs = { 'trials-file': files.shown(files.file) };
    if (!best) {
        io.warning('no trial completed, so there is no best trial; the trials file says what happened to each.');
        return outputs;
    }
    const dir = packageOf(best, files);
    if (!dir)
        io.warning(`the best trial's model package (trial ${best.number}) is not in ${files.shown(files.dir)}; train it with best-params to get one.`);
    return {
        ...outputs,
        'best-params': best.params,
        'best-value': best.value,
        'best-trial': best.number,
        'model-dir': dir ? files.shown(dir) : undefined,
    };
}
async function local(context) {
    const { inputs, io, cwd } = context;
    const files = filesOf(context);
    const { study, seconds } = await runLocalMode({
        files,
        definition: definitionOf(context),
        cwd,
        parallel: inputs.parallel,
        prepare: objectiveOf(context),
        // Every trial failed: the summary still shows each one's error.
        onFailed: (recorded) => io.appendSummary(summaryOf(recorded, files, `${recorded.metric} (local)`)),
        io,
    });
    await io.appendSummary(summaryOf(study, files, `${study.metric} (local)`, [`Wall time ${seconds.toFixed(1)} s with parallel ${inputs.parallel}.`]));
    return studyOutputs(study, files, io);
}
async function plan(context) {
    const { inputs, io, cwd } = context;
    const files = filesOf(context);
    const planned = await runPlanMode({
        files,
        definition: definitionOf(context),
        cwd,
        round: inputs.round,
        rounds: inputs.rounds,
        checkStudy: inputs.config && !inputs.command ? checkParameterNames : undefined,
        io,
    });
    const { study, round, trials } = planned;
    await io.appendSummary(summaryOf(study, files, `${study.metric}, round ${round} planned`, [planNote(planned)]));
    const best = bestTrial(study);
    return {
        matrix: { trial: trials },
        planned: trials.length,
        round,
        'trials-file': files.shown(files.file),
        'best-params': best?.params,
        'best-value': best?.value,
        'best-trial': best?.number,
    };
}
async function tune_trial(context) {
    const { inputs, io, env } = context;
    const files = filesOf(context);
    const result = await runTrialMode({ files, trial: inputs.trial, runAttempt: context.run.runAttempt, prepare: objectiveOf(context), io });
    const { trial, resultFile } = result;
    const outputs = (done) => {
        const dir = done.state === 'complete' ? packageOf(done, files) : undefined;
        return {
            'trial-state': done.state,
            'best-params': done.params,
            'best-value': done.value !== undefined && Number.isFinite(done.value) ? done.value : undefined,
            'best-trial': done.number,
            'trials-file': resultFile ? files.shown(resultFile) : undefined,
            'model-dir': dir ? files.shown(dir) : undefined,
        };
    };
    // A trial the study had a result for did not run: nothing to upload or summarise.
    if (!resultFile)
        return outputs(trial);
    const artifact = inputs['artifact-name'];
    if (artifact) {
        // @actions/artifact needs the runner's Actions runtime; elsewhere (the CLI) the result stays on disk.
        if (!env.ACTIONS_RUNTIME_TOKEN)
            io.info(`not on an Actions runner (no ACTIONS_RUNTIME_TOKEN): the result stays in ${files.shown(result.folder)}.`);
        else
            await (0,train_artifact/* uploadFolder */.y)(`${artifact}-${result.name}`, result.folder, io, { root: files.dir, what: `trial ${trial.number}` });
    }
    await io.appendSummary(trialSummary(trial, result.study.metric));
    return outputs(trial);
}
async function report(context) {
    const { io } = context;
    const files = filesOf(context);
    const { study } = await runReportMode({ files, io });
    await io.appendSummary(summaryOf(study, files, study.metric));
    assertNotAllFailed(study);
    return studyOutputs(study, files, io);
}


/***/ }),

/***/ 90603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ TrialStopped),
/* harmony export */   fS: () => (/* binding */ configDataPattern),
/* harmony export */   n5: () => (/* binding */ trainConfigTrial)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98128);
/* harmony import */ var _data_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41671);
/* harmony import */ var _model_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85056);
/* harmony import */ var _model_tfjs_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44359);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8126);
/* harmony import */ var _backend_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79539);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76289);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78262);
/* harmony import */ var _trainer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18645);











/** Thrown out of trainConfigTrial when onEpoch answered `stop`; no package is written. */
class TrialStopped extends Error {
    epoch;
    constructor(epoch) {
        super(`stopped after epoch ${epoch}`);
        this.epoch = epoch;
        this.name = 'TrialStopped';
    }
}
// A worker process runs many trials on the same data: read and profile it once.
const tables = new Map();
const profiles = new Map();
function once(cache, key, make) {
    let value = cache.get(key);
    if (!value) {
        value = make();
        cache.set(key, value);
        value.catch(() => cache.delete(key));
    }
    return value;
}
/** The data a config trains on: the `data` override, else the config's `data` relative to the config file. */
function configDataPattern(configPath, cwd, configData, data) {
    if (data)
        return data;
    if (configData)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, configPath)), configData));
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('no training data: set `data:` in the config or the `data` input.', 'data');
}
async function trainConfigTrial(request, hooks = {}) {
    const started = performance.now();
    const { cwd } = request;
    const log = hooks.log ?? (() => { });
    const config = await (0,_config_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(request.config, cwd, request.params);
    const dataPattern = configDataPattern(request.config, cwd, config.data, request.data);
    const table = await once(tables, `${cwd}\n${dataPattern}`, () => (0,_data_table_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTable */ .l)(dataPattern, { cwd }));
    const plan = (0,_trainer_js__WEBPACK_IMPORTED_MODULE_9__/* .planTraining */ .kD)(config, table);
    const engine = await (0,_backend_js__WEBPACK_IMPORTED_MODULE_7__/* .loadBackend */ .DI)(request.backend, {
        cwd,
        env: request.env,
        workload: { parameters: (0,_trainer_js__WEBPACK_IMPORTED_MODULE_9__/* .estimateParameters */ .bA)(config, table, plan), batchSize: config.training.batchSize },
        log,
    });
    const trainingStarted = performance.now();
    const outcome = await (0,_trainer_js__WEBPACK_IMPORTED_MODULE_9__/* .trainFromConfig */ .Ds)(engine, config, table, {
        seed: request.seed,
        log,
        hooks: {
            onEpoch: hooks.onEpoch
                ? async (state, logs) => {
                    if ((await hooks.onEpoch(state.epoch, logs)) === 'stop')
                        throw new TrialStopped(state.epoch);
                }
                : undefined,
        },
    });
    const trainingSeconds = (performance.now() - trainingStarted) / 1000;
    const profile = await once(profiles, `${cwd}\n${dataPattern}`, () => (0,_data_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .profileData */ .AG)(dataPattern, { cwd }));
    const dir = request.packageDir;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    await (0,_model_tfjs_format_js__WEBPACK_IMPORTED_MODULE_5__/* .writeTfjsModel */ .u)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, 'model'), outcome.network);
    const durationSeconds = (performance.now() - started) / 1000;
    const facts = {
        run: { ...request.run, event: {} },
        seed: request.seed,
        params: request.params,
        durationSeconds,
        engine,
        table,
        dataPattern,
        trainingSeconds,
    };
    await (0,_model_package_js__WEBPACK_IMPORTED_MODULE_4__/* .writeModelPackage */ .FX)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .builtInManifest */ .lM)(outcome, config, facts), {
        metrics: outcome.metrics,
        history: outcome.history,
        profile,
    });
    return { metrics: outcome.metrics, backend: engine.backend, device: engine.device, epochs: outcome.epochs, durationSeconds };
}


/***/ })

};
