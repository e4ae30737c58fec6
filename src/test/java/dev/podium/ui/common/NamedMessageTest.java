package dev.podium.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedMessageTest {

    @Test
    void namesAreFilledWhereverTheyStandWhateverTheMapsOrder() {
        NamedMessage m = NamedMessage.compile("Server {server} takes customer {customer}; {server} is busy.");
        assertEquals(List.of("server", "customer"), List.copyOf(m.names()));
        assertEquals("Server 2 takes customer 9; 2 is busy.",
                m.format(Locale.ENGLISH, Map.of("customer", "9", "server", 2, "unused", "x")));
    }

    @Test
    void choicesAndNumberFormatsWorkAsWithPositions() {
        NamedMessage m = NamedMessage.compile("{n,choice,0#nobody|1#one|1<{n} people} of {total,number,#}");
        assertEquals(List.of("n", "total"), List.copyOf(m.names()));
        assertEquals("nobody of 12345", m.format(Locale.ENGLISH, Map.of("n", 0, "total", 12_345)));
        assertEquals("1,203 people of 3", m.format(Locale.ENGLISH, Map.of("n", 1_203, "total", 3)));
        assertEquals("Pod web", NamedMessage.compile("Pod {pod}{ready,choice,0#|1# and ready}")
                .format(Locale.ENGLISH, Map.of("pod", "web", "ready", 0)));
    }

    @Test
    void quotedBracesAndDoubledApostrophesStayText() {
        NamedMessage m = NamedMessage.compile("the scheduler''s '{queue}' is {queue}");
        assertEquals(List.of("queue"), List.copyOf(m.names()));
        assertEquals("the scheduler's {queue} is backoffQ", m.format(Locale.ENGLISH, Map.of("queue", "backoffQ")));
    }

    @Test
    void positionsAreRefusedBecauseTheyDependOnComponentOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamedMessage.compile("Pod {1} on {node}"));
        assertTrue(e.getMessage().contains("{1}"), e.getMessage());
    }

    @Test
    void aMissingNameIsAnErrorNotAPlaceholderInTheSentence() {
        NamedMessage m = NamedMessage.compile("Pod {pod} on node {node}.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.format(Locale.ENGLISH, Map.of("pod", "web")));
        assertTrue(e.getMessage().contains("{node}"), e.getMessage());
    }

    @Test
    void aMalformedPatternFailsOnCompile() {
        assertThrows(IllegalArgumentException.class, () -> NamedMessage.compile("Pod {pod x}"));
        assertThrows(IllegalArgumentException.class, () -> NamedMessage.compile("Pod {pod"));
    }
}
