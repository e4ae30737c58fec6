// Closures capturing variables, defer order (LIFO, arguments evaluated at defer), named results changed by defer.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func double(x int) (r int) {
	defer func() { r *= 2 }()
	r = x + 1
	return r
}

func adder(base int) func(int) int {
	return func(d int) int { return base + d }
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println("counter:", c())
	c2 := counter()
	fmt.Println("fresh counter:", c2())
	deferOrder()
	fmt.Println("double(4) =", double(4))
	add5 := adder(5)
	fmt.Println(add5(10), adder(1)(1))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
}
