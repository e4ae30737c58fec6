// An unbuffered channel: each send waits for its receiver; close ends the range.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	sum := 0
	for v := range ch {
		sum += v
	}
	v, ok := <-ch
	fmt.Println("sum", sum, "after close:", v, ok)
}
