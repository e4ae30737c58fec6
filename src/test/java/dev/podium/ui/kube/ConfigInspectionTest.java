package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.config.ConfigFold;
import dev.podium.world.kube.config.ConfigState;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.config.event.ConfigMapUpdated;
import dev.podium.world.kube.config.event.ConfigVolumeRefreshed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pod's inspection names the version each use of a ConfigMap holds, and which uses only a restart updates. */
class ConfigInspectionTest {
    private static final String POD = "default/web-1";
    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    private static ConfigState afterUpdateAndVolumeRefresh() {
        ConfigState s = new ConfigState();
        ConfigFold.apply(s, new ConfigLoaded(1, POD, "app", "VOLUME", "ConfigMap app-config", "/etc/app", "", 1));
        ConfigFold.apply(s, new ConfigLoaded(1, POD, "app", "ENV", "ConfigMap app-config", "COLOR", "color", 1));
        ConfigFold.apply(s, new ConfigLoaded(1, POD, "app", "SUB_PATH", "ConfigMap app-config", "/etc/a.conf",
                "a.conf", 1));
        ConfigFold.apply(s, new ConfigMapUpdated(5, "default/app-config", 2, "color", 5));
        ConfigFold.apply(s, new ConfigVolumeRefreshed(9, POD, "ConfigMap app-config", 2, 4));
        return s;
    }

    @Test
    void volumeIsCurrentWhileEnvAndSubPathWaitForARestartInEnglishAndChinese() {
        Inspection pod = new Inspection("Pod web-1", List.of(Map.entry("status.phase", "Running")));
        ConfigState s = afterUpdateAndVolumeRefresh();

        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        List<Map.Entry<String, String>> en = new ConfigInspection().with(pod, s.mounts(POD)).fields();
        Locale.setDefault(Locale.Category.DISPLAY, Locale.SIMPLIFIED_CHINESE);
        List<Map.Entry<String, String>> zh = new ConfigInspection().with(pod, s.mounts(POD)).fields();

        assertEquals(Map.entry("app: volume /etc/app", "ConfigMap app-config v2 · current"), en.get(1));
        assertEquals(Map.entry("app: env variable COLOR", "ConfigMap app-config [color] v1 · stale: v2 exists, "
                + "only a container restart reads it"), en.get(2));
        assertEquals(Map.entry("app: subPath file /etc/a.conf", "ConfigMap app-config [a.conf] v1 · stale: v2 "
                + "exists, only a container restart reads it"), en.get(3));
        assertEquals(Map.entry("app: 环境变量 COLOR", "ConfigMap app-config [color] v1 · 过时：已有第 2 版，只有重启容器才会读取"),
                zh.get(2));
    }

    @Test
    void aPodWithoutConfigIsLeftAsItWas() {
        Inspection pod = new Inspection("Pod web-2", List.of(Map.entry("status.phase", "Running")));
        assertSame(pod, new ConfigInspection().with(pod, afterUpdateAndVolumeRefresh().mounts("default/web-2")));
    }
}
