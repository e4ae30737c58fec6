// Lesson: buffered and unbuffered channels (the seed's §2.2). ch has room for two values: two sends fill the ring
// buffer and return at once; the third send blocks in sendq until the receiver takes a value. On the unbuffered
// channel every send waits for its receiver: a rendezvous.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	go func() {
		time.Sleep(1 * time.Millisecond)
		for v := range ch {
			fmt.Println("received", v)
		}
	}()
	ch <- 1 // 缓冲区写入
	ch <- 2 // 缓冲区写入
	fmt.Println("two sends done, len", len(ch), "cap", cap(ch))
	ch <- 3 // 阻塞:缓冲区满
	fmt.Println("third send done")
	close(ch)

	unbuffered := make(chan string)
	go func() {
		time.Sleep(500 * time.Microsecond)
		fmt.Println("got", <-unbuffered)
	}()
	unbuffered <- "hello" // waits for the receiver
	time.Sleep(100 * time.Microsecond)
	fmt.Println("rendezvous done")
}
