// Lesson: a worker pool. Jobs go through a channel to three workers; a WaitGroup waits for them, and a Mutex
// protects the shared total.
package main

import (
	"fmt"
	"podium"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int, 10)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				podium.Work(time.Duration(j) * 100 * time.Microsecond)
				mu.Lock()
				total += j
				mu.Unlock()
			}
		}(w)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("total:", total)
}
