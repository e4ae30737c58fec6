// Unlocking an unlocked mutex is a fatal error (not a recoverable panic): status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("recover:", recover()) }()
	mu.Unlock()
}
