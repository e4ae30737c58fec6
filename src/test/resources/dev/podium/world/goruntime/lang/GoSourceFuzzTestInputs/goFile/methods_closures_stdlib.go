// Methods and method values, closures, struct comparison, fallthrough, labelled continue in select, context values, timers.
package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"sync"
	"time"
)

type Celsius float64

type Counter struct {
	mu sync.Mutex
	n  int
	f  func() int
}

func (c *Counter) Inc() { c.mu.Lock(); c.n++; c.mu.Unlock() }
func (c *Counter) Get() int { return c.n }

type Node struct {
	val  int
	next *Node
}

type P struct{ X, Y int }

func find() (int, error) { return 0, errors.New("nope") }

func adder(base int) func(int) func() int {
	return func(d int) func() int {
		return func() int { return base + d }
	}
}

func main() {
	var c Counter
	c.Inc()
	inc := c.Inc
	inc()
	p := &c
	fmt.Println(p.Get(), c.Get())
	c.f = func() int { return 7 }
	fmt.Println(c.f())

	n := 3
	for i := range n {
		go func() { fmt.Println(i) }()
	}
	a, b := P{1, 2}, P{1, 2}
	fmt.Println(a == b, a != P{})

	switch x := n * 2; x {
	case 1, 2:
		fallthrough
	case 6:
		fmt.Println("six")
	default:
	}

	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	if v, ok := m["a"]; !ok || len(v) == 0 {
		fmt.Println("missing")
	}
	for k := range m {
		delete(m, k)
	}
	var x, y = 1, "a"
	fmt.Println(x, y, adder(1)(2)())

	done := make(chan struct{})
	close(done)
	<-done

	var head *Node = &Node{val: 1}
	head.next = &Node{val: 2}
	for cur := head; cur != nil; cur = cur.next {
		fmt.Println(cur.val)
	}

	temp := Celsius(1.5) * 2
	s := "hello"
	fmt.Println(temp, s[0] == 'h', len(s), s[1:3])
	const big = 1 << 40
	fmt.Println(int64(big), big>>30)
	d := time.Duration(rand.Intn(100)) * time.Millisecond
	start := time.Now()
	fmt.Println(d, time.Since(start).Milliseconds(), errors.New("x").Error(), fmt.Sprintf("%d", len(s)))

	if _, err := find(); err != nil {
		fmt.Println(err)
	}
	var wg sync.WaitGroup
	xs := []string{}
	xs = append(xs, "a", "b")
	wg.Add(len(xs))
	for _, v := range xs {
		go func(v string) {
			defer wg.Done()
			fmt.Println(v)
		}(v)
	}
	wg.Wait()
	dst := make([]string, len(xs))
	copy(dst, xs)
	msg := ""
	msg += "x"
	anon := struct{ a int }{1}
	fmt.Println(dst, msg, anon.a, min(1, 2), max(n, 4))

	ctx, cancel := context.WithCancel(context.Background())
	ctx = context.WithValue(ctx, "k", 1)
	fmt.Println(ctx.Value("k"))
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err() == context.Canceled, context.Cause(ctx))

	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	timeout := time.After(time.Second)
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			if r == 1 {
				continue loop
			}
		case <-timeout:
			return
		}
	}
	var once sync.Once
	once.Do(func() {})
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	t := time.NewTimer(time.Millisecond)
	if !t.Stop() {
		<-t.C
	}
	select {}
}
