package fr.mutualis.files;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * ClamAV's daemon, clamd, over TCP with its {@code INSTREAM} command: the content goes in chunks, each preceded by its
 * length (4 bytes, big-endian), a zero length ends it, and clamd answers {@code stream: OK}, {@code stream: <signature>
 * FOUND} or an error. Commands are sent in their {@code z} form (NUL-terminated, reply NUL-terminated). One connection
 * per scan. Whatever prevents a verdict is a {@link ScannerUnavailableException}, never a clean verdict.
 */
public final class ClamdVirusScanner implements VirusScanner {

    static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 8 * 1024;
    private static final String UNAVAILABLE = "L'antivirus est momentanément indisponible : le fichier n'a pas été "
            + "enregistré, réessayez dans quelques minutes";

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    /**
     * @param readTimeout how long clamd may stay silent, including while it scans the whole content after its end
     */
    public ClamdVirusScanner(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public Verdict scan(InputStream content) {
        try (Socket socket = connect()) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            byte[] buffer = new byte[CHUNK];
            try {
                out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
                int read;
                while ((read = readContent(content, buffer)) > 0) {
                    out.writeInt(read);
                    out.write(buffer, 0, read);
                }
                out.writeInt(0);
                out.flush();
            } catch (IOException sending) {
                // clamd closes the connection when the stream passes its StreamMaxLength: its reply says so.
                String reply = replyAfterFailure(socket);
                throw unavailable(reply != null ? "clamd refused the stream: " + reply
                        : "cannot send the content to clamd at " + address() + ": " + sending.getMessage(), sending);
            }
            return verdict(readReply(socket.getInputStream()));
        } catch (IOException e) {
            throw unavailable("clamd at " + address() + " unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean ping() {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return "PONG".equals(readReply(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    /** clamd's version line, e.g. {@code ClamAV 1.4.3/…}, for diagnostics. */
    public String version() {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("zVERSION\0".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readReply(socket.getInputStream());
        } catch (IOException e) {
            throw unavailable("clamd at " + address() + " unreachable: " + e.getMessage(), e);
        }
    }

    static Verdict verdict(String reply) {
        if (reply.equals("stream: OK")) {
            return Verdict.clean();
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
            return Verdict.infected(reply.substring("stream: ".length(), reply.length() - " FOUND".length()).trim());
        }
        if (reply.contains("size limit exceeded")) {
            throw unavailable("clamd refused the stream (its StreamMaxLength is below the accepted file size): "
                    + reply, null);
        }
        throw unavailable("clamd answered an error: " + reply, null);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static int readContent(InputStream content, byte[] buffer) {
        try {
            return content.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content to scan: " + e.getMessage(), e);
        }
    }

    /** The reply, up to its NUL (or the end of the connection), without trailing blanks. */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != 0) {
            if (reply.size() >= MAX_REPLY) {
                throw new IOException("clamd's reply is longer than " + MAX_REPLY + " bytes");
            }
            reply.write(b);
        }
        if (b == -1 && reply.size() == 0) {
            throw new IOException("clamd closed the connection without a reply");
        }
        return reply.toString(StandardCharsets.UTF_8).strip();
    }

    private static String replyAfterFailure(Socket socket) {
        try {
            return readReply(socket.getInputStream());
        } catch (IOException e) {
            return null;
        }
    }

    private String address() {
        return host + ":" + port;
    }

    private static ScannerUnavailableException unavailable(String detail, Throwable cause) {
        return new ScannerUnavailableException(UNAVAILABLE, new IOException(detail, cause));
    }

    @Override
    public String toString() {
        return "ClamdVirusScanner[" + address() + "]";
    }
}
