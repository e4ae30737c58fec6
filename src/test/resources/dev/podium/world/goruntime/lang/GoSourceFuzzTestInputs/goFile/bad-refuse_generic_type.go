package main

import "fmt"

type List[T any] struct {
	items []T
}

func main() {
	fmt.Println()
}
