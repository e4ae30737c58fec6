package main

import "fmt"

func main() {
	goto end
end:
	fmt.Println()
}
