package main

import "fmt"

type E struct{}

func f() error {
	return E{}
}

func main() {
	fmt.Println(f())
}
