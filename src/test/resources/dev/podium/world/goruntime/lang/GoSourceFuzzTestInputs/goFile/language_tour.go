// The rest of the subset in one program: types, methods, closures, constants, control flow, the standard packages.
package main

import (
	"errors"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"sync"
	"time"
)

type State int

const (
	Idle State = iota
	Running
	Parked
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	default:
		return "parked"
	}
}

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Tags   map[string]bool
	Next   *Shape
}

func (s *Shape) Add(p Point) {
	s.Points = append(s.Points, p)
}

func (s Shape) Len() int { return len(s.Points) }

var ErrEmpty = errors.New("empty")

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = ErrEmpty
		return
	}
	return a / b, a % b, nil
}

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func main() {
	var s State = Running
	fmt.Println(s, Parked, int64(s)+1)

	sh := &Shape{Name: "tri", Tags: map[string]bool{"closed": true}}
	sh.Add(Point{1, 2})
	sh.Add(Point{X: 3})
	pts := []Point{{0, 0}, {Y: 1}}
	fmt.Println(sh.Len(), len(pts), pts[1:], sh.Points[0].X)

	q, r, err := divmod(7, 2)
	if _, _, e := divmod(1, 0); e != nil {
		fmt.Println("error:", e)
	}
	fmt.Println(q, r, err, sum(), sum(1, 2, 3), sum(pts[0].X, 4))
	nums := []int{3, 1, 2}
	fmt.Println(sum(nums...))

	next := counter()
	next()
	fmt.Println(next())

	fmt.Println(safe(func() { panic("boom") }))

	for i := range 3 {
		if i == 1 {
			continue
		}
		fmt.Print(i, " ")
	}
	for i, c := range "héllo" {
		_ = i
		_ = c
	}
	m := map[string]int{"a": 1, "b": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	delete(m, "a")
	fmt.Println(strings.Join(keys, ","), strings.ToUpper("go"), len(m))

	var f float64 = 1.5
	n := int(f) + rand.Intn(10)
	d := time.Duration(n) * time.Millisecond
	fmt.Printf("%v %.1f %s\n", d, d.Seconds(), strings.Repeat("=", 3))

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case i == j:
				continue outer
			case j > i:
				break outer
			}
		}
	}

	x := 10
	x += 5
	x <<= 1
	x--
	b := byte('a') + 1
	var rs []rune = []rune("abc")
	str := string(rs[0]) + string(b)
	fmt.Println(x, str, x%3 == 0 && !false)

	cache := &Cache{data: map[string]int{"k": 1}}
	if v, ok := cache.Get("k"); ok {
		fmt.Println("cached", v)
	}

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		cond.Broadcast()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()

	start := time.Now()
	done := make(chan bool)
	go func() {
		defer close(done)
		time.Sleep(time.Millisecond)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	fmt.Println(time.Since(start) > 0)

	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 1}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
	fmt.Println(ps[0].k)

	var sb strings.Builder
	sb.WriteString("done")
	fmt.Println(sb.String())
}
