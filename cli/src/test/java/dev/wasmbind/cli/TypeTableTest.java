package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.processor.abi.GoTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's type table says what the processor's Go type table does, row by row. */
class TypeTableTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /**
     * In each row, the i-th Java type reads the i-th Go type (each of {@code int64/uint64}); a Go column that lists
     * fewer types ends in {@code ...}. Rows without a Go type ({@code void}, records) say nothing to check.
     */
    @Test
    void everyJavaTypeOfTheReadmeTableReadsItsGoType() throws IOException {
        List<String> rows = typeTable(Files.readAllLines(Drafts.README));
        int pairs = 0;
        for (String row : rows) {
            String[] cells = row.split("\\|");
            List<List<String>> java = code(cells[1]);
            List<List<String>> go = code(cells[2]);
            if (go.isEmpty()) {
                continue;
            }
            assertThat(go.size() == java.size() || cells[2].strip().endsWith("...")).as(row).isTrue();
            for (int i = 0; i < Math.min(go.size(), java.size()); i++) {
                String javaType = java.get(i).get(0);
                for (String goType : go.get(i)) {
                    assertThat(GoTypes.readsAs(goType, javaType)).as(goType + " as " + javaType).isTrue();
                    pairs++;
                }
            }
        }
        assertThat(pairs).isGreaterThanOrEqualTo(15);
    }

    /** The rows of the table under "## Types" whose first header is Java. */
    private static List<String> typeTable(List<String> lines) {
        int start = lines.indexOf("## Types");
        assertThat(start).isNotNegative();
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("| Java | Go |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                rows.add(line);
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    /** The code spans of each comma-separated item of the cell that has some: {@code `int64`/`uint64`} is one item. */
    private static List<List<String>> code(String cell) {
        List<List<String>> items = new ArrayList<>();
        for (String item : cell.split(",")) {
            List<String> spans = new ArrayList<>();
            Matcher matcher = CODE.matcher(item);
            while (matcher.find()) {
                spans.add(matcher.group(1));
            }
            if (!spans.isEmpty()) {
                items.add(spans);
            }
        }
        return items;
    }
}
