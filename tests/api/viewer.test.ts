import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asEditor, asReader, testApi, type TestApi } from '../helpers/api.js';

describe('Query.viewer (the explorer sign-in)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi({ tokens: true });
  });
  afterAll(() => api.close());

  const viewer = async (headers: Record<string, string> = {}) => (await api.gql('{ viewer { name role } dataStatus { writable } }', {}, headers)).body;

  it('names the token and its role', async () => {
    expect((await viewer(asEditor)).data).toEqual({ viewer: { name: 'test-editor', role: 'editor' }, dataStatus: { writable: true } });
    expect((await viewer(asReader)).data?.viewer).toEqual({ name: 'test-reader', role: 'reader' });
  });

  it('is null without a token or with one the server does not know, and the read still succeeds', async () => {
    expect(await viewer()).toEqual({ data: { viewer: null, dataStatus: { writable: true } } });
    expect(await viewer({ authorization: 'Bearer not-a-token-of-this-server' })).toEqual({ data: { viewer: null, dataStatus: { writable: true } } });
  });
});
