package main

import "fmt"

func main() {
	m := map[string]int{}
	len(m) = 3
	fmt.Println(m)
}
