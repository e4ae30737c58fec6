// recover stops a panic; run-time errors as values; a re-panic; the program still ends normally.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func index(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[i], nil
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

var ErrBoom = errors.New("boom")

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(index([]int{1, 2, 3}, 5))
	fmt.Println(nested())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered error value:", r, r == ErrBoom)
		}()
		panic(ErrBoom)
	}()
	fmt.Println("recover outside panic:", recover())
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover()) }()
		m["a"] = 1
	}()
	fmt.Println("end")
}
