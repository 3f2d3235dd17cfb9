import { afterEach, describe, expect, test } from 'vitest';
import { validateComponent, validateResponse, type GitHubEmulator } from '../../emulator/index.js';
import { allOperations, matchRoute, toJsonSchema } from '../../emulator/openapi/validator.js';
import { call, startSeeded } from './helpers.js';

let emu: GitHubEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

describe('requests the real API would reject', () => {
  test('strict: create issue without a title is 422 and recorded', async () => {
    emu = await startSeeded();
    const response = await call(emu, 'POST', '/repos/octo/models/issues', { body: 'no title' });
    expect(response.status).toBe(422);
    expect(response.body.message).toContain('"title" wasn\'t supplied');
    expect(emu.validationErrors).toEqual([
      expect.objectContaining({
        method: 'POST',
        route: '/repos/{owner}/{repo}/issues',
        where: 'request',
        message: 'body: "title" wasn\'t supplied',
      }),
    ]);
    expect(emu.state.repos['octo/models'].issues).toHaveLength(0);
  });

  test('strict: wrong types, bad enums, bad query and path parameters', async () => {
    emu = await startSeeded();
    const wrongType = await call(emu, 'POST', '/repos/octo/models/releases', { tag_name: 'v1', draft: 'yes' });
    expect(wrongType.status).toBe(422);
    expect(emu.validationErrors.at(-1)!.message).toBe('body.draft must be boolean');

    const badEnum = await call(emu, 'POST', '/repos/octo/models/deployments/1/statuses', { state: 'done' });
    expect(badEnum.status).toBe(422);
    expect(emu.validationErrors.at(-1)!.message).toMatch(/^body\.state must be one of \["error","failure"/);

    const badQuery = await call(emu, 'GET', '/repos/octo/models/issues?state=bogus');
    expect(badQuery.status).toBe(422);
    expect(emu.validationErrors.at(-1)!.message).toContain('query.state must be one of');

    const badPerPage = await call(emu, 'GET', '/repos/octo/models/releases?per_page=ten');
    expect(badPerPage.status).toBe(422);
    expect(emu.validationErrors.at(-1)!.message).toBe('query.per_page must be integer');

    // A non-integer id in the path does not name a resource: 404, and recorded.
    const badPath = await call(emu, 'GET', '/repos/octo/models/releases/abc');
    expect(badPath.status).toBe(404);
    expect(emu.validationErrors.at(-1)!.message).toBe('path.release_id must be integer');

    // additionalProperties: false in the description is enforced.
    const extra = await call(emu, 'POST', '/repos/octo/models/issues', {
      title: 't',
      issue_field_values: [{ field_id: 1, value: 'x', colour: 'red' }],
    });
    expect(extra.status).toBe(422);
    expect(emu.validationErrors.at(-1)!.message).toBe('body.issue_field_values.0 has an unexpected property "colour"');

    const badJson = await call(emu, 'POST', '/repos/octo/models/issues', '{"title": ', { headers: { 'content-type': 'application/json' } });
    expect(badJson.status).toBe(400);
    expect(badJson.body.message).toBe('Problems parsing JSON');
    expect(emu.validationErrors.at(-1)!.message).toBe('body is not valid JSON');
  });

  test('an unsupported X-GitHub-Api-Version is 400 and recorded', async () => {
    emu = await startSeeded();
    const response = await call(emu, 'GET', '/repos/octo/models', undefined, { headers: { 'x-github-api-version': '2020-01-01' } });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^Unsupported 'X-GitHub-Api-Version' header: 2020-01-01/);
    expect(emu.validationErrors.map((e) => e.message)).toEqual(['unsupported X-GitHub-Api-Version header: 2020-01-01']);
  });

  test('unknown routes are 404 and recorded as not served', async () => {
    emu = await startSeeded();
    const response = await call(emu, 'GET', '/repos/octo/models/branches');
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('Not Found');
    expect(emu.validationErrors).toEqual([
      expect.objectContaining({
        route: null,
        where: 'request',
        message: 'route not served by the emulator: GET /repos/octo/models/branches',
      }),
    ]);
    expect(emu.requests.at(-1)).toMatchObject({ route: null, status: 404 });
  });

  test('record mode answers as GitHub would but only records the violation', async () => {
    emu = await startSeeded({ validate: 'record' });
    const response = await call(emu, 'POST', '/repos/octo/models/issues', { title: 'ok', labels: 'drift' });
    // The emulator goes on (labels not an array is ignored by the handler) and records the issue.
    expect(response.status).toBe(201);
    expect(emu.validationErrors.map((e) => e.message)).toEqual(['body.labels must be array']);
    const noTitle = await call(emu, 'POST', '/repos/octo/models/issues', {});
    expect(noTitle.status).toBe(422);
    expect(noTitle.body.errors).toEqual([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  });

  test('off mode records nothing', async () => {
    emu = await startSeeded({ validate: 'off' });
    await call(emu, 'GET', '/repos/octo/models/issues?state=bogus');
    await call(emu, 'GET', '/nowhere');
    expect(emu.validationErrors).toEqual([]);
  });
});

describe('responses are checked against the description', () => {
  const createRelease = () => allOperations().find((o) => o.operationId === 'repos/create-release')!;

  test('a malformed release object is reported field by field', () => {
    const problems = validateComponent('release', { id: '7', tag_name: 'v1', draft: 'no' });
    expect(problems).toEqual(
      expect.arrayContaining(['release: "url" wasn\'t supplied', 'release.id must be integer', 'release.draft must be boolean']),
    );
    expect(validateResponse(createRelease(), 201, { id: 1 }).length).toBeGreaterThan(5);
  });

  test('undocumented statuses and bodies on bodiless statuses are reported', () => {
    expect(validateResponse(createRelease(), 418, { message: 'teapot' })).toEqual([
      'status 418 is not documented for repos/create-release (documented: 201, 404, 422)',
    ]);
    const deleteComment = allOperations().find((o) => o.operationId === 'issues/delete-comment')!;
    expect(validateResponse(deleteComment, 204, { unexpected: true })[0]).toContain('has no body');
    expect(validateResponse(deleteComment, 204, undefined)).toEqual([]);
    // GitHub's generic errors are allowed everywhere but must have the error shape.
    expect(validateResponse(deleteComment, 422, { message: 'Validation Failed' })).toEqual([]);
    expect(validateResponse(deleteComment, 422, { message: 42 })).toEqual(['response 422.message must be string']);
  });

  test('OpenAPI 3.0 nullable becomes a JSON Schema null type, enums included', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/simple-user' }], nullable: true })).toEqual({
      anyOf: [{ type: 'null' }, { allOf: [{ $ref: 'github-openapi#/components/schemas/simple-user' }] }],
    });
    expect(validateComponent('nullable-simple-user', null)).toEqual([]);
    expect(validateComponent('simple-user', null)).toEqual(['simple-user must be object']);
  });

  test('routes: literal segments win over parameters; refs may span segments', () => {
    expect(matchRoute('GET', '/repos/o/r/releases/latest', 'api')!.operation.operationId).toBe('repos/get-latest-release');
    expect(matchRoute('GET', '/repos/o/r/releases/12', 'api')!.operation.operationId).toBe('repos/get-release');
    expect(matchRoute('GET', '/repos/o/r/git/matching-refs/tags/a/b', 'api')!.rawParams.ref).toBe('tags/a/b');
    expect(matchRoute('POST', '/repos/o/r/releases/1/assets', 'api')).toBeNull();
    expect(matchRoute('POST', '/repos/o/r/releases/1/assets', 'upload')!.operation.operationId).toBe('repos/upload-release-asset');
  });
});
