package fr.enmr.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.enmr.securite.Comptes;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that writes a body over the limit whole before reading the answer (Python's urllib, Java's
 * HttpURLConnection) gets the 413 and sees the connection closed, instead of waiting for its own timeout. Plain
 * sockets, so nothing between the test and the server reads ahead or retries; every wait is bounded.
 */
@QuarkusTest
class CorpsTropVolumineuxTest {

    private static final int DEUX_MIO = 2 * 1024 * 1024;
    /** How long the client waits for each step: the fix answers in well under a second. */
    private static final int ATTENTE_MS = 10_000;

    @TestHTTPResource("/")
    URL racine;

    private final ExecutorService ecrivain = Executors.newSingleThreadExecutor();

    @AfterEach
    void arreter() {
        ecrivain.shutdownNow();
    }

    @Test
    void aClientThatSendsTwoMebibytesWholeThenReadsGets413AndTheConnectionClosed() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(racine.getHost(), racine.getPort()), ATTENTE_MS);
            socket.setSoTimeout(ATTENTE_MS);
            byte[] corps = new byte[DEUX_MIO];
            Arrays.fill(corps, (byte) 'x');
            String entete = "POST /api/decisions HTTP/1.1\r\nHost: " + racine.getHost() + ":" + racine.getPort() + "\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString(("ars-bretagne:" + Comptes.MOT_DE_PASSE).getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + corps.length + "\r\n\r\n";
            long debut = System.nanoTime();

            // a write has no timeout of its own: it runs beside the test, which gives up (and closes the socket) in time
            Future<?> envoi = ecrivain.submit(() -> {
                OutputStream sortie = socket.getOutputStream();
                sortie.write(entete.getBytes(StandardCharsets.US_ASCII));
                sortie.write(corps);
                sortie.flush();
                return null;
            });
            try {
                envoi.get(ATTENTE_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                fail("the server stopped reading: the client could not send its body within " + ATTENTE_MS + " ms");
            }
            String reponse = lireJusquALaFin(socket.getInputStream());

            assertThat(reponse).startsWith("HTTP/1.1 413");
            assertThat(reponse.toLowerCase()).contains("content-type: application/problem+json").contains("connection: close");
            assertThat(reponse).contains("\"status\":413").contains("Requête trop volumineuse");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - debut)).as("answered and closed within a few seconds").isLessThan(5_000);
        }
    }

    /** Everything until the server closes the connection (end of stream); fails if it is still open after the wait. */
    private static String lireJusquALaFin(InputStream entree) throws IOException {
        ByteArrayOutputStream lu = new ByteArrayOutputStream();
        byte[] tampon = new byte[8192];
        try {
            for (int n; (n = entree.read(tampon)) >= 0;) {
                lu.write(tampon, 0, n);
            }
        } catch (SocketTimeoutException e) {
            fail("the connection is still open " + ATTENTE_MS + " ms after the answer; read so far: " + lu.toString(StandardCharsets.UTF_8));
        }
        return lu.toString(StandardCharsets.UTF_8);
    }
}
