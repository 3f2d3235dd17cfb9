// Debian's Chromium, headless, through puppeteer-core: one page that records every console
// error or warning, page error, failed request and HTTP error, and every address it asked for.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { skipWithoutSystemPart } from './system-parts.js';

export const CHROMIUM = '/usr/bin/chromium';

export const noChromium = () => skipWithoutSystemPart("Debian's Chromium", existsSync(CHROMIUM), 'sudo apt-get install chromium');

export interface WatchedPage {
  browser: Browser;
  page: Page;
  problems: string[];
  requested: string[];
}

export async function openWatchedPage(): Promise<WatchedPage> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      // Chromium refuses its sandbox as root (CI containers).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
    ],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => requested.push(request.url()));
  return { browser, page, problems, requested };
}
