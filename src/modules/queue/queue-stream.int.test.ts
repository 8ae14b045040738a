import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../../test/support/app-nodes.js';
import { connectSse } from '../../../test/support/sse-client.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** Live streams are public: they are capped per client address, and freed when a client leaves. */

let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true, queueTuning: { streamLimits: { perAddress: 2, perNode: 100 } } });
  baseUrl = (await listen(t)).baseUrl;
});
afterAll(() => t.close());

describe('live stream limits', () => {
  it('answers 429 with Retry-After past the limit, and admits again once a stream closes', async () => {
    const url = `${baseUrl}/api/v1/queue/mpps/mpp-kota-makassar/events`;
    const first = connectSse(url);
    const second = connectSse(url);
    expect([await first.opened, await second.opened]).toEqual([200, 200]);
    const refused = await fetch(url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(((await refused.json()) as { code: string }).code).toBe('queue.too_many_streams');
    first.close();
    // The server notices the closed socket shortly after.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const again = connectSse(url);
      status = await again.opened;
      again.close();
    }
    expect(status).toBe(200);
    second.close();
  });

  it('answers 404 for the stream of an MPP that does not exist', async () => {
    const response = await fetch(`${baseUrl}/api/v1/queue/mpps/no-such-mpp/events`);
    expect(response.status).toBe(404);
  });
});
