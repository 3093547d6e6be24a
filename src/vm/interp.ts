/**
 * The eval loop: one function, one switch over dense opcode numbers.
 * CPython: Python/ceval.c (_PyEval_EvalFrameDefault) and Python/bytecodes.c.
 *
 * Conventions:
 * - ip, sp, frame and the typed-array views live in JS locals; `instr` is the index of
 *   the instruction being executed (after any EXTENDED_ARG prefixes).
 * - Python-to-Python calls push a frame and continue in this same loop; only frames
 *   marked FRAME_FLAG.entry (started from JS: built-ins, generators, the module) return
 *   to the JS caller.
 * - A suspended frame's FR_IP is the index of the instruction it is suspended in (a
 *   CALL, a YIELD_VALUE): it resumes after that instruction's caches. FR_SP is saved
 *   before anything that can run other Python code or reach a safe point, so the
 *   collector sees every live value.
 * - Handlers keep the fast case inline and call out-of-line helpers (ops.ts) for the
 *   rest, to stay under V8's size limit for optimizing a function.
 * - Specialization (PEP 659, CPython 3.12): each family's specialized cases sit right
 *   before its generic case. A specialized case checks its guards inside a `guarded:`
 *   block; a failed guard leaves the block, counts the miss (missAt), sets `op` to the
 *   generic opcode and falls through, so that later specialized cases of the family skip
 *   themselves and the generic body runs (CPython's DEOPT_IF). The generic case counts its
 *   adaptive counter down, or at zero calls the specializer (specialize.ts) and fetches
 *   the instruction again. Code units are written only through codewrite.ts.
 */
import * as mem from '../image/memory.js';
import {
  EVAL_BREAKER, FR_FLAGS, FR_GEN, FR_IP, IS_SPECIALIZE_FLAGS, TS_INSTRUCTIONS, SPECIALIZE, STAT_ROW, FR_LOCALS, FR_PREVIOUS, FR_SP, FRAME_FLAG,
  FRAME_HEADER_WORDS, FR_CODE, IS_EVAL_BREAKER, TS_CUR_EXC, TS_DEPTH, TS_EXC_INFO, TS_FRAME, FR_GLOBALS, TS_ROOTS_TOP,
  FR_BUILTINS, FR_FUNC,
} from '../image/layout.js';
import {
  CELL_VALUE, CODE_CONSTS, CODE_NAMES, CODE_NLOCALSPLUS, FUNC_CLOSURE, Kind,
  LIST_ITEMS, LIST_LENGTH, TUPLE_ITEMS, TUPLE_LENGTH, VALUES_START, ITER_A, ITER_INDEX, ITER_END, ITER_B,
  METHOD_FUNC, METHOD_SELF, NATIVE_ID, NATIVE_SELF, GEN_RETURN_IP, GEN_STATE, GEN_STATE_SUSPENDED,
  GEN_STATE_RUNNING, GEN_STATE_CREATED, DESCR_ID, DESCR_OWNER, TYPE_VERSION, INSTANCE_FLAGS, INSTANCE_FLAG, INSTANCE_DICT,
  DICT_ENTRIES, DICT_NENTRIES, DICT_KEYS_VERSION, DICT_ENTRY_WORDS, MODULE_DICT, FUNC_VERSION, CODE_ARGCOUNT,
  FUNC_CODE, FUNC_DEFAULTS, TYPE_GETITEM, TYPE_GETITEM_VERSION, TYPE_SHARED_KEYS,
} from '../objects/layout.js';
import { CacheUnits, Op } from '../bytecode/op.generated.js';
import { CACHE_UNITS_BY_NUMBER } from '../bytecode/opcodes.js';
import { FALSE, NONE, T, TRUE } from '../objects/statics.js';
import { TS } from './thread.js';
import { N } from './names.js';
import { PENDING, raise, raiseObject } from './errors.js';
import { NATIVES } from './natives.js';
import { newCell } from '../objects/function.js';
import { listAppend } from '../objects/list.js';
import { newInt } from '../objects/int.js';
import { tupleFromWords } from '../objects/tuple.js';
import { listFromWords } from '../objects/list.js';
import { dictGetStr, dictSetItem } from '../objects/dict.js';
import { binaryOp, smallIntOp, unaryOp, Unary } from './number.js';
import { contains, isTrue, richCompare } from './abstract.js';
import { getAttr, loadMethod, setAttr } from './attr.js';
import { endIteration, getIter, iterNext } from './iter.js';
import { enterGenerator } from './generator.js';
import { callVector, newInstance, pythonInitOf } from './call.js';
import { pushFunctionFrame, popFrame } from './frame.js';
import { typeNameOf, typeOf as typeOfValue } from '../objects/type.js';
import { deleteSubscript, storeSubscript, subscript } from './subscript.js';
import * as ops from './ops.js';
import { collectNow, handleEvalBreaker } from './breaker.js';
import { raiseVarargs, unwindTo, convertJsError } from './raise.js';
import { countDeferred, countMiss, statsTable } from './stats.js';
import { countInstruction, onMiss, profileBase, profiling } from './profile.js';
import { decrementCounter } from './codewrite.js';
import { codeBase } from '../objects/function.js';
import { COUNTER_STEP } from './counters.js';
import * as spec from './specialize.js';
import { floatValue, newFloat } from '../objects/float.js';
import { strConcat, strEquals } from '../objects/str.js';
import { dictGetItem } from '../objects/dict.js';
import { genericSetAttr } from './attr.js';
import { pushPositionalFrame } from './frame.js';
import { countsInstructions, preemptionCheck } from '../gil/gil.js';
import { setFlagsFromString } from 'node:v8';

// No on-stack replacement. evalLoop returns to driveEvalLoop every RESTART_EVERY check
// points, so none of its activations runs long, and each new call runs its regular compile.
// Code compiled by on-stack replacement was slower: it kept ip and sp tagged, checked and
// untagged at every instruction. Without it the benchmarks took 3.40x CPython's time instead
// of 3.58x (scripts/bench.js). The cost: a JS function that loops for long within one call (a
// built-in summing 30 million items) runs that call in baseline code, ~30% slower.
setFlagsFromString('--no-use-osr');

/** Runs `frame` (flagged FRAME_FLAG.entry, already pushed) to its return; returns the value. */
export function runFrame(frame: number): number {
  mem.I[frame + FR_IP] = -1;
  return driveEvalLoop(frame, false, 0);
}

/**
 * Continues a suspended entry frame (a generator's) after the instruction at FR_IP.
 * With `throwing`, the pending exception (TS_CUR_EXC) is raised at that instruction.
 */
export function resumeFrame(frame: number, throwing: boolean): number {
  return driveEvalLoop(frame, throwing, resumeIp(frame));
}

/**
 * Continues a thread's frame chain saved in the image at code unit `ip` of its top frame
 * (gilvm resume, src/image/snapshot.ts), until its bottom frame, flagged FRAME_FLAG.entry, returns.
 */
export function continueFrame(frame: number, ip: number): number {
  return driveEvalLoop(frame, false, ip);
}

/**
 * What evalLoop returns after RESTART_EVERY check points (RESUME, JUMP_BACKWARD), to be
 * called again at the thread's current frame at `restartIp`: a run would otherwise spend its
 * time in a few long activations, which V8 moves to optimized code only by on-stack
 * replacement (see the flag above; docs/design-notes.md, "Speed and V8"). Never a value:
 * values are tagged ints (odd) or object addresses.
 */
const EVAL_RESTART = -2;
const RESTART_EVERY = 512;
let restartIp = 0;

/** Runs evalLoop, calling it again each time it returns EVAL_RESTART. */
function driveEvalLoop(frame: number, throwing: boolean, ip: number): number {
  for (;;) {
    const r = evalLoop(frame, throwing, ip);
    if (r !== EVAL_RESTART) return r;
    frame = mem.I[TS + TS_FRAME];
    ip = restartIp;
    throwing = false;
  }
}

const loadMethodOut = new Int32Array(2);

function evalLoop(entry: number, throwing: boolean, startIp: number): number {
  const I = mem.I;
  const U16 = mem.U16;
  const counts = statsTable;
  const F64 = mem.F64;
  const threadInstructions = (TS + TS_INSTRUCTIONS) >> 1;
  // Both are tested with `=== true`, not for truth: in code compiled by on-stack
  // replacement (how this loop mostly runs) a value set before the loop has no known type,
  // and a truth test became a dozen type checks on every instruction.
  const adaptive = (I[IS_SPECIALIZE_FLAGS] & SPECIALIZE.enabled) !== 0;
  const preemptive = countsInstructions();
  const profiled = profiling();
  // The unit records of the running code object (profile.ts), 0 when not profiling.
  let sites = 0;
  // Module bindings copied into locals: imported `let`s and object fields cost a load
  // and a check on every use.
  const ts = TS;
  const True = TRUE, False = FALSE, None = NONE;
  const tList = T.list, tTuple = T.tuple, tFunction = T.function, tMethod = T.method;
  const tDescr = T.method_descriptor, tGenerator = T.generator;
  const tNative = T.builtin_function_or_method, tListIter = T.list_iterator, tRangeIter = T.range_iterator;
  // Every value from a call that the loop keeps in an int variable (frame, ip, sp, cb,
  // next) ends in `| 0`: TurboFan then knows it is an int32 and keeps the variable untagged,
  // where a value of unknown type made it check and untag it at every instruction.
  let frame = entry | 0;
  let code = I[frame + FR_CODE];
  let cb = codeBase(code);
  let lp = 0;
  let consts = 0;
  let names = 0;
  let sp = I[frame + FR_SP];
  let instr = I[frame + FR_IP];
  let ip = startIp | 0;
  let kwnames = 0;
  // FOR_ITER's result, from whichever of its forms ran (0: exhausted).
  let next = 0;
  // Check points passed in this activation, up to RESTART_EVERY.
  let checkPoints = 0;
  let reraise = false;
  let reraiseLasti = 0;
  // Natives called from this loop may have pushed temporary roots and then raised.
  const rootsAtEntry = I[ts + TS_ROOTS_TOP];

  // Each pass of this loop enters `frame` (with ip and sp already set): a call, a return
  // or an exception that moves to another frame sets them and continues here.
  frames: for (;;) {
    I[ts + TS_FRAME] = frame;
    code = I[frame + FR_CODE];
    cb = codeBase(code) | 0;
    if (profiled === true) sites = profileBase(code, cb);
    lp = frame + FRAME_HEADER_WORDS;
    consts = I[code + CODE_CONSTS] + TUPLE_ITEMS;
    names = I[code + CODE_NAMES] + TUPLE_ITEMS;
    try {
      if (throwing) {
        throwing = false;
        throw PENDING;
      }
      for (;;) {
        instr = ip;
        let word = U16[cb + ip++];
        let op = word & 255;
        let oparg = word >>> 8;
        while (op === Op.EXTENDED_ARG) {
          word = U16[cb + ip++];
          oparg = (oparg << 8) | (word >>> 8);
          op = word & 255;
          instr = ip - 1;
        }
        if (counts !== null) {
          counts[op * STAT_ROW]++;
          F64[threadInstructions]++;
          if (sites !== 0) countInstruction(sites, instr, op, oparg, sp);
        }
        if (preemptive === true) {
          // The seeded scheduler (gilvm stress) and the legacy GIL's ticker may switch
          // threads before any instruction.
          I[frame + FR_SP] = sp;
          I[frame + FR_IP] = instr;
          preemptionCheck(op);
        }
        // Each family's specialized forms come just before its generic form: a guard that
        // fails counts the miss and falls through into the generic body, as in CPython.
        switch (op) {
          case Op.NOP:
            break;
          case Op.JUMP_BACKWARD:
            ip -= oparg;
          // falls through: one eval-breaker check for both check points, so that V8 has type
          // feedback for its slow path once either has taken it (docs/design-notes.md, "Speed and V8")
          case Op.RESUME:
            // A plain read, not Atomics.load: why it is enough is in breaker.ts.
            if (I[IS_EVAL_BREAKER] !== 0) {
              I[frame + FR_SP] = sp;
              I[frame + FR_IP] = instr;
              handleEvalBreaker();
            }
            if (++checkPoints === RESTART_EVERY) {
              I[frame + FR_SP] = sp;
              restartIp = ip;
              return EVAL_RESTART;
            }
            break;
          case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: {
            const v = I[lp + oparg];
            if (v === 0) ops.unboundLocal(code, oparg);
            I[sp++] = v;
            break;
          }
          // Superinstructions: two instructions in one dispatch. The second keeps its own
          // opcode (jumps may land on it) and is skipped here; only its oparg is read.
          case Op.LOAD_FAST__LOAD_FAST: {
            const v = I[lp + oparg];
            const second = U16[cb + ip++] >>> 8;
            const w = I[lp + second];
            if (v === 0) ops.unboundLocal(code, oparg);
            if (w === 0) ops.unboundLocal(code, second);
            I[sp++] = v;
            I[sp++] = w;
            break;
          }
          case Op.LOAD_FAST__LOAD_CONST: {
            const v = I[lp + oparg];
            if (v === 0) ops.unboundLocal(code, oparg);
            I[sp++] = v;
            I[sp++] = I[consts + (U16[cb + ip++] >>> 8)];
            break;
          }
          case Op.LOAD_CONST__LOAD_FAST: {
            const second = U16[cb + ip++] >>> 8;
            const w = I[lp + second];
            if (w === 0) ops.unboundLocal(code, second);
            I[sp++] = I[consts + oparg];
            I[sp++] = w;
            break;
          }
          case Op.STORE_FAST__LOAD_FAST: {
            I[lp + oparg] = I[--sp];
            const second = U16[cb + ip++] >>> 8;
            const w = I[lp + second];
            if (w === 0) ops.unboundLocal(code, second);
            I[sp++] = w;
            break;
          }
          case Op.STORE_FAST__STORE_FAST:
            I[lp + oparg] = I[sp - 1];
            I[lp + (U16[cb + ip++] >>> 8)] = I[sp - 2];
            sp -= 2;
            break;
          case Op.LOAD_FAST_AND_CLEAR:
            I[sp++] = I[lp + oparg];
            I[lp + oparg] = 0;
            break;
          case Op.STORE_FAST:
            I[lp + oparg] = I[--sp];
            break;
          case Op.DELETE_FAST:
            if (I[lp + oparg] === 0) ops.unboundLocal(code, oparg);
            I[lp + oparg] = 0;
            break;
          case Op.LOAD_CONST:
            I[sp++] = I[consts + oparg];
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.PUSH_NULL:
            I[sp++] = 0;
            break;
          case Op.END_FOR:
            sp -= 2;
            break;
          case Op.COPY:
            I[sp] = I[sp - oparg];
            sp++;
            break;
          case Op.SWAP: {
            const t = I[sp - 1];
            I[sp - 1] = I[sp - oparg];
            I[sp - oparg] = t;
            break;
          }
          case Op.UNARY_NEGATIVE:
            I[frame + FR_SP] = sp;
            I[sp - 1] = unaryOp(I[sp - 1], Unary.Negative);
            break;
          case Op.UNARY_INVERT:
            I[frame + FR_SP] = sp;
            I[sp - 1] = unaryOp(I[sp - 1], Unary.Invert);
            break;
          case Op.UNARY_NOT:
            I[frame + FR_SP] = sp;
            I[sp - 1] = isTrue(I[sp - 1]) ? False : True;
            break;
          case Op.BINARY_OP_ADD_INT: case Op.BINARY_OP_SUBTRACT_INT: case Op.BINARY_OP_MULTIPLY_INT:
            if ((op as number) !== Op.BINARY_OP) {
              const a = I[sp - 2], b = I[sp - 1];
              let r = 0;
              if ((a & b & 1) === 1) {
                // Two small ints, tagged 2n+1: the tagged result is computed in place (no call,
                // as CPython's forms call the int code directly), and is small while it fits int32.
                const t = op === Op.BINARY_OP_ADD_INT ? a + b - 1
                  : op === Op.BINARY_OP_SUBTRACT_INT ? a - b + 1 : (a >> 1) * (b >> 1) * 2 + 1;
                r = (t | 0) === t ? t : smallIntOp(a >> 1, b >> 1, oparg) | 0;
              } else r = ops.exactIntBinary(a, b, oparg) | 0;
              if (r !== 0) {
                I[sp - 2] = r;
                sp--;
                ip += CacheUnits.BINARY_OP;
                break;
              }
              missAt(cb, instr);
              op = Op.BINARY_OP;
            }
          // falls through: a miss runs the generic form
          case Op.BINARY_OP_ADD_FLOAT: case Op.BINARY_OP_SUBTRACT_FLOAT: case Op.BINARY_OP_MULTIPLY_FLOAT:
            if ((op as number) !== Op.BINARY_OP) {
              guarded: {
                const a = I[sp - 2], b = I[sp - 1];
                if ((a & 1) !== 0 || (b & 1) !== 0 || I[a + 1] !== T.float || I[b + 1] !== T.float) break guarded;
                const x = floatValue(a), y = floatValue(b);
                I[sp - 2] = newFloat(op === Op.BINARY_OP_ADD_FLOAT ? x + y : op === Op.BINARY_OP_SUBTRACT_FLOAT ? x - y : x * y);
                sp--;
                ip += CacheUnits.BINARY_OP;
                break;
              }
              missAt(cb, instr);
              op = Op.BINARY_OP;
            }
          // falls through: a miss runs the generic form
          case Op.BINARY_OP_ADD_UNICODE: case Op.BINARY_OP_INPLACE_ADD_UNICODE:
            if ((op as number) !== Op.BINARY_OP) {
              guarded: {
                const a = I[sp - 2], b = I[sp - 1];
                if ((a & 1) !== 0 || (b & 1) !== 0 || I[a + 1] !== T.str || I[b + 1] !== T.str) break guarded;
                if (op === Op.BINARY_OP_ADD_UNICODE) {
                  I[sp - 2] = strConcat(a, b);
                  sp--;
                  ip += CacheUnits.BINARY_OP;
                  break;
                }
                // Fused with the STORE_FAST after it, which must store back into the left operand's variable.
                const target = lp + (U16[cb + ip + CacheUnits.BINARY_OP] >>> 8);
                if (I[target] !== a) break guarded;
                I[target] = strConcat(a, b);
                sp -= 2;
                ip += CacheUnits.BINARY_OP + 1;
                break;
              }
              missAt(cb, instr);
              op = Op.BINARY_OP;
            }
          // falls through: a miss runs the generic form
          case Op.BINARY_OP: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeBinaryOp(cb, instr, oparg, I[sp - 2], I[sp - 1], lp);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.BINARY_OP);
            }
            // The generic form does the generic work (PyNumber_* in CPython); the fast paths are the
            // specialized forms'. Two small ints go straight to the int implementation, as
            // CPython's nb_* slot calls do for operators it never specializes (%, //, &, ...).
            const a = I[sp - 2], b = I[sp - 1];
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp - 2] = (a & b & 1) === 1 ? smallIntOp(a >> 1, b >> 1, oparg) : binaryOp(a, b, oparg);
            sp--;
            ip += CacheUnits.BINARY_OP;
            break;
          }
          case Op.COMPARE_OP_INT: case Op.COMPARE_OP_FLOAT: case Op.COMPARE_OP_STR:
            if ((op as number) !== Op.COMPARE_OP) {
              guarded: {
                const a = I[sp - 2], b = I[sp - 1];
                // The outcomes (less 2, greater 4, equal 8, unordered 1); the low four bits of the oparg are those that make it true.
                let outcome: number;
                if (op === Op.COMPARE_OP_INT) {
                  if ((a & b & 1) !== 1) break guarded;
                  outcome = a < b ? 2 : a > b ? 4 : 8;
                } else if (op === Op.COMPARE_OP_FLOAT) {
                  if ((a & 1) !== 0 || (b & 1) !== 0 || I[a + 1] !== T.float || I[b + 1] !== T.float) break guarded;
                  const x = floatValue(a), y = floatValue(b);
                  outcome = x < y ? 2 : x > y ? 4 : x === y ? 8 : 1;
                } else {
                  if ((a & 1) !== 0 || (b & 1) !== 0 || I[a + 1] !== T.str || I[b + 1] !== T.str) break guarded;
                  outcome = strEquals(a, b) ? 8 : 2;
                }
                const result = (outcome & oparg) !== 0;
                ip += CacheUnits.COMPARE_OP;
                // A conditional jump right after takes the result without a bool and a dispatch
                // (CPython 3.11's COMPARE_OP_*_JUMP). Not when the scheduler may switch threads
                // before any instruction: the jump is one of those points.
                const next = U16[cb + ip];
                const jumpIfTrue = (next & 255) === Op.POP_JUMP_IF_TRUE;
                if (preemptive === false && (jumpIfTrue || (next & 255) === Op.POP_JUMP_IF_FALSE)) {
                  if (counts !== null) {
                    counts[(next & 255) * STAT_ROW]++;
                    F64[threadInstructions]++;
                    if (sites !== 0) countInstruction(sites, ip, next & 255, next >>> 8, sp - 2);
                  }
                  sp -= 2;
                  ip++;
                  if (result === jumpIfTrue) ip += next >>> 8;
                  break;
                }
                I[sp - 2] = result ? True : False;
                sp--;
                break;
              }
              missAt(cb, instr);
              op = Op.COMPARE_OP;
            }
          // falls through: a miss runs the generic form
          case Op.COMPARE_OP: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeCompareOp(cb, instr, oparg, I[sp - 2], I[sp - 1]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.COMPARE_OP);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp - 2] = richCompare(I[sp - 2], I[sp - 1], oparg >> 4);
            sp--;
            ip += CacheUnits.COMPARE_OP;
            break;
          }
          case Op.IS_OP: {
            const b = I[--sp];
            I[sp - 1] = (I[sp - 1] === b) !== (oparg === 1) ? True : False;
            break;
          }
          case Op.CONTAINS_OP: {
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            const b = I[--sp];
            I[sp - 1] = contains(b, I[sp - 1]) !== (oparg === 1) ? True : False;
            break;
          }
          case Op.POP_JUMP_IF_FALSE: {
            const v = I[--sp];
            if (v === False) ip += oparg;
            else if (v !== True) {
              I[frame + FR_SP] = sp + 1;
              if (!isTrue(v)) ip += oparg;
            }
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = I[--sp];
            if (v === True) ip += oparg;
            else if (v !== False) {
              I[frame + FR_SP] = sp + 1;
              if (isTrue(v)) ip += oparg;
            }
            break;
          }
          case Op.POP_JUMP_IF_NONE:
            if (I[--sp] === None) ip += oparg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (I[--sp] !== None) ip += oparg;
            break;
          case Op.JUMP_FORWARD:
            ip += oparg;
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= oparg;
            break;
          case Op.GET_ITER:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp - 1] = getIter(I[sp - 1]);
            break;
          // Every form of the family but FOR_ITER_GEN (which enters the generator's frame) ends in
          // FOR_ITER's tail with the next value in `next`, 0 when the iterator is exhausted: one
          // exit path for all loops, so that V8 has type feedback for it once any loop has ended
          // (docs/design-notes.md, "Speed and V8").
          // A form that ran skips the later forms (they test for their own opcode); a miss sets
          // `op` to FOR_ITER and falls through into the generic body.
          case Op.FOR_ITER_LIST: case Op.FOR_ITER_TUPLE:
            if ((op as number) === Op.FOR_ITER_LIST || (op as number) === Op.FOR_ITER_TUPLE) {
              const it = I[sp - 1];
              if ((it & 1) === 0 && I[it + 1] === (op === Op.FOR_ITER_LIST ? tListIter : T.tuple_iterator)) {
                const seq = I[it + ITER_A];
                const i = I[it + ITER_INDEX];
                next = 0;
                if (op === Op.FOR_ITER_LIST && seq !== 0 && i < I[seq + LIST_LENGTH]) {
                  I[it + ITER_INDEX] = i + 1;
                  next = I[I[seq + LIST_ITEMS] + VALUES_START + i];
                } else if (op === Op.FOR_ITER_TUPLE && seq !== 0 && i < I[seq + TUPLE_LENGTH]) {
                  I[it + ITER_INDEX] = i + 1;
                  next = I[seq + TUPLE_ITEMS + i];
                }
              } else {
                missAt(cb, instr);
                op = Op.FOR_ITER;
              }
            }
          // falls through
          case Op.FOR_ITER_RANGE:
            if ((op as number) === Op.FOR_ITER_RANGE) {
              const it = I[sp - 1];
              if ((it & 1) === 0 && I[it + 1] === tRangeIter && (I[it + ITER_A] & I[it + ITER_B] & 1) === 1) {
                const i = I[it + ITER_INDEX];
                next = 0;
                if (i < I[it + ITER_END]) {
                  I[it + ITER_INDEX] = i + 1;
                  next = newInt((I[it + ITER_A] >> 1) + i * (I[it + ITER_B] >> 1)) | 0;
                }
              } else {
                missAt(cb, instr);
                op = Op.FOR_ITER;
              }
            }
          // falls through
          case Op.FOR_ITER_GEN:
            if ((op as number) === Op.FOR_ITER_GEN) {
              // The generator's frame runs in this loop, as in CPython: its YIELD_VALUE comes
              // back after this instruction with the value, its return goes to the END_FOR.
              const gen = I[sp - 1];
              if ((gen & 1) === 0 && I[gen + 1] === tGenerator && I[gen + GEN_STATE] <= GEN_STATE_SUSPENDED) {
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                frame = enterGenerator(gen, frame, None, ip + CacheUnits.FOR_ITER + oparg) | 0;
                sp = I[frame + FR_SP];
                ip = resumeIp(frame) | 0;
                continue frames;
              }
              missAt(cb, instr);
              op = Op.FOR_ITER;
            }
          // falls through
          case Op.FOR_ITER: {
            if ((op as number) === Op.FOR_ITER) {
              if (adaptive === true) {
                if (U16[cb + ip] < COUNTER_STEP) {
                  spec.specializeForIter(cb, instr, I[sp - 1]);
                  // Run the instruction again as the specializer left it (prefixes included).
                  ip = (instr - prefixUnits(oparg)) | 0;
                  continue;
                }
                decrementCounter(cb, instr);
                if (counts !== null) countDeferred(Op.FOR_ITER);
              }
              I[frame + FR_SP] = sp;
              I[frame + FR_IP] = instr;
              next = iterNext(I[sp - 1]) | 0;
            }
            ip += CacheUnits.FOR_ITER;
            if (next !== 0) I[sp++] = next;
            else {
              // Exhausted (not a miss): let go of a list or tuple, pop the iterator, skip END_FOR.
              endIteration(I[sp - 1]);
              sp--;
              ip += oparg + 1;
            }
            break;
          }
          case Op.BINARY_SUBSCR_LIST_INT: case Op.BINARY_SUBSCR_TUPLE_INT:
            if ((op as number) !== Op.BINARY_SUBSCR) {
              guarded: {
                const container = I[sp - 2], sub = I[sp - 1];
                if ((sub & 1) !== 1 || sub < 0 || (container & 1) !== 0) break guarded;
                if (op === Op.BINARY_SUBSCR_LIST_INT) {
                  if (I[container + 1] !== tList || (sub >> 1) >= I[container + LIST_LENGTH]) break guarded;
                  I[sp - 2] = I[I[container + LIST_ITEMS] + VALUES_START + (sub >> 1)];
                } else {
                  if (I[container + 1] !== tTuple || (sub >> 1) >= I[container + TUPLE_LENGTH]) break guarded;
                  I[sp - 2] = I[container + TUPLE_ITEMS + (sub >> 1)];
                }
                sp--;
                ip += CacheUnits.BINARY_SUBSCR;
                break;
              }
              missAt(cb, instr);
              op = Op.BINARY_SUBSCR;
            }
          // falls through: a miss runs the generic form
          case Op.BINARY_SUBSCR_DICT:
            if ((op as number) !== Op.BINARY_SUBSCR) {
              guarded: {
                const container = I[sp - 2];
                if ((container & 1) !== 0 || I[container + 1] !== T.dict) break guarded;
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                const v = dictGetItem(container, I[sp - 1]);
                // A missing key raises KeyError through the generic path (it is not a miss).
                I[sp - 2] = v !== 0 ? v : subscript(container, I[sp - 1]);
                sp--;
                ip += CacheUnits.BINARY_SUBSCR;
                break;
              }
              missAt(cb, instr);
              op = Op.BINARY_SUBSCR;
            }
          // falls through: a miss runs the generic form
          case Op.BINARY_SUBSCR_GETITEM:
            if ((op as number) !== Op.BINARY_SUBSCR) {
              guarded: {
                const container = I[sp - 2];
                const t = (container & 1) === 0 ? I[container + 1] : 0;
                const getitem = t !== 0 ? I[t + TYPE_GETITEM] : 0;
                if (getitem === 0 || I[getitem + FUNC_VERSION] !== I[t + TYPE_GETITEM_VERSION] >> 1) break guarded;
                I[frame + FR_SP] = sp - 2;
                I[frame + FR_IP] = instr;
                frame = pushPositionalFrame(getitem, sp - 2, 2, FRAME_FLAG.calledFromNonCall) | 0;
                sp = I[frame + FR_SP];
                ip = 0;
                continue frames;
              }
              missAt(cb, instr);
              op = Op.BINARY_SUBSCR;
            }
          // falls through: a miss runs the generic form
          case Op.BINARY_SUBSCR: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeBinarySubscr(cb, instr, I[sp - 2], I[sp - 1]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.BINARY_SUBSCR);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp - 2] = subscript(I[sp - 2], I[sp - 1]);
            sp--;
            ip += CacheUnits.BINARY_SUBSCR;
            break;
          }
          case Op.STORE_SUBSCR_LIST_INT:
            if ((op as number) !== Op.STORE_SUBSCR) {
              guarded: {
                const container = I[sp - 2], sub = I[sp - 1];
                if ((sub & 1) !== 1 || sub < 0 || (container & 1) !== 0 || I[container + 1] !== tList ||
                  (sub >> 1) >= I[container + LIST_LENGTH]) break guarded;
                I[I[container + LIST_ITEMS] + VALUES_START + (sub >> 1)] = I[sp - 3];
                sp -= 3;
                ip += CacheUnits.STORE_SUBSCR;
                break;
              }
              missAt(cb, instr);
              op = Op.STORE_SUBSCR;
            }
          // falls through: a miss runs the generic form
          case Op.STORE_SUBSCR_DICT:
            if ((op as number) !== Op.STORE_SUBSCR) {
              guarded: {
                const container = I[sp - 2];
                if ((container & 1) !== 0 || I[container + 1] !== T.dict) break guarded;
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                dictSetItem(container, I[sp - 1], I[sp - 3]);
                sp -= 3;
                ip += CacheUnits.STORE_SUBSCR;
                break;
              }
              missAt(cb, instr);
              op = Op.STORE_SUBSCR;
            }
          // falls through: a miss runs the generic form
          case Op.STORE_SUBSCR: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeStoreSubscr(cb, instr, I[sp - 2], I[sp - 1]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.STORE_SUBSCR);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            storeSubscript(I[sp - 2], I[sp - 1], I[sp - 3]);
            sp -= 3;
            ip += CacheUnits.STORE_SUBSCR;
            break;
          }
          case Op.DELETE_SUBSCR:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            deleteSubscript(I[sp - 2], I[sp - 1]);
            sp -= 2;
            break;
          case Op.BINARY_SLICE:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp - 3] = ops.binarySlice(I[sp - 3], I[sp - 2], I[sp - 1]);
            sp -= 2;
            break;
          case Op.STORE_SLICE:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            ops.storeSlice(I[sp - 3], I[sp - 2], I[sp - 1], I[sp - 4]);
            sp -= 4;
            break;
          case Op.BUILD_SLICE:
            sp -= oparg - 1;
            I[sp - 1] = ops.buildSlice(I[sp - 1], I[sp], oparg === 3 ? I[sp + 1] : None);
            break;
          case Op.LOAD_GLOBAL_MODULE: case Op.LOAD_GLOBAL_BUILTIN:
            if ((op as number) !== Op.LOAD_GLOBAL) {
              guarded: {
                const globals = I[frame + FR_GLOBALS];
                if (I[globals + DICT_KEYS_VERSION] !== U16[cb + ip + 2]) break guarded;
                let dict = globals;
                if (op === Op.LOAD_GLOBAL_BUILTIN) {
                  dict = I[frame + FR_BUILTINS];
                  if (I[dict + DICT_KEYS_VERSION] !== U16[cb + ip + 3]) break guarded;
                }
                const v = I[I[dict + DICT_ENTRIES] + VALUES_START + U16[cb + ip + 1] * DICT_ENTRY_WORDS + 2];
                if (v === 0) break guarded;
                if ((oparg & 1) === 1) I[sp++] = 0;
                I[sp++] = v;
                ip += CacheUnits.LOAD_GLOBAL;
                break;
              }
              missAt(cb, instr);
              op = Op.LOAD_GLOBAL;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_GLOBAL: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeLoadGlobal(cb, instr, I[frame + FR_GLOBALS], I[frame + FR_BUILTINS], I[names + (oparg >> 1)]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.LOAD_GLOBAL);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            const name = I[names + (oparg >> 1)];
            let v = dictGetStr(I[frame + FR_GLOBALS], name);
            if (v === 0) v = ops.loadBuiltin(I[frame + FR_BUILTINS], name);
            if ((oparg & 1) === 1) I[sp++] = 0;
            I[sp++] = v;
            ip += CacheUnits.LOAD_GLOBAL;
            break;
          }
          case Op.STORE_GLOBAL:
            I[frame + FR_SP] = sp;
            dictSetItem(I[frame + FR_GLOBALS], I[names + oparg], I[--sp]);
            break;
          case Op.DELETE_GLOBAL:
            ops.deleteGlobal(frame, I[names + oparg]);
            break;
          case Op.LOAD_NAME:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp++] = ops.loadName(frame, I[names + oparg]);
            break;
          case Op.STORE_NAME:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            ops.storeName(frame, I[names + oparg], I[--sp]);
            break;
          case Op.DELETE_NAME:
            I[frame + FR_IP] = instr;
            ops.deleteName(frame, I[names + oparg]);
            break;
          case Op.LOAD_LOCALS:
            I[sp++] = I[frame + FR_LOCALS];
            break;
          case Op.LOAD_FROM_DICT_OR_GLOBALS:
            I[frame + FR_SP] = sp;
            I[sp - 1] = ops.loadFromDictOrGlobals(frame, I[sp - 1], I[names + oparg]);
            break;
          case Op.LOAD_FROM_DICT_OR_DEREF:
            I[frame + FR_SP] = sp;
            I[sp - 1] = ops.loadFromDictOrDeref(frame, I[sp - 1], oparg);
            break;
          case Op.LOAD_ATTR_INSTANCE_VALUE:
            if ((op as number) !== Op.LOAD_ATTR) {
              const owner = I[sp - 1];
              if ((owner & 1) === 0 && I[I[owner + 1] + TYPE_VERSION] === (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16)) &&
                (I[owner + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) === 0) {
                // The inline values: the instance dict's entry at the shared-keys index, when
                // the instance set its attributes in the usual order; else a lookup (still a hit).
                const dict = I[owner + INSTANCE_DICT];
                const index = U16[cb + ip + 3];
                const name = I[names + (oparg >> 1)];
                const entry = dict === 0 ? 0 : I[dict + DICT_ENTRIES] + VALUES_START + index * DICT_ENTRY_WORDS;
                const v = dict === 0 ? 0 : index < I[dict + DICT_NENTRIES] && I[entry + 1] === name ? I[entry + 2] : dictGetStr(dict, name);
                if (v !== 0) {
                  if ((oparg & 1) === 1) {
                    I[sp - 1] = 0;
                    I[sp++] = v;
                  } else {
                    I[sp - 1] = v;
                  }
                  ip += CacheUnits.LOAD_ATTR;
                  break;
                }
              }
              missAt(cb, instr);
              op = Op.LOAD_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_ATTR_METHOD_WITH_VALUES:
            if ((op as number) !== Op.LOAD_ATTR) {
              const owner = I[sp - 1];
              const t = (owner & 1) === 0 ? I[owner + 1] : 0;
              if (t !== 0 && I[t + TYPE_VERSION] === (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16)) &&
                (I[owner + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) === 0 &&
                I[I[t + TYPE_SHARED_KEYS] + DICT_KEYS_VERSION] === (U16[cb + ip + 3] | (U16[cb + ip + 4] << 16))) {
                I[sp - 1] = U16[cb + ip + 5] | (U16[cb + ip + 6] << 16);
                I[sp++] = owner;
                ip += CacheUnits.LOAD_ATTR;
                break;
              }
              missAt(cb, instr);
              op = Op.LOAD_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_ATTR_METHOD_NO_DICT:
            if ((op as number) !== Op.LOAD_ATTR) {
              const owner = I[sp - 1];
              if (I[((owner & 1) === 1 ? T.int : I[owner + 1]) + TYPE_VERSION] === (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16))) {
                I[sp - 1] = U16[cb + ip + 5] | (U16[cb + ip + 6] << 16);
                I[sp++] = owner;
                ip += CacheUnits.LOAD_ATTR;
                break;
              }
              missAt(cb, instr);
              op = Op.LOAD_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_ATTR_WITH_HINT: case Op.LOAD_ATTR_SLOT: case Op.LOAD_ATTR_MODULE:
            if ((op as number) !== Op.LOAD_ATTR) {
              guarded: {
                const owner = I[sp - 1];
                if ((owner & 1) !== 0) break guarded;
                const cached = U16[cb + ip + 1] | (U16[cb + ip + 2] << 16);
                const index = U16[cb + ip + 3];
                let v = 0;
                if (op === Op.LOAD_ATTR_SLOT) {
                  if (I[I[owner + 1] + TYPE_VERSION] === cached) v = I[owner + index];
                } else if (op === Op.LOAD_ATTR_MODULE) {
                  const dict = I[owner + MODULE_DICT];
                  if (I[owner + 1] === T.module && I[dict + DICT_KEYS_VERSION] === cached) {
                    v = I[I[dict + DICT_ENTRIES] + VALUES_START + index * DICT_ENTRY_WORDS + 2];
                  }
                } else if (I[I[owner + 1] + TYPE_VERSION] === cached && (I[owner + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) !== 0) {
                  // WITH_HINT: the materialized dict's entry at the hint must hold the name.
                  const dict = I[owner + INSTANCE_DICT];
                  const entry = dict === 0 ? 0 : I[dict + DICT_ENTRIES] + VALUES_START + index * DICT_ENTRY_WORDS;
                  if (dict !== 0 && index < I[dict + DICT_NENTRIES] && I[entry + 1] === I[names + (oparg >> 1)]) v = I[entry + 2];
                }
                if (v === 0) break guarded;
                if ((oparg & 1) === 1) {
                  I[sp - 1] = 0;
                  I[sp++] = v;
                } else {
                  I[sp - 1] = v;
                }
                ip += CacheUnits.LOAD_ATTR;
                break;
              }
              missAt(cb, instr);
              op = Op.LOAD_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_ATTR_METHOD_LAZY_DICT: case Op.LOAD_ATTR_CLASS:
            if ((op as number) !== Op.LOAD_ATTR) {
              guarded: {
                const owner = I[sp - 1];
                const t = (owner & 1) === 1 ? T.int : op === Op.LOAD_ATTR_CLASS ? owner : I[owner + 1];
                if (I[t + TYPE_VERSION] !== (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16))) break guarded;
                if (op === Op.LOAD_ATTR_CLASS) {
                  if (((owner & 1) === 1 || ((I[owner] >> 3) & 127) !== Kind.Type)) break guarded;
                } else if (I[owner + spec.lazyDictWord(owner)] !== 0) {
                  break guarded;
                }
                const descr = U16[cb + ip + 5] | (U16[cb + ip + 6] << 16);
                if (op === Op.LOAD_ATTR_CLASS) {
                  if ((oparg & 1) === 1) {
                    I[sp - 1] = 0;
                    I[sp++] = descr;
                  } else {
                    I[sp - 1] = descr;
                  }
                } else {
                  I[sp - 1] = descr;
                  I[sp++] = owner;
                }
                ip += CacheUnits.LOAD_ATTR;
                break;
              }
              missAt(cb, instr);
              op = Op.LOAD_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_ATTR_PROPERTY: case Op.LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN:
            if ((op as number) !== Op.LOAD_ATTR) {
              guarded: {
                const owner = I[sp - 1];
                const func = U16[cb + ip + 5] | (U16[cb + ip + 6] << 16);
                if ((owner & 1) !== 0 || I[I[owner + 1] + TYPE_VERSION] !== (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16)) ||
                  I[func + FUNC_VERSION] !== (U16[cb + ip + 3] | (U16[cb + ip + 4] << 16))) break guarded;
                I[frame + FR_SP] = sp - 1;
                I[frame + FR_IP] = instr;
                frame = pushPositionalFrame(func, sp - 1, 1, FRAME_FLAG.calledFromNonCall) | 0;
                if (op === Op.LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN) I[frame + FRAME_HEADER_WORDS + 1] = I[names + (oparg >> 1)];
                sp = I[frame + FR_SP];
                ip = 0;
                continue frames;
              }
              missAt(cb, instr);
              op = Op.LOAD_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.LOAD_ATTR: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeLoadAttr(cb, instr, oparg, I[sp - 1], I[names + (oparg >> 1)]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.LOAD_ATTR);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            const owner = I[sp - 1];
            const name = I[names + (oparg >> 1)];
            if ((oparg & 1) === 1) {
              loadMethod(owner, name, loadMethodOut);
              I[sp - 1] = loadMethodOut[0];
              I[sp++] = loadMethodOut[1];
            } else {
              I[sp - 1] = getAttr(owner, name);
            }
            ip += CacheUnits.LOAD_ATTR;
            break;
          }
          case Op.STORE_ATTR_INSTANCE_VALUE: case Op.STORE_ATTR_WITH_HINT: case Op.STORE_ATTR_SLOT:
            if ((op as number) !== Op.STORE_ATTR) {
              guarded: {
                const owner = I[sp - 1];
                if ((owner & 1) !== 0 || I[I[owner + 1] + TYPE_VERSION] !== (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16))) break guarded;
                const index = U16[cb + ip + 3];
                if (op === Op.STORE_ATTR_SLOT) {
                  I[owner + index] = I[sp - 2];
                } else {
                  const materialized = (I[owner + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) !== 0;
                  if (materialized !== (op === Op.STORE_ATTR_WITH_HINT)) break guarded;
                  const dict = I[owner + INSTANCE_DICT];
                  const entry = dict === 0 ? 0 : I[dict + DICT_ENTRIES] + VALUES_START + index * DICT_ENTRY_WORDS;
                  const name = I[names + oparg];
                  if (dict !== 0 && index < I[dict + DICT_NENTRIES] && I[entry + 1] === name && I[entry + 2] !== 0) {
                    I[entry + 2] = I[sp - 2];
                  } else if (materialized) break guarded;
                  else {
                    // A value the inline slots do not hold yet: add it (the type's version rules out descriptors).
                    I[frame + FR_SP] = sp;
                    I[frame + FR_IP] = instr;
                    genericSetAttr(owner, name, I[sp - 2]);
                  }
                }
                sp -= 2;
                ip += CacheUnits.STORE_ATTR;
                break;
              }
              missAt(cb, instr);
              op = Op.STORE_ATTR;
            }
          // falls through: a miss runs the generic form
          case Op.STORE_ATTR:
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeStoreAttr(cb, instr, I[sp - 1], I[names + oparg]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.STORE_ATTR);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            setAttr(I[sp - 1], I[names + oparg], I[sp - 2]);
            sp -= 2;
            ip += CacheUnits.STORE_ATTR;
            break;
          case Op.DELETE_ATTR:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            setAttr(I[sp - 1], I[names + oparg], 0);
            sp--;
            break;
          case Op.LOAD_SUPER_ATTR_ATTR: case Op.LOAD_SUPER_ATTR_METHOD:
            if ((op as number) !== Op.LOAD_SUPER_ATTR &&
              (I[sp - 3] !== T.super || (I[sp - 2] & 1) !== 0 || ((I[I[sp - 2]] >> 3) & 127) !== Kind.Type)) {
              missAt(cb, instr);
              op = Op.LOAD_SUPER_ATTR;
            }
          // falls through: with the guards holding, what remains is the generic path's lookup
          case Op.LOAD_SUPER_ATTR:
            if (op === Op.LOAD_SUPER_ATTR) {
              if (adaptive === true) {
                if (U16[cb + ip] < COUNTER_STEP) {
                  spec.specializeLoadSuperAttr(cb, instr, I[sp - 3], I[sp - 2]);
                  // Run the instruction again as the specializer left it (prefixes included).
                  ip = (instr - prefixUnits(oparg)) | 0;
                  continue;
                }
                decrementCounter(cb, instr);
                if (counts !== null) countDeferred(Op.LOAD_SUPER_ATTR);
              }
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.loadSuperAttr(sp, I[names + (oparg >> 2)], oparg) | 0;
            ip += CacheUnits.LOAD_SUPER_ATTR;
            break;
          case Op.MAKE_CELL:
            I[lp + oparg] = newCell(I[lp + oparg]);
            break;
          case Op.LOAD_CLOSURE:
            I[sp++] = I[lp + oparg];
            break;
          case Op.LOAD_DEREF: {
            const v = I[I[lp + oparg] + CELL_VALUE];
            if (v === 0) ops.unboundDeref(code, oparg);
            I[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            I[I[lp + oparg] + CELL_VALUE] = I[--sp];
            break;
          case Op.DELETE_DEREF:
            if (I[I[lp + oparg] + CELL_VALUE] === 0) ops.unboundDeref(code, oparg);
            I[I[lp + oparg] + CELL_VALUE] = 0;
            break;
          case Op.COPY_FREE_VARS: {
            const closure = I[I[frame + FR_FUNC] + FUNC_CLOSURE];
            const first = I[code + CODE_NLOCALSPLUS] - oparg;
            for (let i = 0; i < oparg; i++) I[lp + first + i] = I[closure + TUPLE_ITEMS + i];
            break;
          }
          case Op.BUILD_TUPLE: {
            I[frame + FR_SP] = sp;
            const t = tupleFromWords(sp - oparg, oparg);
            sp -= oparg;
            I[sp++] = t;
            break;
          }
          case Op.BUILD_LIST: {
            I[frame + FR_SP] = sp;
            const l = listFromWords(sp - oparg, oparg);
            sp -= oparg;
            I[sp++] = l;
            break;
          }
          case Op.BUILD_SET:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.buildSet(sp, oparg) | 0;
            break;
          case Op.BUILD_MAP:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.buildMap(sp, oparg) | 0;
            break;
          case Op.BUILD_CONST_KEY_MAP:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.buildConstKeyMap(sp, oparg) | 0;
            break;
          case Op.BUILD_STRING:
            I[frame + FR_SP] = sp;
            sp = ops.buildString(sp, oparg) | 0;
            break;
          case Op.LIST_APPEND:
            listAppend(I[sp - 1 - oparg], I[sp - 1]);
            sp--;
            break;
          case Op.SET_ADD: case Op.MAP_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.collectionOp(op, sp, oparg) | 0;
            break;
          case Op.UNPACK_SEQUENCE_TWO_TUPLE: case Op.UNPACK_SEQUENCE_TUPLE: case Op.UNPACK_SEQUENCE_LIST:
            if ((op as number) !== Op.UNPACK_SEQUENCE) {
              guarded: {
                const seq = I[sp - 1];
                let items: number;
                if (op === Op.UNPACK_SEQUENCE_LIST) {
                  if ((seq & 1) !== 0 || I[seq + 1] !== tList || I[seq + LIST_LENGTH] !== oparg) break guarded;
                  items = I[seq + LIST_ITEMS] + VALUES_START;
                } else {
                  if ((seq & 1) !== 0 || I[seq + 1] !== tTuple || I[seq + TUPLE_LENGTH] !== oparg) break guarded;
                  items = seq + TUPLE_ITEMS;
                }
                sp--;
                for (let i = oparg - 1; i >= 0; i--) I[sp++] = I[items + i];
                ip += CacheUnits.UNPACK_SEQUENCE;
                break;
              }
              missAt(cb, instr);
              op = Op.UNPACK_SEQUENCE;
            }
          // falls through: a miss runs the generic form
          case Op.UNPACK_SEQUENCE: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeUnpackSequence(cb, instr, oparg, I[sp - 1]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.UNPACK_SEQUENCE);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.unpackSequence(sp, oparg) | 0;
            ip += CacheUnits.UNPACK_SEQUENCE;
            break;
          }
          case Op.UNPACK_EX:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.unpackEx(sp, oparg) | 0;
            break;
          case Op.MAKE_FUNCTION:
            I[frame + FR_SP] = sp;
            sp = ops.makeFunction(frame, sp, oparg) | 0;
            break;
          case Op.KW_NAMES:
            kwnames = I[consts + oparg];
            break;
          case Op.CALL_BOUND_METHOD_EXACT_ARGS: {
            const base = sp - oparg - 2;
            const method = I[base + 1];
            if (I[base] === 0 && (method & 1) === 0 && I[method + 1] === tMethod) {
              // (NULL, method, args) -> (func, self, args), then CALL_PY_EXACT_ARGS's guards and call.
              I[base] = I[method + METHOD_FUNC];
              I[base + 1] = I[method + METHOD_SELF];
              op = Op.CALL_PY_EXACT_ARGS;
            } else {
              missAt(cb, instr);
              op = Op.CALL;
            }
          }
          // falls through
          case Op.CALL_PY_EXACT_ARGS: case Op.CALL_PY_WITH_DEFAULTS:
            if ((op as number) !== Op.CALL) {
              guarded: {
                const base = sp - oparg - 2;
                let callable = I[base];
                let args = base + 1;
                let nargs = oparg + 1;
                if (callable === 0) {
                  callable = I[base + 1];
                  args = base + 2;
                  nargs = oparg;
                }
                if ((callable & 1) !== 0 || I[callable + 1] !== tFunction ||
                  I[callable + FUNC_VERSION] !== (U16[cb + ip + 1] | (U16[cb + ip + 2] << 16))) break guarded;
                const argcount = I[I[callable + FUNC_CODE] + CODE_ARGCOUNT];
                if (op === Op.CALL_PY_EXACT_ARGS ? argcount !== nargs
                  : nargs > argcount || nargs < argcount - I[I[callable + FUNC_DEFAULTS] + TUPLE_LENGTH]) break guarded;
                I[frame + FR_IP] = instr;
                I[frame + FR_SP] = base;
                frame = pushPositionalFrame(callable, args, nargs, 0) | 0;
                sp = I[frame + FR_SP];
                ip = 0;
                continue frames;
              }
              missAt(cb, instr);
              op = Op.CALL;
            }
          // falls through: a miss runs the generic form
          case Op.CALL_NO_KW_LIST_APPEND:
            if ((op as number) !== Op.CALL) {
              // (list.append, list, item), fused with the POP_TOP after it.
              const base = sp - 3;
              if (spec.isListAppend(I[base], I[base + 1])) {
                listAppend(I[base + 1], I[base + 2]);
                sp = base;
                ip += CacheUnits.CALL + 1;
                break;
              }
              missAt(cb, instr);
              op = Op.CALL;
            }
          // falls through: a miss runs the generic form
          case Op.CALL_NO_KW_LEN:
            if ((op as number) !== Op.CALL) {
              // (NULL, len, obj)
              const base = sp - 3;
              if (oparg === 1 && I[base] === 0 && spec.isLen(I[base + 1])) {
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                I[base] = NATIVES[I[I[base + 1] + NATIVE_ID]].fn(0, base + 2, 1, 0);
                sp = base + 1;
                ip += CacheUnits.CALL;
                break;
              }
              missAt(cb, instr);
              op = Op.CALL;
            }
          // falls through: a miss runs the generic form
          case Op.CALL_NO_KW_METHOD_DESCRIPTOR_O: case Op.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
          case Op.CALL_NO_KW_METHOD_DESCRIPTOR_FAST: case Op.CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
            if ((op as number) !== Op.CALL) {
              const base = sp - oparg - 2;
              const method = I[base] !== 0;
              const callable = method ? I[base] : I[base + 1];
              const args = method ? base + 1 : base + 2;
              const nargs = method ? oparg + 1 : oparg;
              if (spec.methodDescriptorGuard(op, callable, I[args], nargs)) {
                const kw = kwnames;
                kwnames = 0;
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                I[base] = NATIVES[I[callable + DESCR_ID]].fn(I[args], args + 1, nargs - 1, kw);
                sp = base + 1;
                ip += CacheUnits.CALL;
                break;
              }
              missAt(cb, instr);
              op = Op.CALL;
            }
          // falls through: a miss runs the generic form
          case Op.CALL_NO_KW_TYPE_1: case Op.CALL_NO_KW_STR_1: case Op.CALL_NO_KW_TUPLE_1: case Op.CALL_BUILTIN_CLASS:
          case Op.CALL_NO_KW_BUILTIN_O: case Op.CALL_NO_KW_BUILTIN_FAST: case Op.CALL_BUILTIN_FAST_WITH_KEYWORDS:
          case Op.CALL_NO_KW_ISINSTANCE:
            if ((op as number) !== Op.CALL) {
              guarded: {
                const base = sp - oparg - 2;
                const method = I[base] !== 0;
                const callable = method ? I[base] : I[base + 1];
                const args = method ? base + 1 : base + 2;
                const nargs = method ? oparg + 1 : oparg;
                if (!spec.callGuard(op, callable, nargs)) break guarded;
                const kw = kwnames;
                kwnames = 0;
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                let r: number;
                if (op === Op.CALL_NO_KW_TYPE_1) r = typeOfValue(I[args]);
                else if (I[callable + 1] === tNative) r = NATIVES[I[callable + NATIVE_ID]].fn(I[callable + NATIVE_SELF], args, nargs, kw);
                else r = callVector(callable, args, nargs, kw);
                sp = base;
                I[sp++] = r;
                ip += CacheUnits.CALL;
                break;
              }
              missAt(cb, instr);
              op = Op.CALL;
            }
          // falls through: a miss runs the generic form
          case Op.CALL: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeCall(cb, instr, oparg, I[sp - oparg - 2], I[sp - oparg - 1], I[sp - oparg - 2] !== 0 ? oparg + 1 : oparg, kwnames);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.CALL);
            }
            const base = sp - oparg - 2;
            let callable = I[base];
            let args = base + 1;
            let nargs = oparg + 1;
            if (callable === 0) {
              callable = I[base + 1];
              args = base + 2;
              nargs = oparg;
              if ((callable & 1) === 0 && I[callable + 1] === tMethod) {
                // Unpack a bound method in place: [NULL, method, args] -> [func, self, args].
                I[base] = I[callable + METHOD_FUNC];
                I[base + 1] = I[callable + METHOD_SELF];
                callable = I[base];
                args = base + 1;
                nargs = oparg + 1;
              }
            }
            const kw = kwnames;
            kwnames = 0;
            I[frame + FR_IP] = instr;
            if ((callable & 1) === 0 && I[callable + 1] === tFunction) {
              I[frame + FR_SP] = base;
              frame = pushFunctionFrame(callable, args, nargs, kw, 0) | 0;
              sp = I[frame + FR_SP];
              ip = 0;
              continue frames;
            }
            if ((callable & 1) === 0 && ((I[callable] >> 3) & 127) === Kind.Type) {
              // A class whose instances come from object.__new__ and whose __init__ is
              // Python code: allocate here and run __init__ as a frame of this loop
              // (CPython 3.13's CALL_ALLOC_AND_ENTER_INIT). The instance waits in the
              // call's bottom slot, where RETURN leaves it as the result.
              const init = pythonInitOf(callable);
              if (init !== 0) {
                const obj = newInstance(callable); // allocation alone never collects
                I[base] = obj;
                I[args - 1] = obj;
                I[frame + FR_SP] = base + 1;
                frame = pushFunctionFrame(init, args - 1, nargs + 1, kw, FRAME_FLAG.initCall) | 0;
                sp = I[frame + FR_SP];
                ip = 0;
                continue frames;
              }
            }
            I[frame + FR_SP] = sp;
            let r: number;
            if ((callable & 1) === 1) r = callVector(callable, args, nargs, kw);
            else if (I[callable + 1] === tNative) r = NATIVES[I[callable + NATIVE_ID]].fn(I[callable + NATIVE_SELF], args, nargs, kw);
            else if (I[callable + 1] === tDescr && nargs > 0 && typeOfValue(I[args]) === I[callable + DESCR_OWNER]) {
              // A method of a built-in type called on an instance of exactly that type.
              r = NATIVES[I[callable + DESCR_ID]].fn(I[args], args + 1, nargs - 1, kw);
            } else r = callVector(callable, args, nargs, kw);
            sp = base;
            I[sp++] = r;
            ip += CacheUnits.CALL;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            const callee = ops.callFunctionEx(frame, sp, oparg);
            if (callee === 0) {
              sp = I[frame + FR_SP];
              break;
            }
            // A Python function: its RETURN pushes the result at this frame's FR_SP and continues after this instruction.
            frame = callee | 0;
            sp = I[frame + FR_SP];
            ip = 0;
            continue frames;
          }
          case Op.CALL_INTRINSIC_1:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp - 1] = ops.intrinsic1(frame, oparg, I[sp - 1]);
            break;
          case Op.CALL_INTRINSIC_2:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp--;
            I[sp - 1] = ops.intrinsic2(oparg, I[sp - 1], I[sp]);
            break;
          case Op.RETURN_GENERATOR:
          case Op.RETURN_CONST:
          case Op.RETURN_VALUE: {
            let v: number;
            if (op === Op.RETURN_VALUE) v = I[--sp];
            else if (op === Op.RETURN_CONST) v = I[consts + oparg];
            else {
              I[frame + FR_SP] = sp;
              I[frame + FR_IP] = instr;
              v = ops.makeGenerator(frame);
            }
            const flags = I[frame + FR_FLAGS];
            if ((flags & FRAME_FLAG.entry) !== 0) {
              leaveEntryFrame(frame, flags);
              return v;
            }
            if ((flags & FRAME_FLAG.initCall) !== 0 && v !== None) {
              raise('TypeError', `__init__() should return None, not '${typeNameOf(v)}'`);
            }
            leaveFrame(frame, flags);
            const callee = frame;
            frame = I[callee + FR_PREVIOUS];
            sp = I[frame + FR_SP];
            if ((flags & FRAME_FLAG.initCall) === 0) I[sp++] = v;
            // A generator resumed by FOR_ITER_GEN or SEND_GEN: its caller goes on at the END_FOR or
            // END_SEND after that instruction (CPython's return_offset).
            if ((flags & FRAME_FLAG.ownedByGenerator) !== 0) ip = I[I[callee + FR_GEN] + GEN_RETURN_IP] | 0;
            else if ((flags & FRAME_FLAG.calledFromNonCall) !== 0) ip = resumeIp(frame) | 0;
            else ip = (I[frame + FR_IP] + 1 + CacheUnits.CALL) | 0;
            continue frames;
          }
          case Op.YIELD_VALUE: {
            const v = I[--sp];
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[I[frame + FR_GEN] + GEN_STATE] = GEN_STATE_SUSPENDED;
            I[ts + TS_DEPTH]--;
            const caller = I[frame + FR_PREVIOUS];
            if ((I[frame + FR_FLAGS] & FRAME_FLAG.entry) !== 0) {
              // Resumed from JS (generator.ts), which gets the value.
              I[ts + TS_FRAME] = caller;
              return v;
            }
            // Resumed by FOR_ITER_GEN or SEND_GEN: the value goes on the caller's stack, after the
            // iterator or receiver, and the caller goes on after that instruction. Both have one
            // cache unit (test/bytecode pins it); resumeIp, which reads the opcode, was 2% slower.
            frame = caller | 0;
            sp = I[frame + FR_SP];
            I[sp++] = v;
            ip = (I[frame + FR_IP] + 1 + CacheUnits.FOR_ITER) | 0;
            continue frames;
          }
          case Op.GET_YIELD_FROM_ITER:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            if ((I[sp - 1] & 1) === 1 || I[I[sp - 1] + 1] !== T.generator) I[sp - 1] = getIter(I[sp - 1]);
            break;
          case Op.SEND_GEN:
            if ((op as number) === Op.SEND_GEN) {
              // As FOR_ITER_GEN: the generator's frame runs in this loop with the value sent; its
              // return goes to END_SEND. A just-started generator takes only None (the generic path says so).
              const gen = I[sp - 2];
              const state = (gen & 1) === 0 && I[gen + 1] === tGenerator ? I[gen + GEN_STATE] : GEN_STATE_RUNNING;
              if (state === GEN_STATE_SUSPENDED || (state === GEN_STATE_CREATED && I[sp - 1] === None)) {
                const value = I[--sp];
                I[frame + FR_SP] = sp;
                I[frame + FR_IP] = instr;
                frame = enterGenerator(gen, frame, value, ip + CacheUnits.SEND + oparg) | 0;
                sp = I[frame + FR_SP];
                ip = resumeIp(frame) | 0;
                continue frames;
              }
              missAt(cb, instr);
              op = Op.SEND;
            }
          // falls through: a miss runs the generic form
          case Op.SEND: {
            if (adaptive === true) {
              if (U16[cb + ip] < COUNTER_STEP) {
                spec.specializeSend(cb, instr, I[sp - 2]);
                // Run the instruction again as the specializer left it (prefixes included).
                ip = (instr - prefixUnits(oparg)) | 0;
                continue;
              }
              decrementCounter(cb, instr);
              if (counts !== null) countDeferred(Op.SEND);
            }
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            const done = ops.send(sp);
            ip += CacheUnits.SEND;
            if (done) ip += oparg;
            break;
          }
          case Op.END_SEND:
            I[sp - 2] = I[sp - 1];
            sp--;
            break;
          case Op.CLEANUP_THROW:
            sp = ops.cleanupThrow(sp) | 0;
            break;
          case Op.RAISE_VARARGS:
            I[frame + FR_SP] = sp;
            if (oparg === 0) {
              // A bare `raise` re-raises without a new traceback entry, as RERAISE does.
              reraise = true;
              reraiseLasti = instr;
            }
            raiseVarargs(sp, oparg);
            break;
          case Op.RERAISE: {
            // The handler is looked up at this instruction; a pushed lasti keeps the original one.
            const exc = I[--sp];
            reraise = true;
            reraiseLasti = oparg !== 0 ? I[sp - 1] >> 1 : instr;
            raiseObject(exc);
            break;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = I[sp - 1];
            const prev = I[ts + TS_EXC_INFO];
            I[sp - 1] = prev === 0 ? None : prev;
            I[sp++] = exc;
            I[ts + TS_EXC_INFO] = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = I[--sp];
            I[ts + TS_EXC_INFO] = prev === None ? 0 : prev;
            break;
          }
          case Op.CHECK_EXC_MATCH:
            I[frame + FR_SP] = sp;
            I[sp - 1] = ops.exceptionMatches(I[sp - 2], I[sp - 1]) ? True : False;
            break;
          case Op.LOAD_ASSERTION_ERROR:
            I[sp++] = T.AssertionError;
            break;
          case Op.BEFORE_WITH:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.beforeWith(sp) | 0;
            break;
          case Op.WITH_EXCEPT_START:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp] = ops.withExceptStart(sp);
            sp++;
            break;
          case Op.FORMAT_VALUE:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp = ops.formatValue(sp, oparg) | 0;
            break;
          case Op.LOAD_BUILD_CLASS:
            I[sp++] = ops.loadBuiltin(I[frame + FR_BUILTINS], N.__build_class__);
            break;
          case Op.SETUP_ANNOTATIONS:
            ops.setupAnnotations(frame);
            break;
          case Op.IMPORT_NAME:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            sp--;
            I[sp - 1] = ops.importName(frame, I[names + oparg], I[sp - 1], I[sp]);
            break;
          case Op.IMPORT_FROM:
            I[frame + FR_SP] = sp;
            I[frame + FR_IP] = instr;
            I[sp] = ops.importFrom(I[sp - 1], I[names + oparg]);
            sp++;
            break;
          case Op.GET_LEN:
            I[frame + FR_SP] = sp;
            I[sp] = ops.getLen(I[sp - 1]);
            sp++;
            break;
          default:
            ops.unknownOpcode(op, instr);
        }
      }
    } catch (e) {
      if (e !== PENDING) convertJsError(e, code, instr);
      I[ts + TS_ROOTS_TOP] = rootsAtEntry;
      // Unwind until a frame's exception table has a handler for the instruction.
      for (;;) {
        const handler = unwindTo(frame, code, instr, reraise ? reraiseLasti : instr, reraise);
        reraise = false;
        if (handler >= 0) {
          sp = I[frame + FR_SP];
          ip = handler | 0;
          I[ts + TS_CUR_EXC] = 0;
          // Every live value is in the image again: a safe point. Collecting here lets a
          // program that caught MemoryError and dropped its data allocate at once.
          if ((Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.gcRequested) !== 0) {
            I[frame + FR_IP] = instr;
            collectNow();
          }
          continue frames;
        }
        const flags = I[frame + FR_FLAGS];
        if ((flags & FRAME_FLAG.entry) !== 0) {
          leaveEntryFrame(frame, flags);
          throw PENDING;
        }
        leaveFrame(frame, flags);
        frame = I[frame + FR_PREVIOUS];
        I[ts + TS_FRAME] = frame;
        code = I[frame + FR_CODE];
        instr = I[frame + FR_IP];
      }
    }
  }
}

/** A specialized instruction's guard failed: count the miss (and a deopt if its counter ran out). */
function missAt(cb: number, instr: number): void {
  const op = mem.U16[cb + instr] & 255;
  const deopt = mem.U16[cb + instr + 1] < COUNTER_STEP;
  if (statsTable !== null) countMiss(op, deopt);
  onMiss(cb, instr, op, deopt);
}

/** The EXTENDED_ARG prefixes before an instruction with this oparg (the compiler emits as few as it can). */
function prefixUnits(oparg: number): number {
  return oparg > 0xffffff ? 3 : oparg > 0xffff ? 2 : oparg > 0xff ? 1 : 0;
}

/** Where a suspended frame continues: after the instruction at FR_IP and its caches (0 if new). */
function resumeIp(frame: number): number {
  const I = mem.I;
  const at = I[frame + FR_IP];
  if (at < 0) return 0;
  const code = I[frame + FR_CODE];
  return at + 1 + CACHE_UNITS_BY_NUMBER[mem.U16[codeBase(code) + at] & 255];
}

/** A frame that returns to JS: unlink it, and leave it. */
function leaveEntryFrame(frame: number, flags: number): void {
  mem.I[TS + TS_FRAME] = mem.I[frame + FR_PREVIOUS];
  leaveFrame(frame, flags);
}

/** A frame that returned or raised: a generator's is finished (it stays in its generator); any other is popped. */
function leaveFrame(frame: number, flags: number): void {
  const I = mem.I;
  if ((flags & FRAME_FLAG.ownedByGenerator) !== 0) {
    I[TS + TS_DEPTH]--;
    const gen = I[frame + FR_GEN];
    if (I[gen + GEN_STATE] === GEN_STATE_RUNNING) ops.finishGenerator(gen);
  } else {
    popFrame(frame);
  }
}

