/**
 * The file piscina loads. Piscina require()s its worker file before trying import();
 * on Node 20 require() of an ES module graph intermittently fails with
 * ERR_INTERNAL_ASSERTION ("imported again after being required"), so this entry is
 * CommonJS and loads the ES modules with import() itself.
 */
import type { ThreadResult, ThreadTask } from '../src/host/messages.js';

let handler: Promise<(task: ThreadTask) => ThreadResult> | undefined;

export = async function runThread(task: ThreadTask): Promise<ThreadResult> {
  handler ??= import('./thread.js').then((m) => m.default);
  return (await handler)(task);
};
