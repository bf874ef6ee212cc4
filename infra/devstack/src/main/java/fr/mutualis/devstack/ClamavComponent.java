package fr.mutualis.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * ClamAV's daemon, clamd, from the machine's Debian package ({@code apt-get install clamav-daemon}), listening on TCP
 * for the services' uploads ({@code libs/document-files}). Its signatures are a local database written here: the
 * EICAR test signature, enough to prove that an infected file is refused. These machines cannot reach ClamAV's mirrors;
 * in production freshclam keeps the official databases up to date. Run as the unprivileged user when the launcher is
 * root: an antivirus parses hostile content.
 */
final class ClamavComponent extends Component {

    static final String NAME = "clamav";
    /** The antivirus test file: harmless by design, recognised by every antivirus. */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!H+H*";
    static final String SIGNATURES = "mutualis-local.ndb";
    /** Files up to 150 MB are accepted: clamd must take a little more in one stream. */
    private static final String STREAM_LIMIT = "160M";
    private static final List<String> DEFAULT_BINARIES = List.of("/usr/sbin/clamd", "/usr/bin/clamd");

    private final Function<String, String> environment;

    ClamavComponent(StackConfig config, UnprivilegedUser user) {
        this(config, user, System::getenv);
    }

    ClamavComponent(StackConfig config, UnprivilegedUser user, Function<String, String> environment) {
        super(config, user, NAME, Port.CLAMAV);
        this.environment = environment;
    }

    @Override
    protected boolean refusesRoot() {
        return true;
    }

    @Override
    protected java.time.Duration startTimeout() {
        return java.time.Duration.ofSeconds(60);
    }

    Path database() {
        return folder().resolve("db");
    }

    Path configuration() {
        return folder().resolve("clamd.conf");
    }

    /** clamd: {@code MUTUALIS_CLAMD} if set, otherwise Debian's. */
    Path binary() {
        String override = environment.apply("MUTUALIS_CLAMD");
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override.trim());
            if (Files.isExecutable(path)) {
                return path;
            }
            throw missing("MUTUALIS_CLAMD=" + override + " n'est pas exécutable / is not executable");
        }
        return DEFAULT_BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> missing("clamd introuvable / not found in " + DEFAULT_BINARIES));
    }

    private static StackException missing(String what) {
        return new StackException(NAME, what + " : installez-le / install it with "
                + "apt-get install clamav-daemon clamav (ou / or MUTUALIS_CLAMD=<chemin / path of clamd>)");
    }

    @Override
    protected void prepare() throws IOException {
        binary();
        Files.createDirectories(database());
        Files.createDirectories(folder().resolve("tmp"));
        Files.writeString(database().resolve(SIGNATURES), signatures(), StandardCharsets.UTF_8);
        Files.writeString(database().resolve("README.txt"), readme(), StandardCharsets.UTF_8);
        Files.writeString(configuration(), clamdConf(), StandardCharsets.UTF_8);
        user.own(folder());
    }

    /** One ClamAV extended signature per line, {@code Name:TargetType:Offset:HexSignature}: EICAR anywhere in any file. */
    static String signatures() {
        return "Eicar-Test-Signature:0:*:" + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n";
    }

    private static String readme() {
        return String.join("\n",
                "Signatures of the Mutualis development and test stacks (written by the launcher at each start).",
                "",
                SIGNATURES + " holds one signature: the EICAR test file, so that tests prove an infected upload is",
                "refused without any real malware. These machines cannot reach ClamAV's signature mirrors.",
                "",
                "In production, clamd reads the official databases (main, daily, bytecode) that freshclam",
                "downloads and keeps up to date (freshclam.conf, at least daily); do not deploy this folder.",
                "");
    }

    String clamdConf() {
        return String.join("\n",
                "# Written by the Mutualis launcher at each start: changes here are lost.",
                "TCPSocket " + port(),
                "TCPAddr " + StackConfig.HOST,
                "Foreground yes",
                "DatabaseDirectory " + database(),
                "TemporaryDirectory " + folder().resolve("tmp"),
                "PidFile " + folder().resolve("clamd.pid"),
                "# No LogFile: in the foreground clamd writes its log to its output, which is the stack's",
                "# logs/" + NAME + ".log.",
                "LogTime yes",
                "StreamMaxLength " + STREAM_LIMIT,
                "MaxFileSize " + STREAM_LIMIT,
                "MaxScanSize " + STREAM_LIMIT,
                "MaxThreads 4",
                "ConcurrentDatabaseReload no",
                "");
    }

    @Override
    protected List<String> command() {
        return List.of(binary().toString(), "--config-file=" + configuration());
    }

    @Override
    protected boolean healthy() {
        return ping(StackConfig.HOST, port()).orElse(false);
    }

    /** Whether clamd at {@code host:port} answers {@code zPING} with {@code PONG}; empty when it cannot be reached. */
    static Optional<Boolean> ping(String host, int port) {
        return command(host, port, "zPING\0".getBytes(StandardCharsets.US_ASCII)).map("PONG"::equals);
    }

    /** clamd's verdict on {@code content} sent with {@code zINSTREAM}, e.g. {@code stream: OK}; empty when unreachable. */
    static Optional<String> scan(String host, int port, byte[] content) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(content.length).array());
        request.writeBytes(content);
        request.writeBytes(new byte[4]);
        return command(host, port, request.toByteArray());
    }

    private static Optional<String> command(String host, int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) > 0 && reply.size() < 4096) {
                reply.write(b);
            }
            return Optional.of(reply.toString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
