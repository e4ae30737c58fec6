package dev.podium.world.goruntime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String src) {
        Lexer lx = new Lexer(src);
        List<Token> out = new ArrayList<>();
        for (Token t = lx.next(); t.kind() != TokenKind.EOF; t = lx.next()) {
            out.add(t);
        }
        return out;
    }

    @Test
    void semicolonsAreInsertedAfterALinesLastOperandOrClosingToken() {
        List<Token> ts = lex("x := f(1)\nreturn\ny++\n}\nfoo(\n)");
        List<String> semis = new ArrayList<>();
        ts.stream().filter(t -> t.kind() == TokenKind.SEMI).forEach(t -> semis.add(t.text() + "@" + t.pos()));
        assertEquals(List.of("newline@1:10", "newline@2:7", "newline@3:4", "newline@4:2", "EOF@6:2"), semis);
    }

    @Test
    void columnsCountUtf8Bytes() {
        List<Token> ts = lex("s := \"世界\"; 名字 := 1");
        assertEquals(new Pos(1, 16), ts.get(4).pos(), "after an 8-byte string literal and '; '");
        assertEquals("名字", ts.get(4).text());
        assertEquals(new Pos(1, 23), ts.get(5).pos(), "after a 6-byte identifier and a space");
    }

    @Test
    void literalsAreDecoded() {
        List<Token> ts = lex("0x1F 0o17 0b101 017 1_000 1.5e3 'a' '\\n' '世' \"a\\tb\" `raw\\n`");
        assertEquals(BigInteger.valueOf(31), ts.get(0).value());
        assertEquals(BigInteger.valueOf(15), ts.get(1).value());
        assertEquals(BigInteger.valueOf(5), ts.get(2).value());
        assertEquals(BigInteger.valueOf(15), ts.get(3).value());
        assertEquals(BigInteger.valueOf(1000), ts.get(4).value());
        assertEquals(0, new java.math.BigDecimal("1500").compareTo((java.math.BigDecimal) ts.get(5).value()));
        assertEquals((int) 'a', ts.get(6).value());
        assertEquals(10, ts.get(7).value());
        assertEquals((int) '世', ts.get(8).value());
        assertEquals("a\tb", ts.get(9).value());
        assertEquals("raw\\n", ts.get(10).value());
    }

    @Test
    void imaginaryLiteralsAreRefused() {
        ParseStop e = assertThrows(ParseStop.class, () -> lex("x := 2i"));
        assertEquals("imaginary number literal 2i is not supported by Podium's Go subset", e.getMessage());
        assertEquals(new Pos(1, 6), e.pos);
    }

    @Test
    void aMultiLineCommentEndsAStatementLikeANewline() {
        List<Token> ts = lex("x /* a\nb */ y");
        assertEquals(TokenKind.SEMI, ts.get(1).kind());
        assertEquals("newline", ts.get(1).text());
    }

    @Test
    void aFloatWhoseExponentIsBeyondRangeIsAnErrorAtItsPlace() {
        ParseStop e = assertThrows(ParseStop.class, () -> lex("x := 1e22222222222"));
        assertEquals("floating-point constant 1e22222222222 is out of range", e.getMessage());
        assertEquals(new Pos(1, 6), e.pos);
        ParseStop hex = assertThrows(ParseStop.class, () -> lex("y := 0x1p99999"));
        assertEquals(new Pos(1, 6), hex.pos);
    }
}
