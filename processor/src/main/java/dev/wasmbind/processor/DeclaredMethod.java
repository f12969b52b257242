package dev.wasmbind.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * One interface method as it flows from validation through the lowering to the writer: its validated declaration,
 * and the method it was declared by, on which later stages (the transport inference, the compile-time link check)
 * report what they find. Writers read only the declaration.
 *
 * @param element the interface method; {@code null} only in models that tests build by hand, without a compiler
 * @param decl its declaration
 */
record DeclaredMethod<D extends MethodDecl>(ExecutableElement element, D decl) {}
