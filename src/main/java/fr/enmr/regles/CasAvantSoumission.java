package fr.enmr.regles;

import fr.enmr.regles.essais.EssaisVersion;
import fr.enmr.regles.essais.ResultatEssais;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A draft whose analysts' cases do not all pass against it cannot be submitted for review (rules-api.md, soumission). */
@ApplicationScoped
public class CasAvantSoumission implements VerificationAvantSoumission {

    private static final int NOMMES = 5;

    private final EssaisVersion essais;

    @Inject
    public CasAvantSoumission(EssaisVersion essais) {
        this.essais = essais;
    }

    @Override
    public Optional<String> refus(VersionDeRegles version) {
        ResultatEssais resultat = essais.executer(version.id());
        if (resultat.reussi()) {
            return Optional.empty();
        }
        if (!resultat.erreurs().isEmpty()) {
            return Optional.of(resultat.erreurs().size() + " fichier(s) de cas illisible(s), dont " + resultat.erreurs().get(0).fichier()
                    + " : " + resultat.erreurs().get(0).message() + ".");
        }
        String noms = resultat.echecs().stream().limit(NOMMES).map(e -> "« " + e.nom() + " »").collect(Collectors.joining(", "));
        return Optional.of(resultat.echecs().size() + " cas sur " + resultat.total() + " échouent avec cette version (" + noms
                + (resultat.echecs().size() > NOMMES ? ", …" : "") + ") : corrigez la règle ou le cas, puis relancez les essais.");
    }
}
