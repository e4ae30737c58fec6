// Lesson: sync.Mutex starvation mode. A greedy goroutine takes the lock again and again; a newcomer spinning on the
// CPU usually wins over the woken waiter. Once a waiter has waited more than 1 ms, the mutex switches to
// starvation mode: the lock is handed directly to the waiter at the head of the queue.
package main

import (
	"fmt"
	"podium"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	var mu sync.Mutex
	var wg sync.WaitGroup
	greedy, polite := 0, 0
	stop := make(chan struct{})
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			mu.Lock()
			podium.Work(100 * time.Microsecond)
			greedy++
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			mu.Lock()
			polite++
			mu.Unlock()
			podium.Work(200 * time.Microsecond)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	close(stop)
	wg.Wait()
	fmt.Println("polite got the lock", polite, "times")
}
