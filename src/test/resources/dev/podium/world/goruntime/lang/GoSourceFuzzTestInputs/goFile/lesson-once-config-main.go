// Lesson: sync.Once for lazy configuration (the seed's §2.3). Five goroutines ask for the config at once; only the
// first runs loadConfig, the others wait on the Once's mutex and then see the loaded value.
package main

import (
	"fmt"
	"podium"
	"sync"
	"time"
)

type Config struct {
	Name    string
	Workers int
}

var once sync.Once
var config *Config

func loadConfig() *Config {
	podium.Syscall(1 * time.Millisecond) // reading the file
	fmt.Println("config loaded")
	return &Config{Name: "podium", Workers: 4}
}

func GetConfig() *Config {
	once.Do(func() {
		config = loadConfig()
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = GetConfig().Workers
		}()
	}
	wg.Wait()
	fmt.Println(GetConfig().Name, GetConfig().Workers)
}
