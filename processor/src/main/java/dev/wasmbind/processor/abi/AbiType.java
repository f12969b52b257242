package dev.wasmbind.processor.abi;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.processor.kinds.MemoryValue;
import dev.wasmbind.processor.kinds.PrimitiveKind;
import dev.wasmbind.processor.kinds.RegionKind;
import dev.wasmbind.processor.kinds.ScalarKind;
import dev.wasmbind.processor.kinds.SequenceKind;
import dev.wasmbind.processor.kinds.Struct;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Java type as the ABI passes it, for the drafting command: one of the processor's value kinds, or a record laid
 * out as a C struct. Two are equal when the processor would bind them alike.
 */
public final class AbiType {
    /** Go {@code string} as a Java {@code String}. */
    public static final AbiType STRING = new AbiType(SequenceKind.STRING);

    private final JavaValue value;

    AbiType(JavaValue value) {
        this.value = value;
    }

    /** A record component, in declaration order. */
    public record Component(String name, AbiType type) {}

    /**
     * The record {@code type} of these components, laid out as the wasm32 C ABI does.
     *
     * @throws IllegalArgumentException for no components, or one that guest memory cannot hold
     */
    public static AbiType record(ClassName type, List<Component> components) {
        List<Struct.Member> members = new ArrayList<>();
        for (Component component : components) {
            if (!(component.type().value instanceof MemoryValue stored)) {
                throw new IllegalArgumentException(component.type() + " cannot be a record component");
            }
            members.add(new Struct.Member(component.name(), stored));
        }
        return new AbiType(Struct.of(type, members));
    }

    /**
     * The Java type a wasm value is read as when nothing else is known: {@code int}, {@code long}, {@code float} or
     * {@code double}; empty for vectors and references.
     */
    public static Optional<AbiType> ofWasm(ValType type) {
        return Stream.of(PrimitiveKind.INT, PrimitiveKind.LONG, PrimitiveKind.FLOAT, PrimitiveKind.DOUBLE)
                .filter(scalar -> scalar.wasmType().equals(type))
                .findFirst()
                .map(AbiType::new);
    }

    JavaValue value() {
        return value;
    }

    /** How a Java declaration writes it: {@code int}, {@code @Unsigned long}, {@code String}, {@code Point}. */
    public String javaName() {
        return value.javaName();
    }

    /** Whether it is a Go string or slice, a region of guest memory that someone frees. */
    public boolean isRegion() {
        return value instanceof RegionKind;
    }

    /** Whether it travels as one wasm value, as a host function's result must. */
    public boolean isScalar() {
        return value instanceof ScalarKind;
    }

    /** A record's components, in order; empty for any other type. */
    public List<Component> components() {
        if (!(value instanceof Struct struct)) {
            return List.of();
        }
        return struct.components().stream()
                .map(component -> new Component(component.name(), new AbiType(component.value())))
                .toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AbiType type && type.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return javaName();
    }
}
