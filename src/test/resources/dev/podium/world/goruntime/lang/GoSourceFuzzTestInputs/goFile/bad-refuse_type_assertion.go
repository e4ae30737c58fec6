package main

import "fmt"

func main() {
	var v any = 1
	n := v.(int)
	fmt.Println(n)
}
