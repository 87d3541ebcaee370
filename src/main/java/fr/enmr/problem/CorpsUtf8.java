package fr.enmr.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Bodies are UTF-8 (contract). A body read as text would otherwise have its invalid bytes silently
 * replaced by U+FFFD and stored so: it is refused with a 400 naming the body and the first bad byte.
 * A body that declares another charset is left to it.
 */
@Provider
@Priority(Priorities.ENTITY_CODER - 100) // before any other reading of the body
public class CorpsUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null || charset.equalsIgnoreCase("UTF-8")) {
            byte[] octets = context.getInputStream().readAllBytes(); // at most 1 MiB (quarkus.http.limits.max-body-size)
            int position = premierOctetInvalide(octets);
            if (position >= 0) {
                throw new SaisieInvalideException(List.of(new Violation("corps",
                        "texte UTF-8 attendu : octet invalide à la position " + position + " (un fichier en Latin-1 ou Windows-1252 ?)")));
            }
            context.setInputStream(new ByteArrayInputStream(octets));
        }
        return context.proceed();
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    static int premierOctetInvalide(byte[] octets) {
        CharsetDecoder decodeur = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer entree = ByteBuffer.wrap(octets);
        CoderResult resultat = decodeur.decode(entree, CharBuffer.allocate(octets.length), true);
        return resultat.isError() ? entree.position() : -1;
    }
}
