"""analysis.memory: freed memory goes back to the operating system."""

from __future__ import annotations

import pytest

from analysis import memory


def test_release_memory_returns_freed_heap_pages():
    if memory.resident_mb() is None or memory._glibc() is None:
        pytest.skip("needs /proc/self/status and glibc's malloc_trim (Linux with glibc)")
    memory.release_memory()  # start from a trimmed heap, so the blocks cannot reuse pages earlier tests freed
    before = memory.resident_mb()
    blocks = [bytes(2000) + str(i).encode() for i in range(50_000)]  # ~97 MB of 2 KB objects on glibc's heap
    survivors = blocks[::100]  # one kept every ~200 KB: the heap cannot shrink from its top alone
    grown = memory.resident_mb() - before
    del blocks
    freed = memory.resident_mb()
    memory.release_memory()
    released = freed - memory.resident_mb()
    assert grown > 50, f"the blocks grew the process by {grown:.0f} MB only"
    assert released > grown / 2, f"grew {grown:.0f} MB, released {released:.0f} MB"
    assert len(survivors) == 500 and survivors[1][:2000] == bytes(2000)  # the survivors are untouched


def test_resident_mb_reads_this_process():
    mb = memory.resident_mb()
    if mb is None:
        pytest.skip("no /proc/self/status on this system")
    assert 10 < mb < 100_000
