// The seed guide's §2.2 select example, with channels that make each case possible.
package main

import "fmt"

func main() {
	ch1 := make(chan int, 1)
	ch2 := make(chan int, 1)
	ch1 <- 7
	select {
	case v := <-ch1:
		fmt.Println("from ch1:", v)
	case ch2 <- 10:
		fmt.Println("sent to ch2")
	default:
		fmt.Println("non-blocking")
	}
}
