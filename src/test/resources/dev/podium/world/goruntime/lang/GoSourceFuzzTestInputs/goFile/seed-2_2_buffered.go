package main

func main() {
ch := make(chan int, 2)
ch <- 1 // 缓冲区写入
ch <- 2 // 缓冲区写入
// ch <- 3 // 阻塞:缓冲区满
}
