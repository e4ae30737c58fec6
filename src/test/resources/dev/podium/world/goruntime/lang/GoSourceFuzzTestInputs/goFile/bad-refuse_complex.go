package main

import "fmt"

func main() {
	var c complex128
	fmt.Println(c)
}
