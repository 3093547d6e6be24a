/**
 * The file piscina loads. Piscina require()s its worker file before trying import();
 * on Node 20 require() of an ES module graph intermittently fails with
 * ERR_INTERNAL_ASSERTION ("imported again after being required"), so this entry is
 * CommonJS and loads the ES modules with import() itself: the bundle of thread.js and
 * the VM that `npm run build` makes (scripts/bundle.js).
 */
import type { ThreadResult, ThreadTask } from '../src/host/messages.js';

type Handler = (task: ThreadTask) => ThreadResult;
const BUNDLE = './thread.bundle.mjs';
let handler: Promise<Handler> | undefined;

export = async function runThread(task: ThreadTask): Promise<ThreadResult> {
  handler ??= import(BUNDLE).then((m: { default: Handler }) => m.default);
  return (await handler)(task);
};
