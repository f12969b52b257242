package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks classes that wasmbind generated. Retained in class files, unlike {@code javax.annotation.processing.Generated},
 * so that coverage tools such as JaCoCo leave generated bindings out of their reports.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WasmBindGenerated {}
