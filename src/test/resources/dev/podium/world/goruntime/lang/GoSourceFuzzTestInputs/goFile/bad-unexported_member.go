package main

import "sync"

func main() {
	var m sync.Mutex
	m.state = 1
}
