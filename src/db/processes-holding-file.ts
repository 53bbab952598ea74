// SQLite cannot tell who holds a lock on its file; on Linux, /proc lists the processes that
// have the file open, which is the next best thing (elsewhere, none are found).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The other processes that have the file (or its -wal or -shm file) open: "process 123 (node src/main.ts)". */
export function processesHolding(file: string): string[] {
  const names = new Set([file, `${file}-wal`, `${file}-shm`]);
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid);
  } catch {
    return [];
  }
  const holders: string[] = [];
  for (const pid of pids) {
    try {
      const fds = readdirSync(`/proc/${pid}/fd`);
      if (!fds.some((fd) => names.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      holders.push(`process ${pid} (${command.length > 100 ? `${command.slice(0, 100)}…` : command})`);
    } catch {
      // Another user's process, or one that exited meanwhile: not ours to name.
    }
  }
  return holders;
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '';
  }
}
