// The seed guide's §2.3 sync.Once example: lazy configuration.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name    string
	Workers int
}

func loadConfig() *Config {
	fmt.Println("loading config")
	return &Config{Name: "podium", Workers: 4}
}

var once sync.Once
var config *Config

func GetConfig() *Config {
	once.Do(func() {
		config = loadConfig()
	})
	return config
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(GetConfig().Name)
	}
}
