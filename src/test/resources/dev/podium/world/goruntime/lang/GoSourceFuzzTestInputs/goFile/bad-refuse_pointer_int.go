package main

import "fmt"

func inc(p *int) {
	*p++
}

func main() {
	fmt.Println()
}
