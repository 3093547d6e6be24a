/**
 * The built-in types' methods and constructors. Importing this module registers them;
 * natives are numbered in registration order, which must be the same on every thread, so
 * the order below is fixed.
 */
import './object.js';
import './int.js';
import './float.js';
import './str.js';
import './tuple.js';
import './list.js';
import './dict.js';
import './set.js';
import './range.js';
import './slots.js';
