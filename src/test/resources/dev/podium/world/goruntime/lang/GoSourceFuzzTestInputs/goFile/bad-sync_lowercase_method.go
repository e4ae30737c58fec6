package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.lock()
	mu.UnLock()
	var wg sync.WaitGroup
	wg.Done(1)
}
