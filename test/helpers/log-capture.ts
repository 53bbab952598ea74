import type { DestinationStream } from 'pino';

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface CapturedLogs {
  /** Where the service writes its lines (startTestService's `logs`). */
  stream: DestinationStream;
  /** The lines written so far, parsed. */
  lines(): LogLine[];
  /** The lines of the request with this X-Request-Id, waiting (up to a second) until `until` holds for them. */
  linesOfRequest(requestId: string, until?: (lines: LogLine[]) => boolean): Promise<LogLine[]>;
}

/** Collects a service's JSON log lines in memory. */
export function captureLogs(): CapturedLogs {
  const written: string[] = [];
  const lines = () => written.map((line) => JSON.parse(line) as LogLine);
  return {
    stream: { write: (line: string) => void written.push(line) },
    lines,
    // The "request completed" line is written when the answer has been handed over, which can be after the caller has read it.
    async linesOfRequest(requestId, until = (found) => found.some((line) => line.msg === 'request completed')) {
      for (let attempt = 0; ; attempt++) {
        const found = lines().filter((line) => line.requestId === requestId);
        if (until(found) || attempt === 20) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
