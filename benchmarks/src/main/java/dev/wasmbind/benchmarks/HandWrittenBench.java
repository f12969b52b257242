package dev.wasmbind.benchmarks;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link Bench} written by hand on Chicory's API, without wasmbind: exports resolved once, arguments copied into
 * memory from the guest's {@code malloc} and freed after the call, results read straight from memory. What it
 * leaves out compared with the binding: the link check, WASI, our bounds checks and typed exceptions. The two
 * subclasses differ only in where a result's return area comes from.
 */
abstract class HandWrittenBench implements Bench {
    /** The largest result in a return area: {@link Bench.Stats}, 8 + 4 (+ 4 padding) + 8 bytes. */
    static final int RETURN_AREA_SIZE = 24;

    private final Memory memory;
    private final ExportFunction empty;
    private final ExportFunction add;
    private final ExportFunction returnString;
    private final ExportFunction echo;
    private final ExportFunction countVowels;
    private final ExportFunction summarize;
    private final ExportFunction digest;
    private final ExportFunction callHost;
    private final ExportFunction malloc;
    private final ExportFunction free;

    HandWrittenBench(Instance instance) {
        this.memory = instance.memory();
        this.empty = instance.export("Empty");
        this.add = instance.export("Add");
        this.returnString = instance.export("ReturnString");
        this.echo = instance.export("Echo");
        this.countVowels = instance.export("CountVowels");
        this.summarize = instance.export("Summarize");
        this.digest = instance.export("Digest");
        this.callHost = instance.export("CallHost");
        this.malloc = instance.export("malloc");
        this.free = instance.export("free");
    }

    /** Starts {@code bench.wasm} with {@code env.next} implemented by {@code env}. */
    static Instance start(ChicoryModule bench, BenchEnv env) {
        HostFunction next = new HostFunction("env", "next", FunctionType.of(List.of(ValType.I32), List.of(ValType.I32)),
                (instance, args) -> new long[] {env.next((int) args[0])});
        return bench.start(ImportValues.builder().addFunction(next).build());
    }

    /** Where the next call writes its result. */
    abstract int acquireReturnArea();

    /** Called after a call that used {@code area} has been read, also when it trapped. */
    abstract void releaseReturnArea(int area);

    @Override
    public void empty() {
        empty.apply();
    }

    @Override
    public int add(int a, int b) {
        return (int) add.apply(a, b)[0];
    }

    @Override
    public String returnString() {
        int area = acquireReturnArea();
        try {
            returnString.apply(area);
            return readString(area);
        } finally {
            releaseReturnArea(area);
        }
    }

    @Override
    public String echo(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int argument = copyIn(bytes);
        int area = acquireReturnArea();
        try {
            echo.apply(area, argument, bytes.length);
            return readString(area);
        } finally {
            releaseReturnArea(area);
            release(argument);
        }
    }

    @Override
    public int countVowels(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int argument = copyIn(bytes);
        try {
            return (int) countVowels.apply(argument, bytes.length)[0];
        } finally {
            release(argument);
        }
    }

    @Override
    public Stats summarize(int n) {
        int area = acquireReturnArea();
        try {
            summarize.apply(area, n);
            return new Stats(memory.readLong(area), memory.readInt(area + 8), memory.readDouble(area + 16));
        } finally {
            releaseReturnArea(area);
        }
    }

    @Override
    public byte[] digest() {
        int area = acquireReturnArea();
        try {
            digest.apply(area);
            return memory.readBytes(memory.readInt(area), memory.readInt(area + 4));
        } finally {
            releaseReturnArea(area);
        }
    }

    @Override
    public int callHost(int x) {
        return (int) callHost.apply(x)[0];
    }

    int allocate(int size) {
        int address = (int) malloc.apply(size)[0];
        if (address == 0) {
            throw new IllegalStateException("the guest's malloc(" + size + ") returned 0");
        }
        return address;
    }

    void release(int address) {
        if (address != 0) {
            free.apply(address);
        }
    }

    /** Copies bytes into memory from the guest's allocator; an empty string is (0, 0), as Go has it. */
    private int copyIn(byte[] bytes) {
        if (bytes.length == 0) {
            return 0;
        }
        int address = allocate(bytes.length);
        memory.write(address, bytes);
        return address;
    }

    private String readString(int area) {
        return new String(memory.readBytes(memory.readInt(area), memory.readInt(area + 4)), StandardCharsets.UTF_8);
    }
}
