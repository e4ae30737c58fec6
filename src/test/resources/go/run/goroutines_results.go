// Goroutines whose results are collected in deterministic order: by index, through a WaitGroup, and fan-in.
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	results := make([]int, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = square(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	chans := make([]chan string, 3)
	for i := range chans {
		chans[i] = make(chan string, 1)
		go func(i int, c chan<- string) { c <- fmt.Sprint("worker", i) }(i, chans[i])
	}
	for _, c := range chans {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	jobs := make(chan int, 100)
	out := make(chan int, 100)
	var wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := range jobs {
				out <- j * 2
			}
		}()
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg2.Wait()
	close(out)
	total := 0
	for v := range out {
		total += v
	}
	fmt.Println("total", total)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg3 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2)
	done := make(chan bool)
	data := make(chan int)
	go func() {
		defer close(done)
		for v := range data {
			fmt.Print(v, ";")
		}
		fmt.Println()
	}()
	for i := 0; i < 5; i++ {
		data <- i
	}
	close(data)
	<-done
}
