package fr.enmr.moteur.jeu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The packaged rule files as a version, and a fingerprint identical to the build's (maven-antrun checksum). */
class JeuDeReglesTest {

    @Test
    void thePackagedFilesHaveTheBuildsFingerprint() throws IOException {
        Properties construites = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/classes/regles-version.properties"))) {
            construites.load(in);
        }

        JeuDeRegles livre = JeuDeRegles.livre();

        assertThat(livre.fichiers()).containsKeys("enmr.dmn", "constats.drl");
        assertThat(livre.fichier("enmr.dmn").orElseThrow().type()).isEqualTo(TypeFichier.DMN);
        assertThat(livre.fichier("constats.drl").orElseThrow().cheminRelatif()).isEqualTo("fr/enmr/moteur/constats/constats.drl");
        assertThat(livre.empreinte()).isEqualTo(construites.getProperty("sha256")).matches("[0-9a-f]{64}");
    }

    @Test
    void theServiceNamesThePackagedFilesByTheFingerprintTheBuildGaveThem() throws IOException {
        Properties construites = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/classes/regles-version.properties"))) {
            construites.load(in);
        }

        // computed again from the files at start-up (dev mode reloads an edited file without the build's step)
        assertThat(new fr.enmr.moteur.jeu.VersionRegles().sha256()).isEqualTo(construites.getProperty("sha256"));
    }

    @Test
    void theFingerprintCoversRuleFilesNotCasesAndChangesWithAnyByte() throws IOException {
        JeuDeRegles livre = JeuDeRegles.livre();
        String dmn = livre.fichier("enmr.dmn").orElseThrow().contenu();

        JeuDeRegles avecUnCas = livre.avec(List.of(FichierRegles.de("bases/nouveau.json", "{}")));
        JeuDeRegles modifie = livre.avec(List.of(FichierRegles.de("enmr.dmn", dmn + " ")));

        assertThat(avecUnCas.empreinte()).isEqualTo(livre.empreinte());
        assertThat(avecUnCas).isNotEqualTo(livre);
        assertThat(modifie.empreinte()).isNotEqualTo(livre.empreinte());
        assertThat(avecUnCas.fichier("bases/nouveau.json").orElseThrow().type()).isEqualTo(TypeFichier.CAS);
    }

    @Test
    void theFingerprintIsAntsTotalDigestOverSortedPathsNotASimpleDigestOfTheFiles() throws Exception {
        // Ant: total = SHA-256( for each file by relative path: SHA-256(file) bytes, then the path bytes )
        FichierRegles a = FichierRegles.de("a.dmn", "<a/>");
        FichierRegles b = FichierRegles.de("b.drl", "rule");
        java.security.MessageDigest attendu = java.security.MessageDigest.getInstance("SHA-256");
        for (FichierRegles f : List.of(a, b)) { // dmn/a.dmn < fr/enmr/moteur/constats/b.drl
            attendu.update(java.security.MessageDigest.getInstance("SHA-256").digest(f.octets()));
            attendu.update(f.cheminRelatif().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        assertThat(new JeuDeRegles(List.of(b, a)).empreinte()).isEqualTo(java.util.HexFormat.of().formatHex(attendu.digest()));
    }
}
