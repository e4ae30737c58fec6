package dev.podium.live.kubeconfig;

import dev.podium.live.log.Redactor;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code cluster:} and {@code user:} sections of a kubeconfig entry into specs, as client-go does:
 * relative paths resolve against the directory of the file that holds the entry, exec commands only when they
 * contain a path separator (a bare name is looked up on the PATH). Checks what would otherwise fail later with a
 * worse message: files that cannot be read, inline data that is not base64, a key without its certificate, an
 * exec section without a command or with an unknown apiVersion. Stateless.
 */
final class KubeconfigSections {

    private KubeconfigSections() {
    }

    static ClusterSpec cluster(String name, KubeconfigNode body) throws LiveConfigException {
        String server = body.text("server");
        if (server == null) {
            throw body.problem("cluster '" + name + "' has no 'server' (the API server URL)");
        }
        Path caFile = readablePath(body, "certificate-authority", "cluster '" + name + "'");
        String caData = base64(body, "certificate-authority-data");
        boolean insecure = body.flag("insecure-skip-tls-verify");
        if (insecure && (caFile != null || caData != null)) {
            throw body.get("insecure-skip-tls-verify").problem("cluster '" + name + "' gives a certificate authority "
                    + "and insecure-skip-tls-verify: true; kubectl refuses both together, remove one");
        }
        return new ClusterSpec(name, server, caFile, caData, insecure, body.text("tls-server-name"),
                body.text("proxy-url"));
    }

    static UserSpec user(String name, KubeconfigNode body) throws LiveConfigException {
        if (body == null) {
            return UserSpec.none(name);
        }
        String owner = "user '" + name + "'";
        Path certFile = readablePath(body, "client-certificate", owner);
        String certData = base64(body, "client-certificate-data");
        Path keyFile = readablePath(body, "client-key", owner);
        String keyData = base64(body, "client-key-data");
        boolean hasCert = certFile != null || certData != null;
        boolean hasKey = keyFile != null || keyData != null;
        if (hasCert != hasKey) {
            throw body.problem(owner + " has a client " + (hasCert ? "certificate without a key" : "key without a "
                    + "certificate") + "; both client-certificate and client-key (or their -data) are needed");
        }
        String token = body.text("token");
        Redactor.remember(token);
        String password = body.text("password");
        Redactor.remember(password);
        KubeconfigNode provider = body.mappingAt("auth-provider");
        return new UserSpec(name, token, readablePath(body, "tokenFile", owner), certFile, certData, keyFile,
                keyData, body.text("username"), password, exec(body), provider == null ? null : provider.text("name"));
    }

    private static ExecConfig exec(KubeconfigNode user) throws LiveConfigException {
        KubeconfigNode exec = user.mappingAt("exec");
        if (exec == null) {
            return null;
        }
        String command = exec.text("command");
        if (command == null) {
            throw exec.problem("the exec section has no 'command' (the credential plugin to run)");
        }
        String apiVersion = exec.text("apiVersion");
        if (!ExecConfig.V1.equals(apiVersion) && !ExecConfig.V1BETA1.equals(apiVersion)) {
            KubeconfigNode at = exec.get("apiVersion") == null ? exec : exec.get("apiVersion");
            throw at.problem("the exec plugin's apiVersion should be " + ExecConfig.V1 + " or " + ExecConfig.V1BETA1
                    + (apiVersion == null ? "; it is missing" : ", not '" + apiVersion + "'"));
        }
        if (command.contains("/") && !Path.of(command).isAbsolute()) {
            command = exec.file().toAbsolutePath().getParent().resolve(command).normalize().toString();
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (KubeconfigNode item : exec.sequenceAt("env")) {
            String key = item.text("name");
            if (key == null) {
                throw item.problem("each exec env entry needs a 'name'");
            }
            String value = item.text("value");
            env.put(key, value == null ? "" : value);
        }
        List<String> args = exec.texts("args");
        return new ExecConfig(command, args, env, apiVersion, exec.text("installHint"),
                exec.flag("provideClusterInfo"));
    }

    /** The path under {@code key}, resolved against the file's directory, checked to be a readable file. */
    private static Path readablePath(KubeconfigNode body, String key, String owner) throws LiveConfigException {
        String text = body.text(key);
        if (text == null) {
            return null;
        }
        KubeconfigNode at = body.get(key);
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw at.problem(key + " of " + owner + " is not a valid path: " + text);
        }
        if (!path.isAbsolute()) {
            path = body.file().toAbsolutePath().getParent().resolve(path).normalize();
        }
        if (!Files.exists(path)) {
            throw at.problem(key + " file of " + owner + " cannot be read: " + path + " does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw at.problem(key + " file of " + owner + " cannot be read: " + path + " is not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw at.problem(key + " file of " + owner + " cannot be read: " + path + ": permission denied");
        }
        return path;
    }

    private static String base64(KubeconfigNode body, String key) throws LiveConfigException {
        String text = body.text(key);
        if (text == null) {
            return null;
        }
        String compact = text.replaceAll("\\s", "");
        try {
            Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw body.get(key).problem(key + " is not valid base64");
        }
        return compact;
    }
}
