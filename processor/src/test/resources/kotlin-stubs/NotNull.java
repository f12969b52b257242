package org.jetbrains.annotations;

/** Stands in for JetBrains' annotation, with which kapt's stubs mark a type that is not nullable. */
public @interface NotNull {}
