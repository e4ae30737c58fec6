package main

func main() {
go func() {
    fmt.Println("Hello from goroutine")
}()
}
