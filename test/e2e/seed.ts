// Puts data into a running web host through its API, as the page would.
import { sampleApplications } from '../../shared/sample/applications.ts';
import { E2E_NOW, type WebHost } from './fixtures.ts';

export async function call(host: WebHost, channel: string, payload: unknown): Promise<unknown> {
  const res = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(payload ?? null),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel} failed: ${body.error?.message}`);
  return body.value;
}

/** The first-run sample applications, and the first-run screen marked as seen. */
export async function seedSamples(host: WebHost, now = new Date(E2E_NOW)): Promise<void> {
  await call(host, 'state:command', { type: 'addApplications', applications: sampleApplications(now) });
  await call(host, 'state:command', { type: 'updateSettings', settings: { onboarded: true, candidateName: 'Sam Rivera' } });
}
