package eu.dezky.platform.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 byte for byte, for requests a well-behaved client refuses to send (a NUL or {@code %2F} in the path,
 * a non-ASCII header value); the answer is checked against the contract like every other.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status, lower-cased headers and body text of one answer. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.get("content-type");
        }
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body} as they are. */
    public static Answer send(int port, String head, byte[] head8bit, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head != null ? head : "").getBytes(StandardCharsets.ISO_8859_1));
            if (head8bit != null) {
                out.write(head8bit);
            }
            out.write(("Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: " + (body == null ? 0 : body.length)
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String latin = new String(all, StandardCharsets.ISO_8859_1);
        int split = latin.indexOf("\r\n\r\n");
        String[] lines = latin.substring(0, split).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, split + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Chunk sizes count bytes, so the body is reassembled before it is decoded. */
    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String latin = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int eol = latin.indexOf("\r\n", at);
            int size = Integer.parseInt(latin.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, eol + 2, size);
            at = eol + 2 + size + 2;
        }
    }
}
