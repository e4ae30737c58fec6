// A worker pool: jobs on a buffered channel, a WaitGroup for the workers, a Mutex-protected counter.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Stats struct {
	mu   sync.Mutex
	done map[int]int
}

func (s *Stats) record(worker int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done[worker]++
}

func worker(id int, jobs <-chan int, results chan<- int, stats *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j) * time.Millisecond)
		stats.record(id)
		results <- j * j
	}
}

func main() {
	const numJobs, numWorkers = 9, 3
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	stats := &Stats{done: make(map[int]int)}
	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, stats, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Printf("total %d from %d workers\n", total, len(stats.done))
}
