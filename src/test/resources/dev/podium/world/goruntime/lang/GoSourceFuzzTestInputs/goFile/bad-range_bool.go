package main

import "fmt"

func main() {
	ok := true
	for range ok {
	}
	fmt.Println()
}
