package kotlin.jvm;

/** Stands in for the annotation every Kotlin value class carries. */
public @interface JvmInline {}
