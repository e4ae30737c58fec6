package main

import "fmt"

type T struct{}

func (t T) Run() {}

func main() {
	var t T
	t.run()
	fmt.Println()
}
