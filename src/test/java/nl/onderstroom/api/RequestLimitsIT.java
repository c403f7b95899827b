package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.onderstroom.MariaDbInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Bodies over onderstroom.max-request-size (64 MB) on the real server, over a raw socket so the test controls the
 * headers and sends only what it needs: refused with 413 before they are read (a 290 MB upload ran the server out
 * of memory).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class RequestLimitsIT {

    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin@test.onderstroom:stroomversnelling-42".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    /** Sends the head and up to {@code bodyBytes} of body (in chunks when chunked); returns the response head. */
    private List<String> send(String head, long bodyBytes, boolean chunked) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                try {
                    for (long sent = 0; sent < bodyBytes; sent += chunk.length) {
                        if (chunked) {
                            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(chunk);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (java.io.IOException closedByServer) {
                    // the server stopped reading: that is the point
                }
            });
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (line.startsWith("{")) {
                    break;
                }
            }
            writer.interrupt();
            return lines;
        }
    }

    @Test
    void an_announced_290_mb_body_is_refused_with_a_413_problem_before_it_is_read() throws Exception {
        for (String auth : new String[] {"", "Authorization: " + ADMIN + "\r\n"}) {
            List<String> response = send("POST /api/v1/organisations/1/departments.csv HTTP/1.1\r\nHost: localhost\r\n" + auth
                    + "Content-Type: text/csv\r\nContent-Length: " + 290L * 1024 * 1024 + "\r\n\r\n", 1024 * 1024, false);
            assertThat(response.get(0)).as(auth).isEqualTo("HTTP/1.1 413 ");
            assertThat(response).anyMatch(l -> l.startsWith("Content-Type: application/problem+json"));
            assertThat(response.get(response.size() - 1)).contains("\"code\":\"api.error.tooLarge\"", "64 MB");
        }
    }

    @Test
    void a_chunked_body_is_cut_off_at_the_limit_with_a_413_problem() throws Exception {
        List<String> response = send("POST /api/v1/organisations/999999/departments.csv HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + ADMIN + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n",
                70L * 1024 * 1024, true);
        assertThat(response.get(0)).isEqualTo("HTTP/1.1 413 ");
        assertThat(response.get(response.size() - 1)).contains("\"code\":\"api.error.tooLarge\"");
    }

    @Test
    void a_large_page_request_is_refused_too() throws Exception {
        List<String> response = send("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + 100L * 1024 * 1024 + "\r\n\r\n", 1024, false);
        assertThat(response.get(0)).isEqualTo("HTTP/1.1 413 ");
    }
}
