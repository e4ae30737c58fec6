// Lesson: a deadlock the runtime detects. The main goroutine sends on an unbuffered channel that nobody will ever
// receive from; the worker waits on a WaitGroup that never reaches zero. No goroutine can run and no timer is
// pending: "fatal error: all goroutines are asleep - deadlock!"
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	results := make(chan int)
	go func() {
		wg.Wait()
		fmt.Println("never printed")
	}()
	results <- 42
	wg.Done()
}
