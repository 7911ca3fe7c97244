import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi({ production: false });
});
afterAll(() => api.close());

describe('smoke', () => {
  it('answers what the Middle Corridor is, by alias', async () => {
    const { status, body } = await api.gql('{ entity(id: "middle corridor") { id label kind } }');
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.entity).toEqual({ id: 'titr', label: 'Trans-Caspian International Transport Route', kind: 'TransportCorridor' });
  });
});
