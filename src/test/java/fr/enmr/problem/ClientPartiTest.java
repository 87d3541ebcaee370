package fr.enmr.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/**
 * A client that closes its connection in the middle of a request body (a load generator stopping, a browser tab
 * closed) is not a service failure: it must not be logged or counted as a 500.
 */
class ClientPartiTest {

    @Test
    void aConnectionClosedWhileReadingTheBodyIsTheClientGoneAtAnyDepth() {
        assertThat(ProblemMappers.clientGone(new IOException(new IOException(new HttpClosedException("Connection was closed"))))).isTrue();
        assertThat(ProblemMappers.clientGone(new IOException(new ClosedChannelException()))).isTrue();
    }

    @Test
    void anyOtherFailureIsStillAnUnexpectedError() {
        assertThat(ProblemMappers.clientGone(new IOException("disk full"))).isFalse();
        assertThat(ProblemMappers.clientGone(new IllegalStateException(new NullPointerException()))).isFalse();
    }
}
