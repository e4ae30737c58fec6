package main

import "fmt"

func main()ß„õ³:
	{
		fmt.Println()
	}
}
