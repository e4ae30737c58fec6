// 100,000 goroutines that each send one value on an unbuffered channel nobody reads yet.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := 0; i < 100000; i++ {
		go func() {
			ch <- i
		}()
	}
	time.Sleep(time.Second)
	fmt.Println(<-ch)
}
