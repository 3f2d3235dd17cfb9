#!/usr/bin/env node
// Generates the example churn dataset: data/train.csv (4,000 customers) and data/eval.csv
// (1,000 held-out customers for evaluate). Seeded, so `node generate.mjs` always writes the
// same bytes. It models a subscription business: whether a customer cancels (`churned` = 1)
// in the next month, given account facts. Churn is drawn from a logistic model in which short
// tenure, month-to-month contracts, fiber service, electronic checks, support calls and high
// charges raise the risk, so a model has real signal to find (and a little noise).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261127);
const pick = (options) => {
  let u = random();
  for (const [value, p] of options) {
    if ((u -= p) < 0) return value;
  }
  return options[options.length - 1][0];
};
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const poisson = (mean) => {
  let k = 0;
  for (let p = random(); p > Math.exp(-mean); p *= random()) k++;
  return k;
};

// A production week can be shifted: `drifted` is the week after a price rise and a fiber
// campaign (dearer plans, more fiber and month-to-month customers, more support calls).
function customer(id, drifted = false) {
  const contract = pick(
    drifted ? [['month-to-month', 0.72], ['one-year', 0.18], ['two-year', 0.1]] : [['month-to-month', 0.55], ['one-year', 0.25], ['two-year', 0.2]],
  );
  const tenure = Math.min(72, Math.max(0, Math.round(contract === 'month-to-month' ? -Math.log(1 - random()) * 14 : 12 + random() * 60)));
  const internet = pick(drifted ? [['fiber', 0.68], ['dsl', 0.22], ['none', 0.1]] : [['fiber', 0.44], ['dsl', 0.34], ['none', 0.22]]);
  const base = (internet === 'fiber' ? 80 : internet === 'dsl' ? 55 : 22) + (drifted ? 14 : 0);
  const monthly = Math.round((base + random() * 25 + normal() * 3) * 100) / 100;
  const payment = pick([['electronic-check', 0.34], ['mailed-check', 0.23], ['bank-transfer', 0.22], ['credit-card', 0.21]]);
  const seniorCitizen = random() < 0.16;
  const age = seniorCitizen ? 65 + Math.floor(random() * 25) : 18 + Math.floor(random() * 47);
  const supportCalls = poisson((internet === 'fiber' ? 1.8 : 1.1) * (drifted ? 1.6 : 1));
  // New customers have no total yet (empty cell); the rest roughly tenure × monthly.
  const total = tenure === 0 ? '' : (Math.round(tenure * monthly * (0.97 + random() * 0.06) * 100) / 100).toFixed(2);
  const logit =
    -1.2 -
    0.045 * tenure +
    (contract === 'month-to-month' ? 1.1 : contract === 'one-year' ? -0.2 : -1.1) +
    (internet === 'fiber' ? 0.55 : internet === 'none' ? -0.6 : 0) +
    (payment === 'electronic-check' ? 0.45 : 0) +
    0.28 * supportCalls +
    0.012 * (monthly - 65) +
    (seniorCitizen ? 0.3 : 0) +
    normal() * 0.3;
  const churned = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  return [`C${String(id).padStart(5, '0')}`, age, tenure, contract, internet, monthly.toFixed(2), total, payment, supportCalls, churned];
}

const header = ['customer_id', 'age', 'tenure_months', 'contract', 'internet_service', 'monthly_charges', 'total_charges', 'payment_method', 'support_calls', 'churned'];
const rows = Array.from({ length: 5000 }, (_, i) => customer(i + 1));
const here = path.dirname(fileURLToPath(import.meta.url));
mkdirSync(path.join(here, 'data'), { recursive: true });
const csv = (part) => `${[header, ...part].map((r) => r.join(',')).join('\n')}\n`;
writeFileSync(path.join(here, 'data', 'train.csv'), csv(rows.slice(0, 4000)));
writeFileSync(path.join(here, 'data', 'eval.csv'), csv(rows.slice(4000)));
// Two production weeks for the monitoring example, drawn after the rows above so those stay
// byte-identical: a week like the training data, and a drifted one.
mkdirSync(path.join(here, 'data', 'weeks'), { recursive: true });
const week = (first, drifted) => Array.from({ length: 1000 }, (_, i) => customer(first + i, drifted));
writeFileSync(path.join(here, 'data', 'weeks', 'drifted.csv'), csv(week(5001, true)));
writeFileSync(path.join(here, 'data', 'weeks', 'clean.csv'), csv(week(6001, false)));
const churnRate = rows.reduce((s, r) => s + r[9], 0) / rows.length;
console.log(`wrote data/train.csv (4000 rows) and data/eval.csv (1000 rows); churn rate ${(churnRate * 100).toFixed(1)}%`);
console.log('wrote data/weeks/drifted.csv and data/weeks/clean.csv (1000 rows each): two production weeks for monitor');
