// Slices: append growth (len/cap as Go's allocator rounds), sharing, copy, slicing; maps printed sorted; delete.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Printf("%d/%d ", len(s), cap(s))
	}
	fmt.Println()
	b := append([]int(nil), 1, 2, 3)
	fmt.Println(len(b), cap(b), b)
	strs := append([]string{}, "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
	big := make([]int, 0, 256)
	for i := 0; i < 257; i++ {
		big = append(big, i)
	}
	fmt.Println(len(big), cap(big))
	bs := []byte("hello")
	bs = append(bs, " world"...)
	fmt.Println(len(bs), cap(bs), string(bs))
	a := []int{0, 1, 2, 3, 4, 5}
	t := a[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(a)
	u := a[2:4:5]
	fmt.Println(u, len(u), cap(u))
	dst := make([]int, 3)
	n := copy(dst, a)
	fmt.Println(n, dst)
	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice), nilSlice)
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	m["beta"] = 2
	delete(m, "mid")
	fmt.Println(m, len(m))
	v, ok := m["nope"]
	fmt.Println(v, ok)
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	im := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(im)
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{"x": {1, 2}, "a": nil}
	fmt.Println(nested)
	matrix := [][]int{{1, 2}, {3, 4}}
	matrix[1][0] = 30
	fmt.Println(matrix)
}
