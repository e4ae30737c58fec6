package main

func main() {
	var ch chan
}
