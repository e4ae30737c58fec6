package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair()
	fmt.Println(x)
}
