package fr.enmr.dossier.echantillon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;

class JsonDossiersTest {

    private static final ObjectMapper MAPPER = JsonDossiers.mapper();
    private static final TypeReference<List<Dossier>> DOSSIERS = new TypeReference<>() {
    };

    @Test
    void generatedDossiersSurviveAJsonRoundTrip() throws Exception {
        for (String campagne : Campagne.VALEURS) {
            List<Dossier> dossiers = new GenerateurDossiers().generer(11L, 500, campagne);
            String json = MAPPER.writeValueAsString(dossiers);
            assertEquals(dossiers, MAPPER.readValue(json, DOSSIERS));
        }
    }

    @Test
    void cliWritesTheGeneratedArrayWithIsoDatesAndNoNulls() throws Exception {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        EchantillonCli.ecrire(5L, 40, Campagne.ENMR_2010, sortie);
        String json = sortie.toString(StandardCharsets.UTF_8);
        assertEquals(new GenerateurDossiers().generer(5L, 40, Campagne.ENMR_2010), MAPPER.readValue(json, DOSSIERS));
        assertTrue(json.matches("(?s).*\"dateTransmissionArs\" : \"\\d{4}-\\d{2}-\\d{2}\".*"), "dates as YYYY-MM-DD");
        assertFalse(json.contains("null"), "nulls are omitted");
    }

    @Test
    void cliWritesOneCompactDossierPerLineForTheLoadBenchmark() throws Exception {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        EchantillonCli.ecrireLignes(5L, 40, Campagne.ENMR_2014, sortie);
        String[] lignes = sortie.toString(StandardCharsets.UTF_8).split("\n");
        List<Dossier> generes = new GenerateurDossiers().generer(5L, 40, Campagne.ENMR_2014);
        assertEquals(40, lignes.length);
        for (int i = 0; i < lignes.length; i++) {
            assertEquals(generes.get(i), MAPPER.readValue(lignes[i], Dossier.class));
        }
    }
}
