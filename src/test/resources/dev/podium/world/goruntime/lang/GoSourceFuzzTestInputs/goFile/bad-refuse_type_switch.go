package main

import "fmt"

func main() {
	var v any = 1
	switch x := v.(type) {
	case int:
		fmt.Println(x)
	}
}
