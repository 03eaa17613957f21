"""A process's own peak memory, for the benchmarks. A module of its own, importing nothing heavy,
so that a probe of the app's memory does not load the extractor (jieba and the rest: 50 MB)."""


def own_peak_mb() -> float:
    """This process's peak resident memory (VmHWM). Not `ru_maxrss`: at exec the kernel carries
    the parent's peak over into the child, which would report the benchmark's memory instead."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024
