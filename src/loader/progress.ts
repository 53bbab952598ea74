import cliProgress from 'cli-progress';

/** Where a load stands: rows of this file so far, and bytes of it read. */
export interface LoadStatus {
  read: number;
  /** Rows settled by an earlier run of a resumed load, not sent again. */
  skipped: number;
  created: number;
  replayed: number;
  rejected: number;
  bytesRead: number;
  totalBytes: number;
  /** Rows settled per second in this run. */
  rate: number;
  /** Seconds to the end at this run's pace, when it can be told. */
  etaSeconds: number | undefined;
  /** The loader's memory now: it stays flat whatever the file's size. */
  rssBytes: number;
}

export interface Summary extends LoadStatus {
  outcome: 'loaded' | 'loaded with rejects' | 'interrupted' | 'stopped';
  seconds: number;
  peakRssBytes: number;
  rejectsFile: string;
  message?: string;
}

export interface ProgressReporter {
  update(status: LoadStatus): void;
  /** Something the user should know at once (a retry, a warning). */
  note: (message: string) => void;
  finish(summary: Summary): void;
}

export type ProgressStyle = 'bar' | 'lines' | 'json';

const count = (value: number) => value.toLocaleString('en-US');
const rows = (value: number) => `${count(value)} row${value === 1 ? '' : 's'}`;
const duration = (seconds: number | undefined) => {
  if (seconds === undefined || !Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  return whole >= 3600
    ? `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`
    : `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

function statusLine(status: LoadStatus): string {
  const percent = status.totalBytes ? Math.floor((100 * status.bytesRead) / status.totalBytes) : 100;
  return [
    `read ${count(status.read)}`,
    ...(status.skipped ? [`skipped ${count(status.skipped)} (loaded before)`] : []),
    `created ${count(status.created)}`,
    `replayed ${count(status.replayed)}`,
    `rejected ${count(status.rejected)}`,
    `${count(Math.round(status.rate))} rows/s`,
    `${percent}%`,
    `ETA ${duration(status.etaSeconds)}`,
  ].join(' · ');
}

export function summaryText(summary: Summary): string {
  const lines = [
    `${summary.outcome}: ${rows(summary.read)} read${summary.skipped ? ` (${count(summary.skipped)} loaded by an earlier run)` : ''}, ${count(summary.created)} created, ${count(summary.replayed)} already stored, ${count(summary.rejected)} rejected, in ${duration(summary.seconds)} (${count(Math.round(summary.rate))} rows/s)`,
  ];
  if (summary.message) lines.push(summary.message);
  if (summary.rejected) lines.push(`rejected rows, with their line and errors: ${summary.rejectsFile}`);
  return lines.join('\n');
}

/** A bar redrawn in place, for a terminal. */
function barReporter(): ProgressReporter {
  const bars = new cliProgress.MultiBar(
    {
      format: '{bar} {percentage}% | {status}',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(status) {
      const line = statusLine(status).replace(/ · \d+% · /, ' · ');
      if (!bar) bar = bars.create(Math.max(status.totalBytes, 1), status.bytesRead, { status: line });
      else bar.update(status.bytesRead, { status: line });
    },
    // Logged lines wait for the bar's next redraw: one is asked for at once. Before the bar
    // exists (asking the service what it takes) there is nothing to redraw.
    note(message) {
      if (!bar) {
        process.stderr.write(`${message}\n`);
        return;
      }
      bars.log(`${message}\n`);
      bars.update();
    },
    finish(summary) {
      bars.update();
      bars.stop();
      console.log(summaryText(summary));
    },
  };
}

/** A line every few seconds, for logs and pipes. */
function lineReporter(intervalMs: number): ProgressReporter {
  let last = 0;
  return {
    update(status) {
      if (Date.now() - last < intervalMs) return;
      last = Date.now();
      process.stderr.write(`${statusLine(status)}\n`);
    },
    note: (message) => process.stderr.write(`${message}\n`),
    finish: (summary) => console.log(summaryText(summary)),
  };
}

/** JSON lines on standard output, for programs. */
function jsonReporter(intervalMs: number): ProgressReporter {
  let last = 0;
  const emit = (event: Record<string, unknown>) =>
    process.stdout.write(`${JSON.stringify({ ...event, time: new Date().toISOString() })}\n`);
  return {
    update(status) {
      if (Date.now() - last < intervalMs) return;
      last = Date.now();
      emit({ event: 'progress', ...status });
    },
    note: (message) => emit({ event: 'note', message }),
    finish: (summary) => emit({ event: 'summary', ...summary }),
  };
}

export function progressReporter(style: ProgressStyle, intervalMs: number): ProgressReporter {
  if (style === 'json') return jsonReporter(intervalMs);
  return style === 'bar' ? barReporter() : lineReporter(intervalMs);
}
