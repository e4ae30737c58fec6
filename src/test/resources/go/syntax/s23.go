package main

func main() {
	var r rune = 'ab'
}
