package main

func main() {
// 创建informer监听default命名空间下的Pod
podInformer := informer.Core().V1().Pods().Informer()
podInformer.AddEventHandler(&cache.ResourceEventHandlerFuncs{
AddFunc: func(obj interface{}) {
pod := obj.(*v1.Pod)
fmt.Printf("Pod创建: %s\n", pod.Name)
// 可在此处加入自定义业务逻辑
},
})
// 启动事件监听
stopCh := make(chan struct{})
go podInformer.Run(stopCh)
}
