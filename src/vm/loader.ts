/**
 * Writes the compiler's CodeDesc into the image as a code object (and its constants,
 * nested code objects included). From then on the image copy is the only truth.
 */
import { I, U16 } from '../image/memory.js';
import { allocData, allocObject } from '../image/heap.js';
import {
  CODE_ARGCOUNT, CODE_CONSTS, CODE_EXCTABLE, CODE_FILENAME, CODE_FIRSTLINENO, CODE_FLAGS, CODE_KWONLY,
  CODE_LOCALSPLUS_KINDS, CODE_LOCALSPLUS_NAMES, CODE_NAME, CODE_NAMES, CODE_NCELLS, CODE_NFREE,
  CODE_NLOCALSPLUS, CODE_NUNITS, CODE_POSITIONS, CODE_POSONLY, CODE_QUALNAME, CODE_STACKSIZE, CODE_UNITS,
  CODE_WORDS, Kind,
} from '../objects/layout.js';
import { ELLIPSIS, LOCALS_KIND, type CodeDesc, type Const } from '../bytecode/code.js';
import { FALSE, NONE, S, T, TRUE } from '../objects/statics.js';
import { intern, newStr } from '../objects/str.js';
import { newIntBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newTuple } from '../objects/tuple.js';
import { quicken } from './codewrite.js';

/** A new code object in the image for `desc`. */
export function loadCode(desc: CodeDesc): number {
  const consts = newTuple(desc.consts.map(loadConst));
  const names = newTuple(desc.names.map(intern));
  const localsplusNames = newTuple(desc.localsplusNames.map(intern));
  const units = desc.code.length;
  const c = allocObject(Kind.Code, T.code, CODE_WORDS);
  I[c + CODE_ARGCOUNT] = desc.argcount;
  I[c + CODE_POSONLY] = desc.posonlyargcount;
  I[c + CODE_KWONLY] = desc.kwonlyargcount;
  I[c + CODE_FLAGS] = desc.flags;
  I[c + CODE_NLOCALSPLUS] = desc.localsplusNames.length;
  I[c + CODE_STACKSIZE] = desc.stacksize;
  I[c + CODE_FIRSTLINENO] = desc.firstlineno;
  I[c + CODE_NUNITS] = units;
  I[c + CODE_NCELLS] = desc.localsplusKinds.filter((k) => (k & LOCALS_KIND.cell) !== 0 && (k & LOCALS_KIND.local) === 0).length;
  I[c + CODE_NFREE] = desc.localsplusKinds.filter((k) => (k & LOCALS_KIND.free) !== 0).length;
  I[c + CODE_CONSTS] = consts;
  I[c + CODE_NAMES] = names;
  I[c + CODE_LOCALSPLUS_NAMES] = localsplusNames;
  I[c + CODE_NAME] = intern(desc.name);
  I[c + CODE_QUALNAME] = intern(desc.qualname);
  I[c + CODE_FILENAME] = intern(desc.filename);

  const unitBlock = allocData((units + 1) >> 1);
  U16.set(desc.code, (unitBlock + 2) * 2);
  I[c + CODE_UNITS] = unitBlock;

  const kinds = allocData((desc.localsplusKinds.length + 3) >> 2);
  new Uint8Array(I.buffer, (kinds + 2) * 4, desc.localsplusKinds.length).set(desc.localsplusKinds);
  I[c + CODE_LOCALSPLUS_KINDS] = kinds;

  const positions = allocData(4 * units);
  desc.positions.forEach((p, i) => {
    const at = positions + 2 + 4 * i;
    I[at] = p.lineno;
    I[at + 1] = p.endLineno;
    I[at + 2] = p.col;
    I[at + 3] = p.endCol;
  });
  I[c + CODE_POSITIONS] = positions;

  const table = allocData(5 * desc.exceptionTable.length);
  I[table + 1] = desc.exceptionTable.length;
  desc.exceptionTable.forEach((e, i) => {
    const at = table + 2 + 5 * i;
    I[at] = e.start;
    I[at + 1] = e.end;
    I[at + 2] = e.target;
    I[at + 3] = e.depth;
    I[at + 4] = e.lasti ? 1 : 0;
  });
  I[c + CODE_EXCTABLE] = table;
  quicken(c);
  return c;
}

function loadConst(k: Const): number {
  if (k === null) return NONE;
  if (k === true) return TRUE;
  if (k === false) return FALSE;
  if (k === ELLIPSIS) return S.Ellipsis;
  switch (typeof k) {
    case 'bigint': return newIntBig(k);
    case 'number': return newFloat(k);
    case 'string': return k.length <= 40 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? intern(k) : newStr(k);
    default: return 'tuple' in k ? newTuple(k.tuple.map(loadConst)) : loadCode(k);
  }
}
