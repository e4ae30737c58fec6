package main

func main() {
	x := 3i
}
