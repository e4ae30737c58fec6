// Multiple returns passed on, variadic calls, method values, function types, closures over structs, any values.
package main

import (
	"fmt"
	"strings"
)

type Stack struct {
	items []string
}

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack) Len() int { return len(s.items) }

func divmod(a, b int) (int, int) { return a / b, a % b }

func sum(label string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprintf("%s=%d(%d)", label, t, len(xs))
}

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func describe(vals ...interface{}) {
	for _, v := range vals {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}

func main() {
	fmt.Println(divmod(17, 5))
	q, r := divmod(9, 4)
	fmt.Println(q, r)
	fmt.Println(sum("none"), sum("three", 1, 2, 3), sum("spread", []int{4, 5}...))
	s := &Stack{}
	push := s.Push
	push("a")
	push("b")
	s.Push("c")
	fmt.Println(s.Len(), s.items)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	lenOf := s.Len
	s.Push("z")
	fmt.Println(lenOf(), s.Len())
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 4, 5))
	upper := strings.ToUpper
	fmt.Println(upper("fn value"))
	describe(1, "two", 3.5, true, nil, []int{1}, map[string]int{"k": 1}, struct{ A int }{7}, int64(5), byte(2), 'r')
	var x interface{} = 42
	var y interface{} = 42
	var z interface{} = "42"
	fmt.Println(x == y, x == z, x != nil)
	counter := struct{ n int }{}
	incr := func() { counter.n++ }
	incr()
	incr()
	fmt.Println(counter.n)
	fns := map[string]func(int) int{
		"double": func(n int) int { return n * 2 },
		"square": func(n int) int { return n * n },
	}
	fmt.Println(fns["double"](5), fns["square"](5))
	var nilFn func()
	fmt.Println(nilFn == nil)
}
