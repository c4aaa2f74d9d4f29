// Rolling backups of the data file: one a day kept for 14 days, plus one before every
// import, migration and restore. Each backup is a complete data file in
// <dataDir>/backups/, named so that listing needs no parsing:
//   2024-01-14T10-00-00-000Z_daily_12.json  (time, reason, number of applications)
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/contract.ts';
import type { AfterviewDocument } from '../../../shared/model/types.ts';
import type { MigrationTable } from '../../../shared/migrations/index.ts';
import { writeFileAtomicSync } from './atomic-file.ts';
import { readDocumentFile, serializeDocument } from './document-file.ts';

export type BackupReason = BackupInfo['reason'];
const REASONS: readonly BackupReason[] = ['daily', 'import', 'migration', 'restore', 'recovery'];

export const BACKUP_KEEP_DAYS = 14;
/** However old, the newest few are kept, so someone back after a month still has one. */
export const BACKUP_KEEP_AT_LEAST = 3;

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([a-z]+)_(\d+)(?:_(\d+))?$/;

export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups');

const stampOf = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
const isoOf = (stamp: string): string => stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

function infoOf(dataDir: string, id: string): BackupInfo | null {
  const match = NAME.exec(id);
  if (!match) return null;
  const reason = match[2] as BackupReason;
  if (!REASONS.includes(reason)) return null;
  let bytes: number;
  try {
    bytes = fs.statSync(path.join(backupsDir(dataDir), `${id}.json`)).size;
  } catch {
    return null;
  }
  return { id, createdAt: isoOf(match[1]!), reason, applications: Number(match[3]), bytes };
}

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(dataDir));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => infoOf(dataDir, name.slice(0, -'.json'.length)))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt)));
}

export function createBackup(dataDir: string, doc: AfterviewDocument, reason: BackupReason, at: Date): BackupInfo {
  return createBackupFromText(dataDir, serializeDocument(doc), doc.applications.length, reason, at);
}

/** A backup's document, migrated and validated; null if the id is unknown or the file bad. */
export function loadBackup(dataDir: string, id: string, migrations?: MigrationTable): AfterviewDocument | null {
  // The id comes from the renderer: only names we generate are accepted (no path tricks).
  if (!NAME.test(id)) return null;
  const state = readDocumentFile(path.join(backupsDir(dataDir), `${id}.json`), migrations);
  return state.kind === 'ok' ? state.doc : null;
}

/** The newest backup that still opens, for recovering from a damaged data file. */
export function newestGoodBackup(dataDir: string, migrations?: MigrationTable): { info: BackupInfo; doc: AfterviewDocument } | null {
  for (const info of listBackups(dataDir)) {
    const doc = loadBackup(dataDir, info.id, migrations);
    if (doc) return { info, doc };
  }
  return null;
}

const localDay = (at: Date): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

export function hasDailyBackupOn(dataDir: string, at: Date): boolean {
  const day = localDay(at);
  return listBackups(dataDir).some((b) => b.reason === 'daily' && localDay(new Date(b.createdAt)) === day);
}

/** Deletes backups older than the retention, keeping the newest few whatever their age. */
export function pruneBackups(dataDir: string, now: Date, keepDays = BACKUP_KEEP_DAYS, keepAtLeast = BACKUP_KEEP_AT_LEAST): string[] {
  const cutoff = now.getTime() - keepDays * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  listBackups(dataDir).forEach((info, index) => {
    if (index < keepAtLeast || Date.parse(info.createdAt) >= cutoff) return;
    fs.rmSync(path.join(backupsDir(dataDir), `${info.id}.json`), { force: true });
    removed.push(info.id);
  });
  return removed;
}

export const backupFilePath = (dataDir: string, id: string): string => path.join(backupsDir(dataDir), `${id}.json`);

/** Keeps a file's exact text as a backup (before a migration, when it is an older format). */
export function createBackupFromText(dataDir: string, text: string, applications: number, reason: BackupReason, at: Date): BackupInfo {
  const base = `${stampOf(at)}_${reason}_${applications}`;
  let id = base;
  for (let n = 2; fs.existsSync(path.join(backupsDir(dataDir), `${id}.json`)); n++) id = `${base}_${n}`;
  writeFileAtomicSync(path.join(backupsDir(dataDir), `${id}.json`), text);
  const info = infoOf(dataDir, id);
  if (!info) throw new Error(`the backup ${id} could not be read back`);
  return info;
}

/** Copies a data file as it is on disk into a backup, without holding the process to serialise it. */
export async function createBackupFromFile(
  dataDir: string,
  source: string,
  applications: number,
  reason: BackupReason,
  at: Date,
): Promise<void> {
  const base = `${stampOf(at)}_${reason}_${applications}`;
  let id = base;
  for (let n = 2; fs.existsSync(path.join(backupsDir(dataDir), `${id}.json`)); n++) id = `${base}_${n}`;
  const target = path.join(backupsDir(dataDir), `${id}.json`);
  const temp = `${target}.tmp-${process.pid}`;
  await fs.promises.mkdir(backupsDir(dataDir), { recursive: true, mode: 0o700 });
  await fs.promises.copyFile(source, temp);
  await fs.promises.chmod(temp, 0o600);
  const handle = await fs.promises.open(temp, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temp, target);
}
