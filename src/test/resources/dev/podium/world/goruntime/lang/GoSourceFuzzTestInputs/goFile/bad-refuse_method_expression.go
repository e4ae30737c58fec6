package main

import "fmt"

type T struct{}

func (T) M() {}

func main() {
	f := T.M
	fmt.Println(f)
}
