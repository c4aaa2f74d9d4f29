// When a process started, so a lock can tell its writer from another process that got the
// same PID later (after a reboot, PIDs start again from 1). Linux reads /proc, macOS asks
// ps; elsewhere it is unknown (null) and a live PID is taken at its word.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux Afterview runs on

function linuxStart(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootLine = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    if (!bootLine || !Number.isFinite(ticks)) return null;
    return Number(bootLine[1]) * 1000 + Math.round((ticks * 1000) / CLOCK_TICKS_PER_SECOND);
  } catch {
    return null;
  }
}

function psStart(pid: number): number | null {
  const res = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2_000 });
  if (res.status !== 0) return null;
  const at = Date.parse(res.stdout.trim());
  return Number.isNaN(at) ? null : at;
}

/** The start time of `pid` in ms since the epoch (to a second or better), or null if unknown. */
export function processStartTime(pid: number): number | null {
  if (process.platform === 'linux') return linuxStart(pid);
  if (process.platform === 'darwin') return psStart(pid);
  return null;
}
