package main

func main() {
select {
case v := <-ch1:
    fmt.Println("from ch1:", v)
case ch2 <- 10:
    fmt.Println("sent to ch2")
default:
    fmt.Println("non-blocking")
}
}
