// Package variables initialised in dependency order, not source order.
package main

import "fmt"

var a = b + 1
var b = f()
var c int

func f() int { return c + 2 }

var x, y = 1, a * 10

func main() {
	fmt.Println(a, b, c, x, y)
}
