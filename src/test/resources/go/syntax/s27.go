package main

func main() {
	/* unterminated
}
