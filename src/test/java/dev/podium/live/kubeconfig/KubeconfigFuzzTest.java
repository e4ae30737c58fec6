package dev.podium.live.kubeconfig;

import dev.podium.fuzz.FuzzCheck;
import dev.podium.fuzz.Mutator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes what Podium reads of a user's cluster configuration with seeded mutations ({@link Mutator}): kubeconfig
 * files (parsed and merged into contexts, as the connect dialog does) and a credential plugin's output.
 */
class KubeconfigFuzzTest {
    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            current-context: dev
            clusters:
            - name: c
              cluster:
                server: https://10.0.0.1:6443
                certificate-authority-data: LS0tLS1CRUdJTg==
            users:
            - name: u
              user:
                token: abcdefghijklmnop
            - name: e
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: aws
                  args: [eks, get-token, --cluster-name, prod]
                  env: [{name: AWS_PROFILE, value: prod}]
            contexts:
            - name: dev
              context: {cluster: c, user: u, namespace: shop}
            - name: prod
              context: {cluster: c, user: e}
            """;
    private static final String CREDENTIAL = "{\"apiVersion\":\"client.authentication.k8s.io/v1\","
            + "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"k8s-aws-v1.abcdef\","
            + "\"expirationTimestamp\":\"2030-01-01T00:10:00Z\"}}";

    @TempDir
    Path dir;

    @Test
    void kubeconfigsLoadOrFailWithTheirOwnError() throws Exception {
        Mutator mutator = new Mutator(Mutator.seed(), List.of(KUBECONFIG));
        Path file = dir.resolve("config");
        for (int i = 0; i < Mutator.iterations(); i++) {
            FuzzCheck.check("kubeconfig", mutator.next(), LiveConfigException.class, false, text -> {
                Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Kubeconfig.load(List.of(file));
            });
        }
    }

    @Test
    void credentialPluginOutputParsesOrFailsWithItsOwnError() {
        Mutator mutator = new Mutator(Mutator.seed(), List.of(CREDENTIAL));
        for (int i = 0; i < Mutator.iterations(); i++) {
            FuzzCheck.check("exec credential", mutator.next(), LiveConfigException.class, false,
                    text -> ExecCredentialJson.parse("aws", "client.authentication.k8s.io/v1", text));
        }
    }
}
