package dev.wasmbind.processor.kinds;

/**
 * A method's parameter: its Java name and the value kind it is read or written as, which the position accepts;
 * never a record.
 */
public record ParamDecl<P extends ParameterKind>(String name, P value) {}
