package main

import "fmt"

func main() {
L:
	for {
		fmt.Println()
	}
}
