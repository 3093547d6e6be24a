/**
 * The worker entry point (loaded by piscina from dist/workers/thread.js): attaches to
 * the image and runs one Python thread. The messages are declared in src/host/messages.ts.
 */
import { runThreadTask } from '../src/vm/worker.js';

export default runThreadTask;
