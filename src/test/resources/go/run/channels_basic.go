// Buffered channel fill, len/cap, close and range, receive from closed, comma-ok, nil-free select with default.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch, len(ch))
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	sq := make(chan int)
	go producer(5, sq)
	for x := range sq {
		fmt.Print(x, " ")
	}
	fmt.Println()
	empty := make(chan string)
	select {
	case s := <-empty:
		fmt.Println("got", s)
	default:
		fmt.Println("no message")
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("buffer full")
	}
	done := make(chan struct{})
	results := make(chan string, 3)
	go func() {
		for i := 0; i < 3; i++ {
			results <- fmt.Sprint("r", i)
		}
		close(done)
	}()
	<-done
	close(results)
	for r := range results {
		fmt.Print(r, " ")
	}
	fmt.Println()
	pipe := make(chan int)
	out := make(chan int)
	go func() {
		for v := range pipe {
			out <- v * 10
		}
		close(out)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			pipe <- i
		}
		close(pipe)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("pipeline sum", sum)
	timeout := make(chan bool, 1)
	timeout <- true
	select {
	case <-timeout:
		fmt.Println("ready case taken")
	}
}
