// sort.Ints, Strings, Slice (distinct keys), SliceStable; SearchInts.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	ps := []person{{"a", 30}, {"b", 20}, {"c", 25}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)
	st := []person{{"x", 1}, {"y", 0}, {"z", 1}, {"w", 0}}
	sort.SliceStable(st, func(i, j int) bool { return st[i].age < st[j].age })
	fmt.Println(st)
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs)
}
