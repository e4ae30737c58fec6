package main

import "fmt"

func main() {
	x := 1
	x()
	fmt.Println(x)
}
