package dev.wasmbind.processor.abi;

import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.HostParameterKind;
import dev.wasmbind.processor.kinds.HostResult;
import dev.wasmbind.processor.kinds.HostResultKind;
import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.processor.kinds.ParameterKind;
import dev.wasmbind.processor.kinds.ResultConvention;
import dev.wasmbind.processor.kinds.ResultConventions;
import dev.wasmbind.processor.kinds.ResultRequest;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a method to the wasm function type the TinyGo ABI gives it: each parameter's slots in order, after the
 * hidden parameters of its result convention, and the convention's results; and what the call needs from the
 * guest's allocator.
 */
public final class MethodLowering {

    /**
     * An export's lowering.
     *
     * @param signature the wasm function type
     * @param allocator what the call needs from the guest's allocator
     */
    public record Lowered(WasmSignature signature, Allocator allocator) {}

    /**
     * One way the processor may lower a drafted method: it takes a result convention other than the declared one
     * from the module's type of the export.
     *
     * @param signature the wasm function type
     * @param description how messages name the result's convention
     */
    public record Fit(WasmSignature signature, String description) {}

    /** A drafted parameter. */
    public record Param(String name, AbiType type) {}

    private MethodLowering() {}

    /**
     * A guest export: the result convention's hidden parameters, then the parameters' slots; it allocates when an
     * argument is copied in or its convention allocates.
     */
    public static Lowered export(List<ParamDecl<ExportParameterKind>> params, ResultConvention result) {
        List<WasmSignature.Param> slots = new ArrayList<>(result.hiddenParams());
        slots.addAll(slots(params));
        Allocator allocator = result.allocator();
        if (params.stream().anyMatch(param -> param.value().copiesIn())) {
            allocator = allocator.and(Allocator.ALLOCATE);
        }
        return new Lowered(new WasmSignature(slots, result.results()), allocator);
    }

    /** An import a host function serves: its parameters by the same rules as an export's, its result directly. */
    public static WasmSignature host(List<ParamDecl<HostParameterKind>> params, HostResult result) {
        return new WasmSignature(slots(params), result.results());
    }

    /** The wasm parameters of a method's Java parameters: each kind's slots, in order. */
    private static List<WasmSignature.Param> slots(List<? extends ParamDecl<? extends ParameterKind>> params) {
        List<WasmSignature.Param> slots = new ArrayList<>();
        params.forEach(param -> slots.addAll(param.value().slots(param.name())));
        return slots;
    }

    /**
     * Every way the processor may lower a drafted export, the one its declaration states first, then the others a
     * module may use where the declaration leaves the result's transport open; empty when a parameter or the result
     * cannot stand there.
     *
     * @param packed whether the draft declares {@code @PackedResult}
     */
    public static List<Fit> exportLowerings(List<Param> params, Optional<AbiType> result, boolean packed) {
        List<ParamDecl<ExportParameterKind>> decls = new ArrayList<>();
        for (Param param : params) {
            if (!(param.type().value() instanceof ExportParameterKind kind)) {
                return List.of();
            }
            decls.add(new ParamDecl<>(param.name(), kind));
        }
        Optional<JavaValue> value = result.map(AbiType::value);
        ResultConvention declared = ResultConventions.declared(value, new ResultRequest(packed, false, false));
        List<ResultConvention> conventions = new ArrayList<>(List.of(declared));
        ResultConventions.possible(declared).stream().filter(other -> !other.equals(declared))
                .forEach(conventions::add);
        return conventions.stream()
                .map(convention -> new Fit(export(decls, convention).signature(), convention.description()))
                .toList();
    }

    /**
     * The one way the processor lowers a drafted host function, whose result comes back directly; empty when a
     * parameter or the result cannot stand there (a host function returns a scalar or nothing).
     */
    public static List<Fit> importLowerings(List<Param> params, Optional<AbiType> result) {
        List<ParamDecl<HostParameterKind>> decls = new ArrayList<>();
        for (Param param : params) {
            if (!(param.type().value() instanceof HostParameterKind kind)) {
                return List.of();
            }
            decls.add(new ParamDecl<>(param.name(), kind));
        }
        Optional<HostResultKind> kind = result.map(AbiType::value)
                .filter(HostResultKind.class::isInstance)
                .map(HostResultKind.class::cast);
        if (kind.isEmpty() && result.isPresent()) {
            return List.of();
        }
        return List.of(new Fit(host(decls, new HostResult(kind)), "the result directly"));
    }
}
