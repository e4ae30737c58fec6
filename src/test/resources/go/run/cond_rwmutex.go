// sync.Cond with Broadcast waking waiters; a queue with Signal; deterministic totals.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	sum := 0
	var smu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				v := q.Get()
				smu.Lock()
				sum += v
				smu.Unlock()
			}
		}()
	}
	for i := 1; i <= 12; i++ {
		q.Put(i)
	}
	wg.Wait()
	fmt.Println("sum", sum)
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var wg2 sync.WaitGroup
	woken := 0
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println("woken", woken)
	if mu.TryLock() {
		fmt.Println("trylock ok")
		mu.Unlock()
	}
}
