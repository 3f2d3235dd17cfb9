// The runner harness lives in local/ (the example's workflow runner uses it too).
export * from '../../local/action-runner.js';
