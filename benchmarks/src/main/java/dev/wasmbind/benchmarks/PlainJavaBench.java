package dev.wasmbind.benchmarks;

import java.nio.charset.StandardCharsets;

/** The same work as {@code bench.wasm}, written in Java: what the wasm variants are compared with. */
final class PlainJavaBench implements Bench {
    private static final byte[] DIGEST = {
        (byte) 0x9f, (byte) 0x86, (byte) 0xd0, (byte) 0x81, (byte) 0x88, 0x4c, 0x7d, 0x65,
        (byte) 0x9a, 0x2f, (byte) 0xea, (byte) 0xa0, (byte) 0xc5, 0x5a, (byte) 0xd0, 0x15,
        (byte) 0xa3, (byte) 0xbf, 0x4f, 0x1b, 0x2b, 0x0b, (byte) 0x82, 0x2c,
        (byte) 0xd1, 0x5d, 0x6c, 0x15, (byte) 0xb0, (byte) 0xf0, 0x0a, 0x08,
    };

    private final BenchEnv env;

    PlainJavaBench(BenchEnv env) {
        this.env = env;
    }

    @Override
    public void empty() {}

    @Override
    public int add(int a, int b) {
        return a + b;
    }

    @Override
    public String returnString() {
        return "hello from TinyGo/WASM";
    }

    /** Copies the text's UTF-8 bytes into a new string, as the guest copies them into its buffer. */
    @Override
    public String echo(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Override
    public int countVowels(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U' -> count++;
                default -> {}
            }
        }
        return count;
    }

    @Override
    public Stats summarize(int n) {
        long total = (long) n * (n + 1) / 2;
        return new Stats(total, n, n > 0 ? (double) total / n : 0.0);
    }

    /** A fresh copy, as every wasm variant returns one. */
    @Override
    public byte[] digest() {
        return DIGEST.clone();
    }

    @Override
    public int callHost(int x) {
        return env.next(x) + 1;
    }
}
