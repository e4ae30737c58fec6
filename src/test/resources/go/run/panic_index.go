// Index out of range: Go's message with the index and length, status 2.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(len(s))
	fmt.Println(s[i])
}
