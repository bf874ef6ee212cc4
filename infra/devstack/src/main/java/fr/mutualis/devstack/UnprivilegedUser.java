package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL and Elasticsearch refuse to run as root. When the launcher is root (CI, containers), they run as the
 * system user {@code mutualis}, created on first use, through {@code setpriv}; otherwise as the current user.
 *
 * <p>That user must reach its folders. When the project sits below a folder others cannot enter (a {@code mktemp -d}
 * clone, {@code /root}), their data goes to {@code /var/tmp/mutualis-<id>/} instead of opening permissions on the
 * user's folders, and a link in the data root points there. One such folder per data root holds them all.
 */
final class UnprivilegedUser {

    static final String NAME = "mutualis";

    private final boolean root;

    private UnprivilegedUser(boolean root) {
        this.root = root;
    }

    static UnprivilegedUser detect() {
        return new UnprivilegedUser("root".equals(System.getProperty("user.name")) || currentUid() == 0);
    }

    boolean dropsPrivileges() {
        return root;
    }

    /**
     * The command, run as the unprivileged user when the launcher is root. {@code setpriv --reset-env} gives it a
     * clean environment, so the variables it needs are passed through {@code env}.
     */
    List<String> wrap(List<String> command, java.util.Map<String, String> environment) {
        if (!root) {
            return command;
        }
        ensureExists();
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--clear-groups", "--reset-env", "env"));
        environment.forEach((name, value) -> wrapped.add(name + "=" + value));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives the folder, recursively, to the unprivileged user. */
    void own(Path folder) {
        if (root) {
            ensureExists();
            Processes.runToCompletion("devstack", List.of("chown", "-R", NAME + ":" + NAME, folder.toString()), null);
        }
    }

    /**
     * The folder under which the unprivileged components keep their data: {@code preferred} when the user can enter
     * every folder above it, otherwise a folder under /var/tmp named after it.
     */
    Path reachableFolder(Path preferred) {
        if (!root || othersCanTraverse(preferred.getParent())) {
            return preferred;
        }
        String id = Integer.toHexString(preferred.toAbsolutePath().getParent().toString().hashCode());
        return Path.of("/var/tmp", "mutualis-" + id, preferred.getFileName().toString());
    }

    private static boolean othersCanTraverse(Path folder) {
        for (Path dir = folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            try {
                if (Files.exists(dir) && !Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private synchronized void ensureExists() {
        if (Processes.runToCompletion("devstack", List.of("id", "-u", NAME), null, true) == 0) {
            return;
        }
        Processes.runToCompletion("devstack", List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", NAME), null);
    }

    private static long currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}
