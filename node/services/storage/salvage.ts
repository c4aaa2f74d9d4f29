// Salvage, not rollback: when the data file parses but some applications in it do not
// validate (a hand edit, a bug in an older version), those applications are set aside
// verbatim in a quarantine file and every other one loads. Going back to a backup instead
// would cost every change since it was taken, for the sake of one bad field.
import fs from 'node:fs';
import path from 'node:path';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import { MIGRATIONS, migrateDocument, type MigrationTable } from '../../../shared/migrations/index.ts';
import { writeFileAtomicSync } from './atomic-file.ts';

/** Past this many bad applications the file is treated as damaged as a whole. */
const MAX_SET_ASIDE = 50;

export interface Salvaged {
  doc: AfterviewDocument;
  /** The applications that did not validate, exactly as they were in the file. */
  setAside: unknown[];
  /** Why the first one was set aside, e.g. "applications.3.decisionBy Invalid date". */
  firstReason: string;
  migrated: boolean;
}

export function salvageDocument(raw: unknown, migrations: MigrationTable = MIGRATIONS): Salvaged | null {
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { applications?: unknown }).applications)) return null;
  const apps = [...(raw as { applications: unknown[] }).applications];
  const setAside: unknown[] = [];
  let firstReason = '';
  for (let attempt = 0; attempt <= MAX_SET_ASIDE; attempt++) {
    const outcome = migrateDocument({ ...(raw as object), applications: apps }, migrations);
    if (outcome.ok) return setAside.length > 0 ? { doc: outcome.doc, setAside, firstReason, migrated: outcome.migrated } : null;
    if (outcome.reason !== 'invalid') return null;
    const match = /^applications\.(\d+)(\.|$)/.exec(outcome.path ?? '');
    if (!match) return null;
    const index = Number(match[1]);
    if (index >= apps.length) return null;
    firstReason ||= outcome.message;
    setAside.push(apps[index]);
    apps.splice(index, 1);
  }
  return null;
}

/**
 * Later applications that repeat an earlier one's id: each command would treat the two as
 * one card (an edit of one changes the other, a delete removes both), so they are set aside.
 */
export function setAsideTwins(doc: AfterviewDocument, rawApps: unknown[]): Salvaged | null {
  const seen = new Set<string>();
  const keep: AfterviewDocument['applications'] = [];
  const setAside: unknown[] = [];
  doc.applications.forEach((app, i) => {
    if (seen.has(app.id)) setAside.push(rawApps[i] ?? app);
    else {
      seen.add(app.id);
      keep.push(app);
    }
  });
  if (setAside.length === 0) return null;
  const twin = (setAside[0] as { id?: unknown }).id;
  return {
    doc: { ...doc, applications: keep },
    setAside,
    firstReason: `two applications have the id ${String(twin).slice(0, 64)}`,
    migrated: false,
  };
}

/** Writes the set-aside applications to <dataDir>/afterview.quarantine-<time>.json (0600). */
export function writeQuarantine(dataDir: string, setAside: unknown[], stamp: string): string {
  const file = path.join(dataDir, `afterview.quarantine-${stamp}.json`);
  writeFileAtomicSync(
    file,
    JSON.stringify(
      {
        note: 'Applications Afterview could not read. To bring one back, fix it and add it to the applications list of afterview.json while Afterview is closed.',
        applications: setAside,
      },
      null,
      2,
    ),
  );
  fs.chmodSync(file, 0o600);
  return file;
}
