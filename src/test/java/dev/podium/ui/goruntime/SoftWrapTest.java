package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoftWrapTest {
    @Test
    void aLineThatFitsIsOneRow() {
        assertEquals(List.of("    wg.Wait()"), SoftWrap.rows("    wg.Wait()", 20));
    }

    @Test
    void breaksBetweenWordsAndIndentsTheContinuationPastTheLine() {
        List<String> rows = SoftWrap.rows("func query(ctx context.Context, name string) error {", 24);
        assertEquals(List.of("func query(ctx", "  context.Context, name", "  string) error {"), rows);
    }

    @Test
    void withoutASpaceBreaksBeforeASelectorOrAfterABracket() {
        assertEquals(List.of("  podium.Work(", "    200*time", "    .Microsecond)"),
                SoftWrap.rows("  podium.Work(200*time.Microsecond)", 17));
    }

    @Test
    void theFirstRowCarriesTextNotOnlyTheIndentation() {
        // the continuation's indent (six and two) is held to a third of the row
        assertEquals(List.of("      fmt.Println(", "       \"received\", v)"),
                SoftWrap.rows("      fmt.Println(\"received\", v)", 21));
    }

    @Test
    void theFirstRowMayBeNarrowerThanTheRest() {
        assertEquals(List.of("x :=", "  make(chan int, 2)"), SoftWrap.rows("x := make(chan int, 2)", 10, 20,
                String::length));
    }

    @Test
    void aClosingBracketIsNotLeftAloneOnARow() {
        assertEquals(List.of("  mu", "   .Lock()"), SoftWrap.rows("  mu.Lock()", 10));
    }

    @Test
    void everyCharacterIsKeptAndNoRowIsWiderThanAsked() {
        String line = "\t\tfmt.Printf(\"%s finished after %v with %d results and no error at all\\n\", name, d, n)";
        for (int columns = 4; columns <= 40; columns++) {
            List<String> rows = SoftWrap.rows(line, columns);
            StringBuilder joined = new StringBuilder();
            for (String row : rows) {
                assertTrue(row.length() <= columns, columns + ": '" + row + "' is wider");
                joined.append(row.strip());
            }
            assertEquals(line.replace(" ", "").strip(), joined.toString().replace(" ", ""), "at " + columns);
        }
    }
}
