// A bench process of its own that says where it listens on stdout: the service, the raw
// handler, the framework alone. What it prints after that is let go.
import { spawn } from 'node:child_process';

export interface ListeningProcess {
  url: string;
  pid: number;
  /** SIGTERM, then its exit. */
  stop(): Promise<void>;
}

/** Starts `node <args>` with `env` and waits until its output matches `listening`, whose first group is its URL. */
export async function startListeningProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  listening: RegExp,
): Promise<ListeningProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = listening.exec(output);
      if (!match) return;
      child.stdout.off('data', read);
      child.stdout.resume();
      resolve(match[1]!);
    };
    child.stdout.on('data', read);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening:\n${output.slice(-2000)}`)));
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
