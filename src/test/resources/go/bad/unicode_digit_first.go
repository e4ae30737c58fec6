package main

func main() {
	x := ߄
	_ = x
}
