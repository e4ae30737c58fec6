package main

import "fmt"

func consume(ch <-chan int) {
	ch <- 1
}

func main() {
	ch := make(chan int)
	go consume(ch)
	fmt.Println(<-ch)
}
