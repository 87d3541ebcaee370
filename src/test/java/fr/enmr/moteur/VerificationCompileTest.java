package fr.enmr.moteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.moteur.constats.ConstatsService;
import fr.enmr.dossier.DossierValidator;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.compile.ModeleJava;
import fr.enmr.moteur.compile.ModelesJava;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A version compiled to Java decides compiled only if it decides the stored dossiers as KIE does. */
@QuarkusTest
class VerificationCompileTest {

    private static final String DMN = JeuDeRegles.livre().fichier("enmr.dmn").orElseThrow().contenu();

    @Inject
    VerificationCompile verification;

    @Inject
    CompilateurRegles compilateur;

    @Inject
    DossierValidator validator;

    @Inject
    ConstatsService constats;

    @Test
    void aCompiledModelEqualToKieOnTheStoredDossiersDecides() throws Exception {
        MoteurCompile moteur = compilateur.compilerStockee(JeuDeRegles.livre()).moteur();
        assertThat(moteur.moteur()).isEqualTo(ModeleEnmr.MOTEUR_COMPILE);
        assertThat(verification.verifier(moteur, List.of(DecisionApiSuite.exemple1())).moteur()).isEqualTo(ModeleEnmr.MOTEUR_COMPILE);
    }

    @Test
    void aCompiledModelThatDiffersFromKieOnOneStoredDossierLeavesTheVersionToKie() throws Exception {
        ModeleJava juste = ModelesJava.depuis(List.of(DMN));
        ModeleJava faux = new ModeleJava() { // Part A one euro off: what a generator bug would look like
            @Override
            public List<String> noms() {
                return juste.noms();
            }

            @Override
            public String empreinteDmn() {
                return juste.empreinteDmn();
            }

            @Override
            public Object[] evaluer(Map<String, Object> entrees) {
                Object[] valeurs = juste.evaluer(entrees);
                int decision = juste.noms().indexOf(ModeleEnmr.DECISION);
                @SuppressWarnings("unchecked")
                Map<String, Object> d = new java.util.LinkedHashMap<>((Map<String, Object>) valeurs[decision]);
                d.put("total", ((BigDecimal) d.get("total")).add(BigDecimal.ONE));
                valeurs[decision] = d;
                return valeurs;
            }
        };
        MoteurCompile moteur = new MoteurCompile("essai", new DecisionEvaluator(ModeleEnmr.depuis(List.of(DMN), faux), constats), validator,
                compilateur.compilerStockee(JeuDeRegles.livre()).moteur().campagnes());
        assertThat(moteur.moteur()).isEqualTo(ModeleEnmr.MOTEUR_COMPILE);

        MoteurCompile verifie = verification.verifier(moteur, List.of(DecisionApiSuite.exemple1()));

        assertThat(verifie.moteur()).isEqualTo(ModeleEnmr.MOTEUR_KIE);
        assertThat(verifie.pourDecider()).isTrue();
        assertThat(verification.verifier(moteur, List.of()).moteur()).as("nothing stored: nothing to compare").isEqualTo(ModeleEnmr.MOTEUR_COMPILE);
    }
}
