#!/usr/bin/env node
const [command] = process.argv.slice(2);
// GitHub on this machine (the example's lifecycle, the emulator's web view) is a bundle of its own.
const { run } =
  command === 'example' || command === 'github'
    ? await import('../local/dist/index.js').then((m) => ({ run: m.runLocalCli }))
    : await import('../dist/index.js').then((m) => ({ run: m.runCli }));

process.exitCode = await run(process.argv.slice(2));
