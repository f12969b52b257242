package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Java record returned as a Go struct (or as several Go results), laid out as the wasm32 C ABI does: components
 * in declaration order, each at the next offset aligned to its alignment, the size rounded up to the largest one.
 * It is read from guest memory component by component, and built around its scalar when it holds only one.
 */
public record Struct(ClassName type, List<Component> components, int size, int align) implements MemoryValue {

    /** One record component at its offset within the struct. */
    public record Component(String name, MemoryValue value, int offset) {}

    /** A component before layout. */
    public record Member(String name, MemoryValue value) {}

    public Struct {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a struct needs components: " + type);
        }
    }

    /** Lays out the members in order. */
    public static Struct of(ClassName type, List<Member> members) {
        List<Component> components = new ArrayList<>();
        int offset = 0;
        int align = 1;
        for (Member member : members) {
            offset = alignUp(offset, member.value().align());
            components.add(new Component(member.name(), member.value(), offset));
            offset += member.value().size();
            align = Math.max(align, member.value().align());
        }
        return new Struct(type, components, alignUp(offset, align), align);
    }

    /**
     * The scalar this struct flattens to when it holds exactly one, however deeply nested: such a struct is
     * returned directly as that scalar (the C ABI's single-element struct rule), without a return area.
     */
    @Override
    public Optional<ScalarKind> directScalar() {
        return components.size() == 1 ? components.get(0).value().directScalar() : Optional.empty();
    }

    /** A record returned directly is built around its single scalar, however deeply nested. */
    @Override
    public CodeBlock aroundScalar(CodeBlock scalar) {
        return CodeBlock.of("new $T($L)", type, components.get(0).value().aroundScalar(scalar));
    }

    /** Each component read at its own offset, for the record's canonical constructor. */
    @Override
    public CodeBlock readFrom(String scope, String base, int offset) {
        List<CodeBlock> values = new ArrayList<>();
        for (Component component : components) {
            values.add(component.value().readFrom(scope, base, offset + component.offset()));
        }
        return CodeBlock.of("new $T($L)", type, CodeBlock.join(values, ",$W"));
    }

    @Override
    public boolean holdsRegion() {
        return components.stream().anyMatch(component -> component.value().holdsRegion());
    }

    @Override
    public TypeName typeName() {
        return type;
    }

    @Override
    public String javaName() {
        return type.simpleName();
    }

    /** {@code offset} rounded up to a multiple of {@code align}. */
    public static int alignUp(int offset, int align) {
        return (offset + align - 1) / align * align;
    }
}
