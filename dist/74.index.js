export const id = 74;
export const ids = [74];
export const modules = {

/***/ 85074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REGISTRY_USAGE: () => (/* binding */ REGISTRY_USAGE),
  runRegistryCli: () => (/* binding */ runRegistryCli)
});

// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/io.ts
var runtime_io = __webpack_require__(1461);
// EXTERNAL MODULE: ./shared/registry/aliases.ts
var registry_aliases = __webpack_require__(4660);
// EXTERNAL MODULE: ./shared/github/releases.ts
var github_releases = __webpack_require__(36856);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/registry/versions.ts
var registry_versions = __webpack_require__(60039);
;// CONCATENATED MODULE: ./shared/registry/list.ts




/** Every version (newest first) and alias of a model, with each alias's move history. */
async function listModel(client, options) {
    const { owner, repo, name } = options;
    const [releases, aliases] = await Promise.all([(0,github_releases/* listReleases */.tH)(client, { owner, repo }), (0,registry_aliases/* listAliases */.PO)(client, { owner, repo, name })]);
    const listedAliases = [...aliases.entries()]
        .map(([alias, moves]) => ({ alias, version: (0,registry_aliases/* currentMove */.P6)(moves).version, history: (0,registry_aliases/* aliasHistory */.Lr)(moves) }))
        .sort((a, b) => a.alias.localeCompare(b.alias));
    const versions = (0,registry_versions/* versionReleases */.VK)(releases, name).map(({ version, release, record }) => ({
        version,
        tag: release.tag_name,
        status: release.draft ? 'draft' : 'published',
        createdAt: release.created_at,
        commit: record?.commit,
        runUrl: record?.run.url,
        sha256: record?.archive.sha256,
        url: release.html_url,
        aliases: listedAliases.filter((a) => a.version === version).map((a) => a.alias),
    }));
    return { name, versions, aliases: listedAliases };
}
function columns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    return rows
        .map((row) => row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/** The listing as plain text for a terminal. */
function formatModelListing(listing) {
    const lines = [];
    if (listing.versions.length === 0) {
        lines.push(`${listing.name}: no versions registered.`);
    }
    else {
        lines.push(columns([
            ['VERSION', 'STATUS', 'CREATED', 'COMMIT', 'ALIASES', 'SHA256'],
            ...listing.versions.map((v) => [
                `v${v.version}`,
                v.status,
                v.createdAt.replace(/\.\d+Z$/, 'Z'),
                v.commit?.slice(0, 12) ?? '-',
                v.aliases.join(',') || '-',
                v.sha256?.slice(0, 16) ?? '-',
            ]),
        ]));
    }
    for (const alias of listing.aliases) {
        lines.push('', `${listing.name}@${alias.alias} → v${alias.version} (${(0,markdown/* formatNumber */.ZV)(alias.history.length)} move${alias.history.length === 1 ? '' : 's'})`);
        for (const move of [...alias.history].reverse()) {
            lines.push(`  ${move.movedAt}  ${move.from === undefined ? 'set to' : `v${move.from} →`} v${move.version}  by ${move.movedBy}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./shared/registry/names.ts
var names = __webpack_require__(15484);
;// CONCATENATED MODULE: ./shared/registry/cli.ts






const REGISTRY_USAGE = `Usage:
  mlops registry list <name> [--json]           versions (newest first) and aliases with their history
  mlops registry move <name>@<alias> <vN>       point an alias at a version (one atomic ref)
  mlops registry rollback <name>@<alias>        move an alias back to the version it had before

The repository is --repo owner/name or GITHUB_REPOSITORY; the token is GITHUB_TOKEN or GH_TOKEN
(moving an alias needs contents: write).
`;
function takeOption(args, name) {
    const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
    if (index < 0)
        return undefined;
    const [arg] = args.splice(index, 1);
    if (arg.includes('='))
        return arg.slice(name.length + 1);
    const value = args.splice(index, 1)[0];
    if (value === undefined)
        throw new errors/* InputError */.dz(`${name} needs a value.`);
    return value;
}
/** `mlops registry …`: returns the exit code (0 done, 1 failed, 2 usage). */
async function runRegistryCli(argv, env = process.env, streams = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }) {
    const args = [...argv];
    const [command] = args.splice(0, 1);
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        streams.out(REGISTRY_USAGE);
        return command ? 0 : 2;
    }
    const io = (0,runtime_io/* createCliIO */.xe)((line) => streams.err(`${line}\n`));
    try {
        const json = args.includes('--json');
        if (json)
            args.splice(args.indexOf('--json'), 1);
        const repository = takeOption(args, '--repo') ?? env.GITHUB_REPOSITORY;
        const [owner, repo, extra] = (repository ?? '').split('/');
        if (!owner || !repo || extra !== undefined)
            throw new errors/* InputError */.dz('give the repository as --repo owner/name (or set GITHUB_REPOSITORY).');
        const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
        const client = (0,github_client/* createGitHubClient */.LX)({ token, env, io });
        const unexpected = (count) => {
            if (args.length !== count)
                throw new errors/* InputError */.dz(`mlops registry ${command} takes ${count} argument${count === 1 ? '' : 's'}, got ${args.length}: see \`mlops registry --help\`.`);
        };
        if (command === 'list') {
            unexpected(1);
            const name = (0,names/* validateModelName */.HW)(args[0], 'name');
            const listing = await listModel(client, { owner, repo, name });
            streams.out(json ? `${JSON.stringify(listing, null, 2)}\n` : formatModelListing(listing));
            return 0;
        }
        if (command === 'move' || command === 'rollback') {
            unexpected(command === 'move' ? 2 : 1);
            const ref = (0,names/* parseModelRef */.qV)(args[0], 'alias');
            if (ref?.kind !== 'alias')
                throw new errors/* InputError */.dz(`"${args[0]}" is not name@alias.`);
            const actor = env.GITHUB_ACTOR ?? env.USER;
            let result;
            if (command === 'move') {
                const version = /^v?([1-9]\d*)$/.exec(args[1])?.[1];
                if (!version)
                    throw new errors/* InputError */.dz(`"${args[1]}" is not a version such as v3.`);
                result = await (0,registry_aliases/* moveAlias */.kb)(client, { owner, repo, name: ref.name, alias: ref.alias, version: Number(version), actor, io });
            }
            else {
                result = await (0,registry_aliases/* rollbackAlias */.lR)(client, { owner, repo, name: ref.name, alias: ref.alias, actor, io });
            }
            streams.out(json
                ? `${JSON.stringify(result)}\n`
                : `${ref.name}@${ref.alias}: ${result.moved ? `${result.from ? `v${result.from} → ` : ''}v${result.to}` : `already at v${result.to}`}\n`);
            return 0;
        }
        throw new errors/* InputError */.dz(`unknown registry command "${command}": see \`mlops registry --help\`.`);
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        streams.err(`mlops registry: ${error.message}\n`);
        return error instanceof errors/* InputError */.dz ? 2 : 1;
    }
}


/***/ })

};
