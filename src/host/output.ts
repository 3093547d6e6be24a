/**
 * The host side of the output ring (protocol in src/vm/output.ts): copies records to
 * process.stdout / process.stderr in ring order, waiting with Atomics.waitAsync.
 */
import { HDR_OUTPUT_BYTES, HDR_OUTPUT_START, OUT_CONSUMED, OUT_WRITTEN, OUTPUT_HEADER_WORDS } from '../image/layout.js';
import { RECORD_HEADER_BYTES } from '../vm/output.js';

export interface OutputSinks {
  /** `script`: the index of the script whose thread wrote (always 0 unless several scripts share the image). */
  stdout: (bytes: Uint8Array, script: number) => Promise<void> | void;
  stderr: (bytes: Uint8Array, script: number) => Promise<void> | void;
}

export const processSinks: OutputSinks = {
  stdout: (b) => writeStream(process.stdout, b),
  stderr: (b) => writeStream(process.stderr, b),
};

const closedStreams = new Set<NodeJS.WriteStream>();

/** A reader that went away (`gilvm run x.py | head`) is not an error: the rest of the output is dropped. */
function watchForClose(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closedStreams.add(stream);
  });
}
watchForClose(process.stdout);
watchForClose(process.stderr);

function writeStream(stream: NodeJS.WriteStream, bytes: Uint8Array): Promise<void> | void {
  if (closedStreams.has(stream) || stream.write(bytes)) return;
  return new Promise((resolve) => {
    stream.once('drain', resolve);
    stream.once('error', resolve);
  });
}

export class OutputDrain {
  private readonly I: Int32Array;
  private readonly U8: Uint8Array;
  private readonly start: number;
  private readonly capacity: number;
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(image: SharedArrayBuffer, private readonly sinks: OutputSinks = processSinks) {
    this.I = new Int32Array(image);
    this.U8 = new Uint8Array(image);
    this.start = this.I[HDR_OUTPUT_START];
    this.capacity = this.I[HDR_OUTPUT_BYTES];
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const written = Atomics.load(this.I, this.start + OUT_WRITTEN);
      if (written === Atomics.load(this.I, this.start + OUT_CONSUMED)) {
        // waitAsync alone does not keep Node's event loop alive; the timer does.
        const w = Atomics.waitAsync(this.I, this.start + OUT_WRITTEN, written, 50);
        if (w.async) await Promise.race([w.value, new Promise((r) => setTimeout(r, 50))]);
        continue;
      }
      await this.drainOnce();
    }
  }

  /** Copies out every complete record written so far. */
  async drainOnce(): Promise<void> {
    const mask = this.capacity - 1;
    const base = (this.start + OUTPUT_HEADER_WORDS) * 4;
    const written = Atomics.load(this.I, this.start + OUT_WRITTEN);
    let pos = Atomics.load(this.I, this.start + OUT_CONSUMED);
    while (pos !== written) {
      const byte = (k: number) => this.U8[base + ((pos + k) & mask)];
      const fd = byte(0);
      const script = byte(1) | (byte(2) << 8);
      let n = 0;
      for (let i = 0; i < 4; i++) n |= byte(3 + i) << (8 * i);
      const payload = new Uint8Array(n);
      const at = (pos + RECORD_HEADER_BYTES) & mask;
      const first = Math.min(n, this.capacity - at);
      payload.set(this.U8.subarray(base + at, base + at + first));
      if (first < n) payload.set(this.U8.subarray(base, base + n - first), first);
      pos = (pos + RECORD_HEADER_BYTES + n) | 0;
      Atomics.store(this.I, this.start + OUT_CONSUMED, pos);
      Atomics.notify(this.I, this.start + OUT_CONSUMED);
      await (fd === 2 ? this.sinks.stderr(payload, script) : this.sinks.stdout(payload, script));
    }
  }

  /** Stops waiting and writes out whatever is left. */
  async finish(): Promise<void> {
    this.stopped = true;
    await this.loop;
    await this.drainOnce();
  }
}
