package kotlin;

/** Stands in for Kotlin's annotation, as kapt's stubs carry it. */
public @interface Metadata {
    int k() default 1;

    int[] mv() default {};

    String[] d1() default {};

    String[] d2() default {};

    int xi() default 0;
}
