package fr.enmr.decision;

import java.io.IOException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import fr.enmr.dossier.Dossier;
import fr.enmr.store.StoredDecision;

/**
 * The answer of GET /api/decisions/{id}: the stored decision exactly as it was answered, its members copied token by
 * token (numbers as written: {@code 35450.00} stays so), followed by {@code dossier}, the request it was made from.
 *
 * @param decision the stored answer (a JSON object)
 * @param dossier  the stored request (a JSON object)
 */
@JsonSerialize(using = DecisionEtDossier.Ecriture.class)
@Schema(name = "DecisionEtDossier", description = "La décision telle qu'elle a été répondue, et le dossier dont elle a été tirée",
        allOf = { Decision.class, DecisionEtDossier.AvecDossier.class })
public record DecisionEtDossier(@Schema(hidden = true) String decision, @Schema(hidden = true) String dossier,
        @Schema(hidden = true) SelectionEquipe selection) {

    static DecisionEtDossier de(StoredDecision stockee, SelectionEquipe selection) {
        return new DecisionEtDossier(stockee.decisionJson(), stockee.dossierJson(), selection);
    }

    /** The members this answer adds to a decision, for the OpenAPI schema. */
    @Schema(name = "DossierDeLaDecision")
    record AvecDossier(@Schema(implementation = Dossier.class, description = "Le dossier tel qu'il a été reçu") Dossier dossier,
            @Schema(description = "La sélection adoptée dont l'équipe fait partie (absente sinon)") SelectionEquipe selection) {
    }

    static final class Ecriture extends StdSerializer<DecisionEtDossier> {

        private static final JsonFactory JSON = new JsonFactory();

        Ecriture() {
            super(DecisionEtDossier.class);
        }

        @Override
        public void serialize(DecisionEtDossier valeur, JsonGenerator sortie, SerializerProvider fournisseur) throws IOException {
            sortie.writeStartObject();
            try (JsonParser lecture = JSON.createParser(valeur.decision())) {
                lecture.nextToken(); // the decision's own start
                for (JsonToken jeton = lecture.nextToken(); jeton != null; jeton = lecture.nextToken()) {
                    if (jeton == JsonToken.END_OBJECT && lecture.getParsingContext().inRoot()) {
                        break; // the decision's own end: the dossier comes before it
                    }
                    if (jeton.isNumeric()) {
                        sortie.writeNumber(lecture.getText()); // as stored, never re-read as a double
                    } else {
                        sortie.copyCurrentEvent(lecture);
                    }
                }
            }
            if (valeur.selection() != null) {
                fournisseur.defaultSerializeField("selection", valeur.selection(), sortie);
            }
            sortie.writeFieldName("dossier");
            sortie.writeRawValue(valeur.dossier());
            sortie.writeEndObject();
        }
    }
}
