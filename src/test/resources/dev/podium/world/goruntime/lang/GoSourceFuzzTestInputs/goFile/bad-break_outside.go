package main

import "fmt"

func main() {
	break
	fmt.Println()
}
