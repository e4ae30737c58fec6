// Labels with break/continue, switch with fallthrough and no tag, for forms, goto-free control flow.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for _, n := range []int{-1, 0, 3, 4} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
	switch "b" {
	case "a", "b":
		fmt.Println("a or b")
	}
	i := 0
	for i < 3 {
		i++
	}
	fmt.Println("i", i)
	k := 0
	for {
		k++
		if k > 5 {
			break
		}
	}
	fmt.Println("k", k)
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	fmt.Println("sum", sum)
loop:
	for {
		switch {
		case sum > 0:
			break loop
		}
	}
	var total int
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	fmt.Println("total", total)
	const big = 1 << 40
	fmt.Println(big/1024, big>>30)
}
