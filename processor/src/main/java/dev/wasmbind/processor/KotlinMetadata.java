package dev.wasmbind.processor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * The functions of a Kotlin class or interface, read from its {@code @kotlin.Metadata}, which kapt copies into the
 * Java stub: the stub leaves out functions whose JVM name Kotlin mangles, and the metadata still has them.
 *
 * <p>Reads only what the processor's messages need (each function's name, JVM name, modality, parameters and their
 * types), straight from the protobuf the annotation carries: kotlin-metadata-jvm would read all of it, but would put
 * kotlin-stdlib on the processor path of every build, Java ones included. The fields read are the stable ones of
 * Kotlin's {@code metadata.proto} and {@code jvm_metadata.proto}; metadata this reader cannot read (the 7-bit
 * encoding of Kotlin before 1.4, or types kept in a type table) is no Kotlin metadata to it.
 */
final class KotlinMetadata {
    static final String ANNOTATION = "kotlin.Metadata";
    /** {@code k = 1}: the metadata of a class (or interface), not of a file facade or lambda. */
    private static final int CLASS_KIND = 1;
    /** The first character of {@code d1} when its bytes are stored one per character, as Kotlin 1.4+ writes them. */
    private static final char UTF8_MODE_MARKER = '\u0000';
    /** {@code Modality.ABSTRACT} in a function's flags. */
    private static final int ABSTRACT = 2;
    /** The strings {@code JvmNameResolver} knows by index, in its order. */
    private static final List<String> PREDEFINED = List.of(
            "kotlin/Any", "kotlin/Nothing", "kotlin/Unit", "kotlin/Throwable", "kotlin/Number", "kotlin/Byte",
            "kotlin/Double", "kotlin/Float", "kotlin/Int", "kotlin/Long", "kotlin/Short", "kotlin/Boolean",
            "kotlin/Char", "kotlin/CharSequence", "kotlin/String", "kotlin/Comparable", "kotlin/Enum", "kotlin/Array",
            "kotlin/ByteArray", "kotlin/DoubleArray", "kotlin/FloatArray", "kotlin/IntArray", "kotlin/LongArray",
            "kotlin/ShortArray", "kotlin/BooleanArray", "kotlin/CharArray", "kotlin/Cloneable", "kotlin/Annotation",
            "kotlin/collections/Iterable", "kotlin/collections/MutableIterable", "kotlin/collections/Collection",
            "kotlin/collections/MutableCollection", "kotlin/collections/List", "kotlin/collections/MutableList",
            "kotlin/collections/Set", "kotlin/collections/MutableSet", "kotlin/collections/Map",
            "kotlin/collections/MutableMap", "kotlin/collections/Map.Entry",
            "kotlin/collections/MutableMap.MutableEntry", "kotlin/collections/Iterator",
            "kotlin/collections/MutableIterator");

    private KotlinMetadata() {}

    /**
     * A type as Kotlin writes it.
     *
     * @param className the class, as metadata names it ({@code kotlin/UInt}, {@code demo/Outer.Inner}); for a type
     *     parameter its name
     */
    record Type(String className, boolean nullable) {
        /** The class's qualified name in Java's spelling: {@code kotlin.UInt}. */
        String qualifiedName() {
            return className.replace('/', '.');
        }

        @Override
        public String toString() {
            return className.substring(className.lastIndexOf('/') + 1) + (nullable ? "?" : "");
        }
    }

    record Parameter(String name, Type type) {}

    /**
     * A function of the class.
     *
     * @param jvmName the name of its JVM method: the Kotlin name, or the mangled one ({@code add-YcLip9I})
     */
    record Function(String name, String jvmName, boolean isAbstract, List<Parameter> parameters, Type returnType) {
        Function {
            parameters = List.copyOf(parameters);
        }

        /** The types in its signature: each parameter's, then the result's. */
        List<Type> types() {
            List<Type> types = new ArrayList<>();
            parameters.forEach(parameter -> types.add(parameter.type()));
            types.add(returnType);
            return types;
        }

        /** As Kotlin declares it: {@code fun add(a: UInt, b: UInt): UInt}. */
        @Override
        public String toString() {
            return parameters.stream()
                    .map(parameter -> parameter.name() + ": " + parameter.type())
                    .collect(Collectors.joining(", ", "fun " + name + "(", ")"))
                    + (returnType.className().equals("kotlin/Unit") ? "" : ": " + returnType);
        }
    }

    /** The functions the class declares; empty when it has no class metadata that this reader can read. */
    static Optional<List<Function>> functions(TypeElement type) {
        Optional<AnnotationMirror> metadata = Annotations.findNamed(type, ANNOTATION);
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        int kind = Annotations.explicitValue(metadata.get(), "k")
                .map(value -> (Integer) value.getValue())
                .orElse(CLASS_KIND);
        List<String> d1 = strings(metadata.get(), "d1");
        if (kind != CLASS_KIND || d1.isEmpty() || d1.get(0).isEmpty() || d1.get(0).charAt(0) != UTF8_MODE_MARKER) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(bytes(d1), strings(metadata.get(), "d2")));
        } catch (MalformedException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(AnnotationMirror metadata, String name) {
        return Annotations.explicitValue(metadata, name)
                .map(value -> ((List<?>) value.getValue()).stream()
                        .map(entry -> (String) ((AnnotationValue) entry).getValue())
                        .toList())
                .orElse(List.of());
    }

    /** The bytes of {@code d1} in UTF-8 mode: one per character, after the marker. */
    private static byte[] bytes(List<String> d1) {
        String joined = String.join("", d1).substring(1);
        byte[] bytes = new byte[joined.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) joined.charAt(i);
        }
        return bytes;
    }

    /** A {@code StringTableTypes} message, length-delimited, then the {@code Class} message. */
    static List<Function> read(byte[] bytes, List<String> strings) {
        Protobuf input = new Protobuf(bytes, 0, bytes.length);
        Protobuf stringTable = input.delimited();
        NameResolver names = new NameResolver(records(stringTable), strings);
        List<Function> functions = new ArrayList<>();
        while (input.hasMore()) {
            int tag = input.tag();
            if (tag == Protobuf.field(9, Protobuf.LENGTH_DELIMITED)) {
                functions.add(function(input.delimited(), names));
            } else {
                input.skip(tag);
            }
        }
        return functions;
    }

    private static Function function(Protobuf input, NameResolver names) {
        int flags = 6;
        String name = null;
        String jvmName = null;
        Type returnType = null;
        List<Parameter> parameters = new ArrayList<>();
        while (input.hasMore()) {
            int tag = input.tag();
            switch (tag) {
                case 2 << 3 -> name = names.get(input.varint());
                case (3 << 3) | Protobuf.LENGTH_DELIMITED -> returnType = type(input.delimited(), names);
                case (6 << 3) | Protobuf.LENGTH_DELIMITED -> parameters.add(parameter(input.delimited(), names));
                case 9 << 3 -> flags = input.varint();
                // JvmProtoBuf.methodSignature, a JvmMethodSignature whose field 1 is the JVM name
                case (100 << 3) | Protobuf.LENGTH_DELIMITED -> jvmName = jvmName(input.delimited(), names);
                default -> input.skip(tag);
            }
        }
        if (name == null || returnType == null) {
            throw new MalformedException();
        }
        return new Function(name, jvmName == null ? name : jvmName, (flags >> 4 & 3) == ABSTRACT, parameters,
                returnType);
    }

    private static String jvmName(Protobuf input, NameResolver names) {
        String name = null;
        while (input.hasMore()) {
            int tag = input.tag();
            if (tag == 1 << 3) {
                name = names.get(input.varint());
            } else {
                input.skip(tag);
            }
        }
        return name;
    }

    private static Parameter parameter(Protobuf input, NameResolver names) {
        String name = null;
        Type type = null;
        while (input.hasMore()) {
            int tag = input.tag();
            switch (tag) {
                case 2 << 3 -> name = names.get(input.varint());
                case (3 << 3) | Protobuf.LENGTH_DELIMITED -> type = type(input.delimited(), names);
                default -> input.skip(tag);
            }
        }
        if (name == null || type == null) {
            throw new MalformedException();
        }
        return new Parameter(name, type);
    }

    private static Type type(Protobuf input, NameResolver names) {
        String className = null;
        boolean nullable = false;
        while (input.hasMore()) {
            int tag = input.tag();
            switch (tag) {
                case 3 << 3 -> nullable = input.varint() != 0;
                case 6 << 3 -> className = names.get(input.varint());
                // a type parameter, by name
                case 9 << 3 -> className = names.get(input.varint());
                default -> input.skip(tag);
            }
        }
        if (className == null) {
            throw new MalformedException();
        }
        return new Type(className, nullable);
    }

    /** One {@code StringTableTypes.Record}: how {@code range} consecutive strings are read. */
    record StringRecord(int range, int predefined, String string, int operation, List<Integer> substring,
            List<Integer> replaceChar) {}

    static List<StringRecord> records(Protobuf input) {
        List<StringRecord> records = new ArrayList<>();
        while (input.hasMore()) {
            int tag = input.tag();
            if (tag == Protobuf.field(1, Protobuf.LENGTH_DELIMITED)) {
                records.add(record(input.delimited()));
            } else {
                input.skip(tag);
            }
        }
        return records;
    }

    private static StringRecord record(Protobuf input) {
        int range = 1;
        int predefined = -1;
        String string = null;
        int operation = 0;
        List<Integer> substring = new ArrayList<>();
        List<Integer> replaceChar = new ArrayList<>();
        while (input.hasMore()) {
            int tag = input.tag();
            switch (tag) {
                case 1 << 3 -> range = input.varint();
                case 2 << 3 -> predefined = input.varint();
                case 3 << 3 -> operation = input.varint();
                case 4 << 3 -> substring.add(input.varint());
                case (4 << 3) | Protobuf.LENGTH_DELIMITED -> input.delimited().packedVarints(substring);
                case 5 << 3 -> replaceChar.add(input.varint());
                case (5 << 3) | Protobuf.LENGTH_DELIMITED -> input.delimited().packedVarints(replaceChar);
                case (6 << 3) | Protobuf.LENGTH_DELIMITED -> string = input.delimited().utf8();
                default -> input.skip(tag);
            }
        }
        return new StringRecord(range, predefined, string, operation, substring, replaceChar);
    }

    /** {@code JvmNameResolver}: the string at an index, from {@code d2} as its record says. */
    static final class NameResolver {
        private static final int INTERNAL_TO_CLASS_ID = 1;
        private static final int DESC_TO_CLASS_ID = 2;

        private final List<StringRecord> records = new ArrayList<>();
        private final List<String> strings;

        NameResolver(List<StringRecord> records, List<String> strings) {
            for (StringRecord record : records) {
                for (int i = 0; i < record.range() && this.records.size() < strings.size(); i++) {
                    this.records.add(record);
                }
            }
            this.strings = strings;
        }

        String get(int index) {
            if (index < 0 || index >= strings.size()) {
                throw new MalformedException();
            }
            if (index >= records.size()) {
                return strings.get(index);
            }
            StringRecord record = records.get(index);
            String string = record.string() != null
                    ? record.string()
                    : record.predefined() >= 0 && record.predefined() < PREDEFINED.size()
                            ? PREDEFINED.get(record.predefined())
                            : strings.get(index);
            if (record.substring().size() >= 2) {
                int begin = record.substring().get(0);
                int end = record.substring().get(1);
                if (0 <= begin && begin <= end && end <= string.length()) {
                    string = string.substring(begin, end);
                }
            }
            if (record.replaceChar().size() >= 2) {
                string = string.replace((char) (int) record.replaceChar().get(0),
                        (char) (int) record.replaceChar().get(1));
            }
            if (record.operation() == DESC_TO_CLASS_ID && string.length() >= 2) {
                string = string.substring(1, string.length() - 1);
            }
            if (record.operation() == INTERNAL_TO_CLASS_ID || record.operation() == DESC_TO_CLASS_ID) {
                string = string.replace('$', '.');
            }
            return string;
        }
    }

    /** Reads the protobuf wire format, as far as metadata needs: varints and length-delimited fields. */
    static final class Protobuf {
        static final int VARINT = 0;
        static final int FIXED64 = 1;
        static final int LENGTH_DELIMITED = 2;
        static final int FIXED32 = 5;

        private final byte[] bytes;
        private int position;
        private final int limit;

        Protobuf(byte[] bytes, int position, int limit) {
            this.bytes = bytes;
            this.position = position;
            this.limit = limit;
        }

        static int field(int number, int wireType) {
            return number << 3 | wireType;
        }

        boolean hasMore() {
            return position < limit;
        }

        int tag() {
            return varint();
        }

        /** A varint, as an int: what metadata stores in them (indices, flags) fits. */
        int varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (position >= limit) {
                    throw new MalformedException();
                }
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return (int) value;
                }
            }
            throw new MalformedException();
        }

        /** The length-delimited field at the position, which it passes. */
        Protobuf delimited() {
            int length = varint();
            if (length < 0 || length > limit - position) {
                throw new MalformedException();
            }
            Protobuf field = new Protobuf(bytes, position, position + length);
            position += length;
            return field;
        }

        void packedVarints(List<Integer> into) {
            while (hasMore()) {
                into.add(varint());
            }
        }

        String utf8() {
            return new String(bytes, position, limit - position, StandardCharsets.UTF_8);
        }

        void skip(int tag) {
            switch (tag & 7) {
                case VARINT -> varint();
                case FIXED64 -> advance(8);
                case LENGTH_DELIMITED -> delimited();
                case FIXED32 -> advance(4);
                default -> throw new MalformedException();
            }
        }

        private void advance(int count) {
            if (count > limit - position) {
                throw new MalformedException();
            }
            position += count;
        }
    }

    /** Metadata this reader cannot make sense of: the class is then treated as having none. */
    static final class MalformedException extends RuntimeException {
        MalformedException() {
            super(null, null, false, false);
        }
    }
}
