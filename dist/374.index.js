export const id = 374;
export const ids = [374];
export const modules = {

/***/ 97247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openActionsCache)
/* harmony export */ });
/**
 * The Actions cache, when the runner offers it: the one way the suite reaches @actions/cache
 * (model downloads in registry/resolve.ts, training checkpoints in train/checkpoint.ts). Best
 * effort, as actions/cache is: when it is missing, `unavailable` says why and callers go on
 * without it.
 */
async function openActionsCache(options = {}) {
    const env = options.env ?? process.env;
    if (!options.client && (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL))) {
        return { unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)' };
    }
    let cache;
    try {
        cache = options.client ?? (await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091)));
    }
    catch (error) {
        return { unavailable: `@actions/cache could not load: ${error.message}` };
    }
    if (!cache.isFeatureAvailable()) {
        return { unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)' };
    }
    return { cache };
}


/***/ }),

/***/ 13374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/data/profile.ts + 2 modules
var data_profile = __webpack_require__(98128);
// EXTERNAL MODULE: ./shared/model/package.ts
var model_package = __webpack_require__(85056);
// EXTERNAL MODULE: ./shared/model/tfjs-format.ts
var tfjs_format = __webpack_require__(44359);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/train/artifact.ts
var artifact = __webpack_require__(90901);
// EXTERNAL MODULE: ./shared/train/backend.ts
var backend = __webpack_require__(79539);
// EXTERNAL MODULE: ./shared/train/manifest.ts
var train_manifest = __webpack_require__(78262);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/services/actions-cache.ts
var actions_cache = __webpack_require__(97247);
;// CONCATENATED MODULE: ./shared/train/checkpoint.ts




const FILE = 'checkpoint.json';
/** Hex digest of the identity, so a changed config never resumes from an incompatible checkpoint. */
function checkpointIdentity(identity) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
}
/**
 * Checkpoints through @actions/cache, best effort as actions/cache is: a cache that is down or
 * refuses gets one warning and training goes on; it never fails the step.
 */
function cacheCheckpoints(options) {
    const id = checkpointIdentity(options.identity);
    // The cache hashes the path strings into the entry's version: keep the same relative string on every run.
    const dir = `.mlops-checkpoints/${id}`;
    const keyPrefix = `${options.prefix}-${id}-`;
    const interval = options.intervalMs ?? 60_000;
    let lastUpload = 0;
    let warned = false;
    // A re-run of a finished training restores the final entry; saving it again would only collide.
    let finalRestored = false;
    const warn = (message) => {
        if (warned)
            return options.io.debug(message);
        warned = true;
        options.io.warning(`checkpoint-cache: ${message}; training goes on without it.`);
    };
    const loadCache = async () => {
        const opened = await (0,actions_cache/* openActionsCache */.C)({ client: options.cache, env: options.env });
        if (opened.unavailable)
            warn(opened.unavailable);
        return opened.cache;
    };
    const inWorkspace = (fn) => {
        // The cache resolves relative paths against the process directory; the step's workspace may differ.
        const previous = process.cwd();
        process.chdir(options.cwd);
        return fn().finally(() => process.chdir(previous));
    };
    return {
        async restore() {
            const cache = await loadCache();
            if (!cache)
                return undefined;
            try {
                const hit = await inWorkspace(() => cache.restoreCache([dir], `${keyPrefix}final`, [keyPrefix]));
                if (!hit) {
                    options.io.info(`checkpoint-cache: no checkpoint under ${keyPrefix}*; training from the start.`);
                    return undefined;
                }
                finalRestored = hit === `${keyPrefix}final`;
                const state = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(options.cwd, dir, FILE), 'utf8'));
                options.io.info(`checkpoint-cache: restored ${hit}: resuming after epoch ${state.epoch}.`);
                return state;
            }
            catch (error) {
                warn(`restoring failed: ${error.message}`);
                return undefined;
            }
        },
        async save(state, final = false) {
            const folder = (0,external_node_path_.join)(options.cwd, dir);
            await (0,promises_.mkdir)(folder, { recursive: true });
            // Write then rename, so a runner killed mid-write leaves the previous checkpoint whole.
            await (0,promises_.writeFile)((0,external_node_path_.join)(folder, `${FILE}.tmp`), JSON.stringify(state));
            await (0,promises_.rename)((0,external_node_path_.join)(folder, `${FILE}.tmp`), (0,external_node_path_.join)(folder, FILE));
            const now = Date.now();
            if (!final && now - lastUpload < interval)
                return;
            if (final && finalRestored)
                return;
            lastUpload = now;
            const cache = await loadCache();
            if (!cache)
                return;
            const key = final
                ? `${keyPrefix}final`
                : `${keyPrefix}e${String(state.epoch).padStart(6, '0')}-${options.runId ?? 'local'}-${options.runAttempt ?? '1'}`;
            try {
                const saved = await inWorkspace(() => cache.saveCache([dir], key));
                if (saved === -1)
                    warn(`saving ${key} did not complete (see the warning above)`);
                else
                    options.io.debug(`checkpoint-cache: saved ${key}`);
            }
            catch (error) {
                warn(`saving ${key} failed: ${error.message}`);
            }
        },
    };
}

// EXTERNAL MODULE: ./shared/train/command.ts + 1 modules
var train_command = __webpack_require__(3122);
// EXTERNAL MODULE: ./shared/train/config.ts
var train_config = __webpack_require__(76289);
// EXTERNAL MODULE: ./shared/data/table.ts
var data_table = __webpack_require__(41671);
// EXTERNAL MODULE: ./shared/train/trainer.ts + 9 modules
var trainer = __webpack_require__(18645);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/train/summary.ts

/** Splits flat metrics into rows of train / validation / cross-validation columns. */
function metricRows(metrics) {
    const names = new Set();
    for (const name of Object.keys(metrics)) {
        const base = name.replace(/^cv_val_(.*)_(mean|std)$/, '$1').replace(/^val_/, '');
        names.add(base);
    }
    const cv = (name) => metrics[`cv_val_${name}_mean`] !== undefined
        ? `${(0,markdown/* formatNumber */.ZV)(metrics[`cv_val_${name}_mean`])} ± ${(0,markdown/* formatNumber */.ZV)(metrics[`cv_val_${name}_std`])}`
        : '';
    return [...names].map((name) => [name, (0,markdown/* formatNumber */.ZV)(metrics[name]), (0,markdown/* formatNumber */.ZV)(metrics[`val_${name}`]), cv(name)]);
}
function seconds(value) {
    return value < 120 ? `${value.toFixed(1)} s` : `${(value / 60).toFixed(1)} min`;
}
/** The job summary: what ran where, how long it took and cost, and the metrics. */
function summaryMarkdown(manifest, details) {
    const facts = [
        ['backend', manifest.backend],
        ['device', manifest.device],
        ['framework', manifest.framework],
    ];
    if (details.task)
        facts.push(['task', details.task]);
    if (details.rows !== undefined)
        facts.push(['rows', (0,markdown/* formatNumber */.ZV)(details.rows)]);
    if (details.epochs)
        facts.push(['epochs', details.epochs]);
    if (manifest.gpu)
        facts.push([
            'GPU utilisation',
            `mean ${(0,markdown/* formatNumber */.ZV)(manifest.gpu.meanUtilization, 3)}%, peak ${manifest.gpu.peakUtilization}%, peak memory ${(0,markdown/* formatNumber */.ZV)(manifest.gpu.peakMemoryMiB)} MiB`,
        ]);
    facts.push(['wall time', seconds(manifest.durationSeconds)], ['GPU-seconds', (0,markdown/* formatNumber */.ZV)(manifest.gpuSeconds, 4)]);
    if (manifest.cost)
        facts.push(['cost', `${(0,markdown/* formatNumber */.ZV)(manifest.cost.amount, 4)} (at ${(0,markdown/* formatNumber */.ZV)(manifest.cost.perHour)} per hour)`]);
    const rows = metricRows(manifest.metrics);
    const hasCv = rows.some((row) => row[3] !== '');
    const metricsTable = rows.length
        ? (0,markdown/* table */.tp)(hasCv ? ['metric', 'train', 'validation', 'cross-validation'] : ['metric', 'train', 'validation'], rows.map((row) => (hasCv ? row : row.slice(0, 3))), hasCv ? ['l', 'r', 'r', 'r'] : ['l', 'r', 'r'])
        : '_The command reported no metrics._';
    return [`### train: ${(0,markdown/* escapeInline */.VV)(manifest.name)}`, '', (0,markdown/* table */.tp)(['', ''], facts, ['l', 'l']), '', metricsTable, ''].join('\n');
}

;// CONCATENATED MODULE: ./shared/steps/train.ts















/** Refuses an output-dir that would delete the workspace (or a parent of it) when the package is rewritten. */
function packageDirectory(cwd, outputDir) {
    const full = (0,external_node_path_.resolve)(cwd, outputDir);
    const fromWorkspace = (0,external_node_path_.relative)(full, cwd);
    if (fromWorkspace === '' || (!fromWorkspace.startsWith('..') && !(0,external_node_path_.isAbsolute)(fromWorkspace))) {
        throw new errors/* InputError */.dz(`output-dir "${outputDir}" is the workspace or contains it; the package folder is replaced on every run. Use a subfolder such as mlops-out/model.`, 'output-dir');
    }
    return full;
}
async function finish(io, dir, cwd, manifest, artifactName, details) {
    await io.appendSummary(summaryMarkdown(manifest, details));
    if (artifactName)
        await (0,artifact/* uploadPackage */.a)(artifactName, dir, io);
    return {
        'model-dir': (0,external_node_path_.relative)(cwd, dir) || '.',
        metrics: manifest.metrics,
        backend: manifest.backend,
        device: manifest.device,
        'duration-seconds': Math.round(manifest.durationSeconds * 1000) / 1000,
        cost: manifest.cost?.amount,
    };
}
const run = async ({ inputs, io, env, cwd, run: context }) => {
    const started = performance.now();
    const { config: configPath, command, seed } = inputs;
    if (configPath && command)
        throw new errors/* InputError */.dz('give either config (the built-in trainer) or command (your own training command), not both.', 'config');
    if (!configPath && !command)
        throw new errors/* InputError */.dz('give config (a built-in trainer YAML) or command (e.g. `python train.py`).', 'config');
    const params = (0,train_config/* paramsObject */.GC)(inputs.params);
    const dir = packageDirectory(cwd, inputs['output-dir']);
    const perHour = inputs['cost-per-hour'];
    const artifactName = inputs['artifact-name'];
    const dataInput = inputs.data;
    if (command) {
        // A training command may read anything (images, parquet, a folder); profile what the suite can read, and say so when it cannot.
        let profile;
        if (dataInput) {
            try {
                profile = await (0,data_profile/* profileData */.AG)(dataInput, { cwd });
            }
            catch (error) {
                if (!(0,errors/* isUserError */.iU)(error))
                    throw error;
                io.warning(`data "${dataInput}" could not be profiled as CSV or JSON Lines (${error.message}); the package has no data-profile.json or data fingerprint, so monitor cannot check drift against it.`);
            }
        }
        const result = await io.group(`Running: ${command}`, () => (0,train_command/* runTrainingCommand */.b)({ command, cwd, env, io, packageDir: dir, data: dataInput ? (0,external_node_path_.resolve)(cwd, dataInput) : undefined, params, seed }));
        const facts = { run: context, seed, params, durationSeconds: result.durationSeconds, perHour };
        const data = profile && dataInput ? { path: dataInput, profile } : undefined;
        const manifest = await (0,model_package/* writeModelPackage */.FX)(dir, (0,train_manifest/* commandManifest */.be)(result, { ...facts, command, target: inputs.target, data }), {
            metrics: result.metrics,
            history: result.history,
            profile,
        });
        return finish(io, dir, cwd, manifest, artifactName, { task: manifest.task, rows: profile?.table.rows });
    }
    const config = await (0,train_config/* loadConfig */.Z9)(configPath, cwd, params);
    if (inputs.target)
        config.target = inputs.target;
    const dataPattern = dataInput ?? (config.data ? (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, configPath)), config.data)) : undefined);
    if (!dataPattern)
        throw new errors/* InputError */.dz('no training data: set `data:` in the config or the `data` input.', 'data');
    const table = await (0,data_table/* loadTable */.l)(dataPattern, { cwd: cwd });
    const plan = (0,trainer/* planTraining */.kD)(config, table);
    const engine = await (0,backend/* loadBackend */.DI)(inputs.backend, {
        cwd,
        env,
        workload: { parameters: (0,trainer/* estimateParameters */.bA)(config, table, plan), batchSize: config.training.batchSize },
        log: (message) => io.info(message),
    });
    io.info(`backend: ${engine.backend} on ${engine.device}`);
    const checkpointPrefix = inputs['checkpoint-cache'];
    const checkpoints = checkpointPrefix
        ? cacheCheckpoints({
            prefix: checkpointPrefix,
            identity: { config, seed, data: table.fingerprint, backend: engine.backend },
            cwd,
            io,
            runId: context.runId,
            runAttempt: context.runAttempt,
            env,
            // Seconds between checkpoint uploads (each is a new cache entry); 60 by default.
            intervalMs: env.MLOPS_CHECKPOINT_INTERVAL_S !== undefined ? Number(env.MLOPS_CHECKPOINT_INTERVAL_S) * 1000 : undefined,
        })
        : undefined;
    const resume = checkpoints ? await checkpoints.restore() : undefined;
    const resumedAfter = resume?.epoch;
    const trainingStarted = performance.now();
    const outcome = await io.group(`Training ${config.name} (${config.model.type})`, () => (0,trainer/* trainFromConfig */.Ds)(engine, config, table, {
        seed,
        log: (message) => io.info(message),
        hooks: {
            resume,
            onEpoch: async (state, logs) => {
                io.info(`epoch ${state.epoch}/${config.training.epochs}: ${Object.entries(logs)
                    .map(([name, value]) => `${name}=${value.toFixed(4)}`)
                    .join(' ')}`);
                await checkpoints?.save(state, state.stopped || state.epoch === config.training.epochs);
            },
        },
    }));
    const trainingSeconds = (performance.now() - trainingStarted) / 1000;
    const profile = await (0,data_profile/* profileData */.AG)(dataPattern, { cwd });
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    const modelFiles = await (0,tfjs_format/* writeTfjsModel */.u)((0,external_node_path_.resolve)(dir, 'model'), outcome.network);
    io.debug(`wrote ${modelFiles.join(', ')}`);
    const durationSeconds = (performance.now() - started) / 1000;
    const facts = { run: context, seed, params, durationSeconds, perHour, engine, table, dataPattern, trainingSeconds };
    const manifest = await (0,model_package/* writeModelPackage */.FX)(dir, (0,train_manifest/* builtInManifest */.lM)(outcome, config, facts), {
        metrics: outcome.metrics,
        history: outcome.history,
        profile,
    });
    return finish(io, dir, cwd, manifest, artifactName, {
        task: outcome.plan.task,
        rows: table.rows,
        epochs: `${outcome.epochs}${outcome.stoppedEarly ? ` (early stop; best ${outcome.bestEpoch})` : ''}${resumedAfter !== undefined ? ` (resumed after ${resumedAfter})` : ''}`,
    });
};


/***/ })

};
