package dev.wasmbind.benchmarks;

import com.dylibso.chicory.runtime.Instance;

/** The best hand-written protocol: one return area, allocated when the guest starts and reused by every call. */
final class BestChicoryBench extends HandWrittenBench {
    private final int returnArea;

    BestChicoryBench(Instance bench) {
        super(bench);
        this.returnArea = allocate(RETURN_AREA_SIZE);
    }

    @Override
    int acquireReturnArea() {
        return returnArea;
    }

    @Override
    void releaseReturnArea(int area) {
        // kept for the next call
    }
}
