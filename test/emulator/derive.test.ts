import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { deriveSubset, SERVED_OPERATIONS } from '../../emulator/openapi/derive.mjs';

test('deriveSubset keeps the served operations and, transitively, the components they reference', () => {
  const full = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    servers: [],
    paths: {} as Record<string, Record<string, unknown>>,
    components: {
      responses: {
        ok: {
          description: 'prose',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/thing' },
              examples: { default: { $ref: '#/components/examples/x' } },
            },
          },
        },
      },
      schemas: {
        thing: {
          type: 'object',
          description: 'prose',
          properties: { description: { type: 'string' }, owner: { $ref: '#/components/schemas/user' } },
        },
        user: { type: 'object', nullable: true, example: { a: 1 } },
        unused: { type: 'string' },
      },
      examples: { x: { value: 1 } },
    },
  };
  for (const [method, path] of SERVED_OPERATIONS) {
    full.paths[path] ??= {};
    full.paths[path][method] = {
      operationId: `${method} ${path}`,
      summary: 'prose',
      responses: { 200: { $ref: '#/components/responses/ok' } },
    };
  }
  full.paths['/extra'] = { get: { operationId: 'not served', responses: { 200: { $ref: '#/components/schemas/unused' } } } } as any;
  const subset = deriveSubset(full, '9.9.9');
  expect(Object.keys(subset.paths)).not.toContain('/extra');
  expect(Object.keys(subset.components.schemas)).toEqual(['thing', 'user']);
  expect(subset.components.examples).toBeUndefined();
  // Prose goes; a property *named* description stays.
  expect(subset.components.schemas.thing).toEqual({
    type: 'object',
    properties: { description: { type: 'string' }, owner: { $ref: '#/components/schemas/user' } },
  });
  expect(subset.components.schemas.user).toEqual({ type: 'object', nullable: true });
  expect(subset.info['x-source']).toContain('@octokit/openapi@9.9.9');
  expect(() => deriveSubset({ ...full, paths: {} }, '1')).toThrow(/is not in the description/);
});

test('the committed subset holds exactly the served operations and records its source version', () => {
  const subset = JSON.parse(readFileSync(new URL('../../emulator/openapi/api.github.com.subset.json', import.meta.url), 'utf8'));
  const committed = Object.entries<any>(subset.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
  expect(committed.sort()).toEqual(SERVED_OPERATIONS.map(([method, path]) => `${method} ${path}`).sort());
  expect(subset.info['x-source']).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+ /);
});
