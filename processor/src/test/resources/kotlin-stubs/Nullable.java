package org.jetbrains.annotations;

/** Stands in for JetBrains' annotation, with which kapt's stubs mark a nullable type. */
public @interface Nullable {}
