package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of the metadata reader that the stubs in the other tests do not all reach: how a string of the table is
 * read, and the wire format. The reading of whole stubs is in {@link KotlinDeclarationsTest}.
 */
class KotlinMetadataTest {
    private static final int NONE = 0;
    private static final int INTERNAL_TO_CLASS_ID = 1;
    private static final int DESC_TO_CLASS_ID = 2;

    @Test
    void readsAStringAsItsRecordSays() {
        List<String> strings = List.of("plain", "", "Lp/Outer$Inner;", "p/Outer$Inner", "xgetNamex", "a.b.c", "own",
                "");
        KotlinMetadata.NameResolver names = new KotlinMetadata.NameResolver(List.of(
                record(1, -1, null, NONE, List.of(), List.of()),
                record(1, 8, null, NONE, List.of(), List.of()),
                record(1, -1, null, DESC_TO_CLASS_ID, List.of(), List.of()),
                record(1, -1, null, INTERNAL_TO_CLASS_ID, List.of(), List.of()),
                record(1, -1, null, NONE, List.of(1, 8), List.of()),
                record(1, -1, null, NONE, List.of(), List.of((int) '.', (int) '/')),
                record(1, -1, "from the record", NONE, List.of(), List.of()),
                // an index past the known predefined strings reads the table's own
                record(1, 1000, null, NONE, List.of(), List.of())), strings);

        assertThat(names.get(0)).isEqualTo("plain");
        assertThat(names.get(1)).isEqualTo("kotlin/Int");
        assertThat(names.get(2)).isEqualTo("p/Outer.Inner");
        assertThat(names.get(3)).isEqualTo("p/Outer.Inner");
        assertThat(names.get(4)).isEqualTo("getName");
        assertThat(names.get(5)).isEqualTo("a/b/c");
        assertThat(names.get(6)).isEqualTo("from the record");
        assertThat(names.get(7)).isEmpty();
        assertThatThrownBy(() -> names.get(8)).isInstanceOf(KotlinMetadata.MalformedException.class);
        assertThatThrownBy(() -> names.get(-1)).isInstanceOf(KotlinMetadata.MalformedException.class);
    }

    @Test
    void aRecordCoversItsRangeAndStringsPastTheRecordsAreReadAsTheyAre() {
        KotlinMetadata.NameResolver names = new KotlinMetadata.NameResolver(
                List.of(record(2, -1, null, INTERNAL_TO_CLASS_ID, List.of(), List.of())),
                List.of("a$b", "c$d", "e$f"));

        assertThat(names.get(0)).isEqualTo("a.b");
        assertThat(names.get(1)).isEqualTo("c.d");
        assertThat(names.get(2)).isEqualTo("e$f");
    }

    @Test
    void takesASubstringWithinTheStringOnly() {
        List<String> strings = List.of("abc", "abc", "abc", "abc", "abc", "abc");
        KotlinMetadata.NameResolver names = new KotlinMetadata.NameResolver(List.of(
                record(1, -1, null, NONE, List.of(2, 1), List.of()),
                record(1, -1, null, NONE, List.of(0, 4), List.of()),
                record(1, -1, null, NONE, List.of(-1, 2), List.of()),
                record(1, -1, null, NONE, List.of(0, 2), List.of()),
                record(1, -1, null, NONE, List.of(1, 1), List.of()),
                record(1, -1, null, NONE, List.of(1, 3), List.of())), strings);

        assertThat(names.get(0)).isEqualTo("abc");
        assertThat(names.get(1)).isEqualTo("abc");
        assertThat(names.get(2)).isEqualTo("abc");
        assertThat(names.get(3)).isEqualTo("ab");
        assertThat(names.get(4)).isEmpty();
        assertThat(names.get(5)).isEqualTo("bc");
    }

    @Test
    void readsThePredefinedStringsAtTheirEnds() {
        KotlinMetadata.NameResolver names = new KotlinMetadata.NameResolver(List.of(
                record(1, 0, null, NONE, List.of(), List.of()),
                record(1, 41, null, NONE, List.of(), List.of()),
                // one past the last: the table's own string
                record(1, 42, null, NONE, List.of(), List.of()),
                // a descriptor of two characters has nothing between them
                record(1, -1, null, DESC_TO_CLASS_ID, List.of(), List.of()),
                record(1, -1, null, DESC_TO_CLASS_ID, List.of(), List.of())),
                List.of("", "", "own", "LX", "X"));

        assertThat(names.get(0)).isEqualTo("kotlin/Any");
        assertThat(names.get(1)).isEqualTo("kotlin/collections/MutableIterator");
        assertThat(names.get(2)).isEqualTo("own");
        assertThat(names.get(3)).isEmpty();
        assertThat(names.get(4)).isEqualTo("X");
    }

    @Test
    void readsTheRecordsOfAStringTable() {
        byte[] bytes = {
            0x0A, 16, // a record
            0x08, 0x02, // range 2
            0x10, 0x08, // predefined 8
            0x18, 0x01, // operation 1
            0x22, 0x02, 0x01, 0x03, // substring, packed
            0x2A, 0x02, '.', '/', // replaceChar, packed
            0x38, 0x01, // a field this reader does not know
            0x0A, 10, // another record
            0x20, 0x00, 0x20, 0x01, // substring, one by one
            0x28, '$', 0x28, '.', // replaceChar, one by one
            0x32, 0x00, // an empty string
            0x2A, 0x01, 0x00}; // localName, which this reader does not need
        List<KotlinMetadata.StringRecord> records = KotlinMetadata.records(protobuf(bytes));

        assertThat(records).containsExactly(
                record(2, 8, null, INTERNAL_TO_CLASS_ID, List.of(1, 3), List.of((int) '.', (int) '/')),
                record(1, -1, "", NONE, List.of(0, 1), List.of((int) '$', (int) '.')));
    }

    @Test
    void readsVarintsAndSkipsEveryWireType() {
        byte[] bytes = {
            (byte) 0x96, 0x01, // 150
            0x09, 1, 2, 3, 4, 5, 6, 7, 8, // field 1, fixed64
            0x0D, 1, 2, 3, 4, // field 1, fixed32
            0x0A, 0x02, 0x05, 0x06, // field 1, two bytes
            0x08, 0x7F}; // field 1, varint 127
        KotlinMetadata.Protobuf input = new KotlinMetadata.Protobuf(bytes, 0, bytes.length);

        assertThat(input.varint()).isEqualTo(150);
        input.skip(input.tag());
        input.skip(input.tag());
        input.skip(input.tag());
        assertThat(input.tag()).isEqualTo(0x08);
        assertThat(input.varint()).isEqualTo(127);
        assertThat(input.hasMore()).isFalse();
    }

    @Test
    void skipsAFixedFieldThatEndsTheMessage() {
        KotlinMetadata.Protobuf input = new KotlinMetadata.Protobuf(new byte[] {0x0D, 1, 2, 3, 4}, 0, 5);

        input.skip(input.tag());

        assertThat(input.hasMore()).isFalse();
    }

    @Test
    void readsPackedVarintsAndUtf8() {
        byte[] bytes = {0x03, 0x01, (byte) 0xAC, 0x02, 0x03, 'Z', (byte) 0xC3, (byte) 0xAB};
        KotlinMetadata.Protobuf input = new KotlinMetadata.Protobuf(bytes, 0, bytes.length);
        List<Integer> values = new ArrayList<>();

        input.delimited().packedVarints(values);

        assertThat(values).containsExactly(1, 300);
        assertThat(input.delimited().utf8()).isEqualTo("Zë");
    }

    @Test
    void refusesWhatRunsPastItsEnd() {
        assertThatThrownBy(() -> protobuf((byte) 0x80).varint())
                .isInstanceOf(KotlinMetadata.MalformedException.class);
        assertThatThrownBy(() -> protobuf((byte) 0x05, (byte) 1).delimited())
                .isInstanceOf(KotlinMetadata.MalformedException.class);
        assertThatThrownBy(() -> protobuf((byte) 1, (byte) 2).skip(0x09))
                .isInstanceOf(KotlinMetadata.MalformedException.class);
        assertThatThrownBy(() -> protobuf((byte) 1, (byte) 2).skip(0x0D))
                .isInstanceOf(KotlinMetadata.MalformedException.class);
        // four bytes left of eight
        assertThatThrownBy(() -> new KotlinMetadata.Protobuf(new byte[8], 4, 8).skip(0x09))
                .isInstanceOf(KotlinMetadata.MalformedException.class);
        // wire types 3 and 4 (groups) are not in metadata
        assertThatThrownBy(() -> protobuf((byte) 1).skip(0x0B))
                .isInstanceOf(KotlinMetadata.MalformedException.class);
        byte[] endless = new byte[11];
        Arrays.fill(endless, (byte) 0xFF);
        assertThatThrownBy(() -> protobuf(endless).varint()).isInstanceOf(KotlinMetadata.MalformedException.class);
    }

    @Test
    void skipsEveryFieldItDoesNotReadWhole() {
        // each unknown field holds bytes that would read as a known field of the message around it
        byte[] stringTable = concat(
                field(1, field(7, (byte) 0x10, (byte) 0x08)), // a record, with what looks like predefined = 8
                field(5, field(1, (byte) 0x10, (byte) 0x00))); // localName, with what looks like a record
        byte[] type = concat(bytes(0x30, 0x02), field(2, (byte) 0x30, (byte) 0x03)); // Int, an argument
        byte[] parameter = concat(bytes(0x10, 0x01), field(3, type), field(4, (byte) 0x10, (byte) 0x03));
        byte[] function =
                concat(bytes(0x10, 0x00), field(3, bytes(0x30, 0x02)), field(6, parameter), bytes(0x48, 0x26));
        byte[] metadata = concat(bytes(stringTable.length), stringTable,
                field(9, function), field(10, field(9, function))); // a function, a property holding one

        List<KotlinMetadata.Function> functions =
                KotlinMetadata.read(metadata, List.of("f", "a", "kotlin/Int", "WRONG"));

        assertThat(functions).singleElement().hasToString("fun f(a: Int): Int");
        assertThat(functions.get(0).isAbstract()).isTrue();
    }

    @Test
    void writesAFunctionAsKotlinDeclaresIt() {
        KotlinMetadata.Type unit = new KotlinMetadata.Type("kotlin/Unit", false);
        KotlinMetadata.Type name = new KotlinMetadata.Type("kotlin/String", true);
        KotlinMetadata.Function log = new KotlinMetadata.Function("log", "log", true,
                List.of(new KotlinMetadata.Parameter("message", name)), unit);

        assertThat(log).hasToString("fun log(message: String?)");
        assertThat(new KotlinMetadata.Type("p/Outer.Inner", false).qualifiedName()).isEqualTo("p.Outer.Inner");
        assertThat(log.types()).containsExactly(name, unit);
    }

    private static KotlinMetadata.StringRecord record(int range, int predefined, String string, int operation,
            List<Integer> substring, List<Integer> replaceChar) {
        return new KotlinMetadata.StringRecord(range, predefined, string, operation, substring, replaceChar);
    }

    /** A length-delimited field. */
    private static byte[] field(int number, byte... content) {
        return concat(bytes(number << 3 | 2, content.length), content);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static KotlinMetadata.Protobuf protobuf(byte... bytes) {
        return new KotlinMetadata.Protobuf(bytes, 0, bytes.length);
    }
}
