"""Giving freed memory back to the operating system between the stages of a big run.

A run over 100,000 articles builds tables of millions of rows from pieces
(worker results, cache segments) and frees the pieces once joined. The
allocators keep much of that freed memory for reuse: glibc's heap keeps the
pages of small objects, Arrow's pool keeps its blocks. The process then looks,
and to the operating system is, hundreds of megabytes larger than its data,
and worker processes forked from it start from that size.
:func:`release_memory` hands those pages back; :mod:`analysis.pipeline` calls it
after each batch of a table whose work was computed (not after a read back).

It changes no data, only how much of the process's address space is backed by
memory. On systems without glibc (macOS, Windows, musl) the heap step is
skipped.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc

import pyarrow as pa

__all__ = ["release_memory", "resident_mb"]


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (has ``malloc_trim``), else None."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_memory() -> None:
    """Collect garbage and return freed memory to the operating system.

    Runs Python's cycle collector, releases the unused blocks of Arrow's
    default memory pool and, on glibc, trims the heap (``malloc_trim(0)``,
    which also returns free pages inside the heap). Costs well under a second
    on a heap of millions of objects.
    """
    gc.collect()
    pa.default_memory_pool().release_unused()
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def resident_mb() -> float | None:
    """This process's resident memory in MB (``VmRSS`` of ``/proc/self/status``), None where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
