// P10's withdrawals (and any bulk send) as one text: each message under its company and
// recipient, with the user's own edits where they made some (drafts/draftMemory.ts), ready
// to copy at once or save as one file (issue 10).
import type { Application, Settings, Template } from '../../../shared/model/types.ts';
import { renderDrafts } from '../../../shared/templates/index.ts';
import { draftMemoryKey, loadDraft } from '../drafts/draftMemory.ts';

export interface BundledMessage {
  app: Application;
  to: string[];
  subject: string;
  body: string;
}

export function bundledMessages(
  apps: readonly Application[],
  template: Template,
  settings: Settings,
  now: Date,
  offerDeadline?: string,
): BundledMessage[] {
  return apps.map((app) => {
    const draft = renderDrafts(template, app, { settings, now, ...(offerDeadline ? { offerDeadline } : {}) })[0];
    const kept = loadDraft(draftMemoryKey(app.id, undefined, template.id));
    return { app, to: draft?.to ?? [], subject: kept?.subject ?? draft?.subject ?? '', body: kept?.body ?? draft?.body ?? '' };
  });
}

/** One plain-text document: a heading line per message, then its subject and body. */
export function bundleText(messages: readonly BundledMessage[]): string {
  return messages
    .map((m) => {
      const person = m.app.contacts[0]?.name;
      const to = [person, m.to.length ? `<${m.to.join(', ')}>` : ''].filter(Boolean).join(' ');
      const head = `${m.app.company}, ${m.app.role}${to ? ` (to ${to})` : ''}`;
      const subject = m.subject ? `Subject: ${m.subject}\n\n` : '';
      return `${head}\n${'='.repeat(Math.min(head.length, 72))}\n${subject}${m.body.trim()}`;
    })
    .join('\n\n\n');
}
