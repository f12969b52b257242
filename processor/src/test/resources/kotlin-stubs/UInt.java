package kotlin;

/** Stands in for Kotlin's value class, as the class path shows it. */
@kotlin.jvm.JvmInline
public final class UInt {
    private final int data;

    private UInt(int data) {
        this.data = data;
    }
}
