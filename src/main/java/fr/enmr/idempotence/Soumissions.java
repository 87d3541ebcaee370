package fr.enmr.idempotence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.problem.Probleme;
import fr.enmr.problem.Violation;
import fr.enmr.store.ClesIdempotence;
import fr.enmr.store.StoreUnavailableException;
import fr.enmr.store.StoredIdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

/**
 * Idempotent submissions: the first one with a key reserves the id of what it creates, in the store,
 * before creating it; every later one with the key (same user, same request) gets that id, to answer
 * what was created under it or to create it there if the first attempt failed half-way.
 */
@ApplicationScoped
public class Soumissions {

    private final ClesIdempotence cles;

    @Inject
    public Soumissions(ClesIdempotence cles) {
        this.cles = cles;
    }

    /**
     * What a submission holding a key may do.
     *
     * @param identifiant the id to create under, the same for every submission with the key
     * @param premiere    whether this is the first submission with the key (nothing can exist under the id yet)
     */
    public record Reservation(String cle, String identifiant, boolean premiere) {
    }

    /**
     * @param ressource where it is submitted ("decisions", "scenarios"): a key is scoped by place and user
     * @param requete   what is submitted, as the client sent it (its body, and its parameters if any)
     * @throws WebApplicationException 422 naming the header when the key was used for another request
     * @throws StoreUnavailableException when the key cannot be recorded
     */
    public Reservation reserver(String ressource, CleIdempotence cle, String utilisateur, String requete) {
        String empreinte = sha256(requete);
        StoredIdempotencyKey proposee = new StoredIdempotencyKey(ressource + "\n" + utilisateur + "\n" + cle.valeur(), empreinte,
                UlidCreator.getMonotonicUlid().toString(), System.currentTimeMillis());
        return cles.reserver(proposee).map(deja -> {
            if (!deja.empreinte().equals(empreinte)) {
                throw new WebApplicationException(new Probleme("urn:enmr:probleme:cle-idempotence-reutilisee",
                        "Clé d'idempotence déjà utilisée", 422, "La clé " + CleIdempotence.ENTETE
                        + " a déjà servi, il y a moins de 24 h, à une autre requête de votre part ; rien n'a été enregistré. "
                        + "Une nouvelle requête demande une nouvelle clé.",
                        List.of(new Violation(CleIdempotence.ENTETE, "déjà utilisée pour une autre requête"))).toResponse());
            }
            return new Reservation(deja.cle(), deja.identifiant(), false);
        }).orElseGet(() -> new Reservation(proposee.cle(), proposee.identifiant(), true));
    }

    /** What was created under this id is deleted: a submission whose key reserved it must not create it again. */
    public void noterSuppression(String identifiant) {
        cles.noterSuppression(identifiant);
    }

    /** Whether what was created under the reservation's id has been deleted since. */
    public boolean supprime(Reservation reservation) {
        return cles.supprime(reservation.identifiant());
    }

    /** The submission was refused as bad input: nothing was created, the key may serve again once the request is corrected. */
    public void liberer(Reservation reservation) {
        try {
            cles.oublier(reservation.cle());
        } catch (StoreUnavailableException gardee) {
            // kept until it expires: the corrected request then needs a new key (422 says so)
        }
    }

    static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
