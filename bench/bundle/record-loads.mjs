// Registered with `node --import` by measure.mjs: records every module file the process loads,
// so the bytes an action really parses can be summed (the core plus its step's chunks).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:') && process.env.MLOPS_RECORD_LOADS) appendFileSync(process.env.MLOPS_RECORD_LOADS, url + '\\n');
  return next(url, context);
}
`),
);
