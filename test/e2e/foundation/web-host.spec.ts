// The web host process as a user runs it: only its own page, with its token, may change data.
import { test, expect } from '../fixtures.ts';

const command = (company: string) => ({
  type: 'addApplication',
  id: `e2e-${company}`,
  at: '2026-11-20T10:00:00.000Z',
  eventId: `e2e-ev-${company}`,
  fields: { company, role: 'Designer' },
});

test('a request without the token or from another origin is refused and changes nothing', async ({ host, request }) => {
  const api = (channel: string) => `${host.origin}/api/${channel}`;
  const withToken = { 'content-type': 'application/json', authorization: `Bearer ${host.token}` };

  const noToken = await request.post(api('state:command'), { headers: { 'content-type': 'application/json' }, data: command('NoToken') });
  expect(noToken.status()).toBe(401);

  const foreign = await request.post(api('state:command'), {
    headers: { ...withToken, origin: 'https://evil.example' },
    data: command('Foreign'),
  });
  expect(foreign.status()).toBe(403);

  const wrongShape = await request.post(api('state:command'), { headers: withToken, data: { type: 'moveCard', id: 'x', to: 'hired' } });
  expect(wrongShape.status()).toBe(400);
  expect((await wrongShape.json()).error.message).toContain('Nothing was changed');

  const state = await request.post(api('state:get'), { headers: withToken, data: null });
  expect((await state.json()).value.doc.applications).toEqual([]);
});

test('the page from another origin cannot read the board even with the address', async ({ host, page }) => {
  // A page on another origin tries to read the API with fetch; the browser sends its Origin.
  await page.route('https://evil.example/', (route) => route.fulfill({ contentType: 'text/html', body: '<title>evil</title>' }));
  await page.goto('https://evil.example/');
  const status = await page.evaluate(
    async ({ origin, token }) => {
      try {
        const res = await fetch(`${origin}/api/state:get`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: 'null',
        });
        return res.status;
      } catch {
        return 'blocked';
      }
    },
    { origin: host.origin, token: host.token },
  );
  // Either the browser blocks the cross-origin call or the host refuses it; data never leaks.
  expect(status === 'blocked' || status === 403).toBe(true);
});
