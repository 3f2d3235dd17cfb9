import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceFiles } from '../../shared/deploy/service-process.js';

describe('the control socket of a local service', () => {
  it('sits in the service folder when its path fits a unix socket', () => {
    const files = serviceFiles('/home/runner/.local/state/mlops-actions/services', 'churn', 'production');
    expect(files.controlSocket).toBe('/home/runner/.local/state/mlops-actions/services/churn-production/control.sock');
  });

  it('under a state folder too deep for a socket path (108 bytes), is reached through a short link, and listens', async () => {
    const root = join(
      mkdtempSync(join(tmpdir(), 'mlops-deep-')),
      'a-rather-long-folder-name-for-a-runner-work-directory',
      'runner-state',
      'mlops-actions',
      'services',
    );
    const files = serviceFiles(root, 'customer-churn-model', 'production-eu-west');
    expect(Buffer.byteLength(join(files.dir, 'control.sock'))).toBeGreaterThan(107);
    expect(Buffer.byteLength(files.controlSocket)).toBeLessThanOrEqual(107);
    mkdirSync(files.dir, { recursive: true });
    expect(realpathSync(dirname(files.controlSocket))).toBe(realpathSync(files.dir));
    // Computing the paths again (another step) gives the same link.
    expect(serviceFiles(root, 'customer-churn-model', 'production-eu-west').controlSocket).toBe(files.controlSocket);
    const server = createServer((socket) => socket.end('ok'));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(files.controlSocket, resolve));
    const answer = await new Promise<string>((resolve) => {
      const socket = createConnection(files.controlSocket);
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
    });
    expect(answer).toBe('ok');
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
