package main
import "fmt"
func main() {
	fmt.Println("x")
	switch x {
	case 1
	}
}
