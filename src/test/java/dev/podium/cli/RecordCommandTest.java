package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium record} against the CRUD mock over https: a replayable recording that holds no secret. */
class RecordCommandTest {

    private static final String TOKEN = "session-token-abcdef";
    private static final String SECRET_VALUE = "hunter2-in-a-secret";
    private static final String ENV_VALUE = "password-in-an-env-var";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private KubernetesMockServer server;
    private Path kubeconfig;

    @BeforeEach
    void startCluster() throws Exception {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), true);
        server.init();
        kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- name: c",
                "  cluster:",
                "    server: https://localhost:" + server.getPort(),
                "    certificate-authority: " + server.getSelfSignedCertificate().certificatePath(),
                "users:",
                "- name: u",
                "  user: {token: " + TOKEN + "}",
                "contexts:",
                "- name: mock",
                "  context: {cluster: c, user: u, namespace: shop}",
                ""));
        try (KubernetesClient seeder = server.createClient()) {
            seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build())
                    .create();
            seeder.secrets().inNamespace("shop").resource(new SecretBuilder().withNewMetadata().withName("db")
                    .withNamespace("shop").endMetadata().addToData("password", Base64.getEncoder()
                            .encodeToString(SECRET_VALUE.getBytes(StandardCharsets.UTF_8)))
                    .addToStringData("plain", SECRET_VALUE).build()).create();
            for (String name : List.of("cart-1", "cart-2")) {
                seeder.pods().inNamespace("shop").resource(new PodBuilder().withNewMetadata().withName(name)
                        .withNamespace("shop").endMetadata().withNewSpec().withNodeName("node-a").addNewContainer()
                        .withName("app").withImage("cart:1").addNewEnv().withName("DB_PASSWORD").withValue(ENV_VALUE)
                        .endEnv().endContainer().endSpec().withNewStatus().withPhase("Running").endStatus().build())
                        .create();
            }
        }
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void recordWritesAReplayableLiveRecordingWithoutSecrets() throws Exception {
        Path rec = dir.resolve("rec.jsonl");
        assertEquals(0, run("record", "--context", "mock", "--kubeconfig", kubeconfig.toString(), "--until", "2s",
                "--out", rec.toString()), err.toString());
        String text = Files.readString(rec);
        String header = text.lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("{\"format\":\"podium-recording\",\"version\":2,\"source\":\"live\","
                + "\"scenario\":\"mock\",\"seed\":0,\"worlds\":[\"kube\"],\"created\":\""), header);
        assertTrue(text.contains("\"type\":\"PodCreated\",\"pod\":\"shop/cart-1\""), text + err);
        assertTrue(text.contains("\"type\":\"InformerListed\""), text);
        for (String secret : List.of(TOKEN, SECRET_VALUE, ENV_VALUE, "DB_PASSWORD",
                Base64.getEncoder().encodeToString(SECRET_VALUE.getBytes(StandardCharsets.UTF_8)))) {
            assertFalse(text.contains(secret), "the recording holds " + secret);
        }
        String summary = out.toString();
        assertTrue(summary.contains("source:    live, context mock"), summary);
        assertTrue(summary.matches("(?s).*PodCreated\\s+2.*"), summary);

        out.getBuffer().setLength(0);
        assertEquals(0, run("replay", rec.toString()), err.toString());
        String replay = out.toString();
        assertTrue(replay.contains("source:    live, scenario mock, seed 0, created "), replay);
        assertEquals(summary.substring(summary.indexOf("events:")), replay.substring(replay.indexOf("events:")));
    }

    @Test
    void anUnknownContextIsAnInputProblem() {
        assertEquals(PodiumCli.INPUT_PROBLEM, run("record", "--context", "nope", "--kubeconfig",
                kubeconfig.toString(), "--until", "1s", "--out", dir.resolve("x.jsonl").toString()));
        assertTrue(err.toString().contains("nope"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.jsonl")));
    }
}
