package main

import "fmt"

func sign(x int) int {
	if x > 0 {
		return 1
	}
}

func main() {
	fmt.Println(sign(1))
}
