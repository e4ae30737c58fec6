// The seed guide's §2.2 example: a buffered channel of capacity 2.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1 // 缓冲区写入
	ch <- 2 // 缓冲区写入
	// ch <- 3 // 阻塞:缓冲区满
	fmt.Println(<-ch, <-ch, len(ch), cap(ch))
}
