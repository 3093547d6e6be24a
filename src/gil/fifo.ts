/**
 * The `fifo` GIL policy (gilvm's; cf. bpo-8299's round robin): threads get the GIL in the
 * order they asked for it. A holder made to drop queues behind the others, so CPU-bound
 * threads take turns of about one switch interval, and a waiter waits at most about
 * (threads - 1) turns. The queue and its invariants: queue.ts.
 */
import { queuedPolicy } from './queue.js';

export const fifoPolicy = queuedPolicy({ head: (queued) => queued[0] });
