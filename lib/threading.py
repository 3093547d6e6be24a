"""Threads, locks, conditions and events for gilvm, written on _thread (src/vm/modules/thread.ts).

The API is CPython 3.11's threading module; the implementation is gilvm's own, smaller one.
Every blocking wait ends in a _thread lock's acquire, which releases the GIL while it waits.
"""
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'TIMEOUT_MAX', 'local', 'excepthook', 'ExceptHookArgs',
           'get_native_id']

_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
Lock = _thread.allocate_lock
TIMEOUT_MAX = 9223372036.0

_active_lock = _allocate_lock()
_active = {}   # ident -> Thread, for started threads that have not finished
_counter = 0


def _newname(name):
    global _counter
    _counter += 1
    return name % _counter


class RLock:
    """A lock its owner may acquire again; it is free once released as many times."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _release_save(self):
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        # Each wake-up that leaves the predicate false waits only for what is left of the timeout.
        deadline = None if timeout is None else _time() + timeout
        result = predicate()
        while not result:
            remaining = None
            if deadline is not None:
                remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking or not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._add(n)

    def _add(self, n):
        # The caller holds self._cond.
        self._value += n
        for i in range(n):
            self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._add(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier's states: it fills up with waiters, then drains (every waiter of that round
# leaves) before it fills again; reset() drains it with BrokenBarrierError for those
# waiting; once broken it stays broken until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._run_action()
                else:
                    self._wait_for_round(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _run_action(self):
        # The last party to arrive runs the action; if it raises, the barrier breaks.
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _wait_for_round(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name is None:
            name = _newname("Thread-%d")
            if target is not None and hasattr(target, '__name__'):
                name += " (" + target.__name__ + ")"
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = Event()
        self._done = _allocate_lock()
        self._is_stopped = False
        self._initialized = True
        self._local_dicts = []   # the per-thread dicts of threading.local objects this thread used
        self._script = _thread._script()   # of a shared run of several scripts (gilvm run --shared)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done.acquire()
        _thread.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def _bootstrap(self):
        self._ident = get_ident()
        _thread._set_name(self._name)
        with _active_lock:
            _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            self._invoke_excepthook(exc)
        finally:
            with _active_lock:
                del _active[self._ident]
            for dicts in self._local_dicts:
                dicts.pop(self._ident, None)
            self._is_stopped = True
            self._done.release()

    def _invoke_excepthook(self, exc):
        # threading.excepthook is looked up when needed: a program may have replaced it.
        try:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        except BaseException as hook_exc:
            _thread._print_exception("Exception in threading.excepthook:", hook_exc)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = get_ident()
        self._started = Event()
        self._started._flag = True
        self._done = _allocate_lock()
        self._is_stopped = False
        self._initialized = True
        self._local_dicts = []
        self._script = _thread._script()


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started._flag = True
        self._ident = get_ident()


_main_thread = _MainThread()
_thread._set_name("MainThread")
_active[_main_thread._ident] = _main_thread


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        if _thread._is_script_main():
            # Another script's main thread in a shared run (gilvm run --shared): it is that
            # script's MainThread.
            t = _MainThread()
            _thread._set_name("MainThread")
            with _active_lock:
                _active[t._ident] = t
            return t
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active)


activeCount = active_count


def enumerate():
    with _active_lock:
        return list(_active.values())


def get_native_id():
    # gilvm's threads are not OS threads: a thread's native id is its ident.
    return get_ident()


class ExceptHookArgs:
    """What threading.excepthook receives (a structseq in CPython)."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Reports an exception that ended a thread's run(); SystemExit ends a thread silently."""
    if issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _thread._print_exception("Exception in thread %s:" % name, args.exc_value)


__excepthook__ = excepthook


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _add_thread_dict(dicts, ident):
    # The thread drops its dict when it ends (Thread._bootstrap), so finished threads' values go.
    d = dicts[ident] = {}
    thread = _active.get(ident)
    if thread is not None:
        thread._local_dicts.append(dicts)
    return d


def _local_dict(local_obj):
    """The calling thread's attribute dict of a threading.local, created (and the object's
    __init__ run again with its original arguments) on the thread's first access."""
    dicts = object.__getattribute__(local_obj, '_local__dicts')
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = _add_thread_dict(dicts, me)
        cls = type(local_obj)
        if cls.__init__ is not object.__init__:
            args, kwargs = object.__getattribute__(local_obj, '_local__args')
            cls.__init__(local_obj, *args, **kwargs)
    return d


class local:
    """An object whose attributes each thread sees separately."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kwargs))
        dicts = {}
        object.__setattr__(self, '_local__dicts', dicts)
        # The creating thread's dict exists before __init__ runs, so __init__ runs once here.
        _add_thread_dict(dicts, get_ident())
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _shutdown():
    """Waits for the non-daemon threads of the calling script; its main thread calls it
    before the script ends (in a shared run of several scripts, each script's own)."""
    me = current_thread()
    me._is_stopped = True
    while True:
        with _active_lock:
            pending = [t for t in _active.values() if not t.daemon and t is not me and t._script == me._script]
        if not pending:
            if me is not _main_thread:
                with _active_lock:
                    _active.pop(me._ident, None)
            return
        for t in pending:
            t.join()
