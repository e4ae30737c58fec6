// Strings as bytes: len, indexing, slicing, iteration by rune, conversions, the strings package.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], string(s[0]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]))
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)
	fmt.Println(s[7:], s[:1])
	fmt.Println(strings.ToUpper("go lang"), strings.Repeat("ab", 3))
	fmt.Println(strings.Split("a,b,c", ","), len(strings.Split("", ",")))
	fmt.Println(strings.Fields("  a b   c "), strings.TrimSpace("  x  "))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.Index("x", "y"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Count("cheese", "e"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
	}
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%q %v %x %X %c %U\n", "tab\there", 'x', "hi", 255, 0x4e16, 0x4e16)
	fmt.Printf("%q\n", 'a')
	fmt.Println("a" < "b", "abc" > "abd", "x"+"y" == "xy")
	b := byte('a') + 1
	fmt.Println(b, string(rune(b)))
	fmt.Println(string(rune(65)), strings.EqualFold("Go", "GO"))
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "ab", "ab", "abc", "xyz")
}
