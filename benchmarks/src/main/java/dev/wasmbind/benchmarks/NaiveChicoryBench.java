package dev.wasmbind.benchmarks;

import com.dylibso.chicory.runtime.Instance;

/** The naive protocol: every call that returns through memory mallocs its return area and frees it afterwards. */
final class NaiveChicoryBench extends HandWrittenBench {
    NaiveChicoryBench(Instance bench) {
        super(bench);
    }

    @Override
    int acquireReturnArea() {
        return allocate(RETURN_AREA_SIZE);
    }

    @Override
    void releaseReturnArea(int area) {
        release(area);
    }
}
