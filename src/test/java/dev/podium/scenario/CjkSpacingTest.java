package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkSpacingTest {

    @Test
    void aFoldedLineBreakBetweenChineseCharactersLeavesNoSpace() {
        assertEquals("然后加锁把结果加到总数上。", CjkSpacing.tidy("然后加锁把结果加到 总数上。"));
        assertEquals("已放入九个任务，关闭了通道", CjkSpacing.tidy("已放入九个任务， 关闭了通道"));
    }

    @Test
    void spacesBesideLatinWordsAndNumbersStay() {
        String text = "main 启动三个 worker。每个 worker 工作 100 微秒，Mutex 保护总数。";
        assertEquals(text, CjkSpacing.tidy(text));
        assertEquals("Deployment web 的 Pod", CjkSpacing.tidy("Deployment web 的 Pod"));
    }
}
