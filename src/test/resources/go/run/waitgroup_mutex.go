// A WaitGroup waits for 50 goroutines incrementing a Mutex-protected counter; an RWMutex-protected map.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)
	c := SafeCounter{n: make(map[string]int)}
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Inc("k")
		}()
	}
	wg2.Wait()
	fmt.Println("k:", c.Value("k"))
	var rw sync.RWMutex
	cache := map[int]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(2)
		go func(i int) {
			defer wg3.Done()
			rw.Lock()
			cache[i] = i * i
			rw.Unlock()
		}(i)
		go func() {
			defer wg3.Done()
			rw.RLock()
			_ = len(cache)
			rw.RUnlock()
		}()
	}
	wg3.Wait()
	fmt.Println("cache:", len(cache), cache[9])
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
}
