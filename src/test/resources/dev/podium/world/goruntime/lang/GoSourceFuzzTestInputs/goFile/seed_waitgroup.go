// The seed guide's §2.3 WaitGroup example.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// 执行任务
		}()
	}
	wg.Wait() // 阻塞直至所有任务完成
	fmt.Println("all done")
}
