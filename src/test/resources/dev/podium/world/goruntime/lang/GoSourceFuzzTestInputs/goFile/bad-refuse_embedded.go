package main

import "sync"

type Counter struct {
	sync.Mutex
	n int
}

func main() {
	c := Counter{}
	c.n++
}
